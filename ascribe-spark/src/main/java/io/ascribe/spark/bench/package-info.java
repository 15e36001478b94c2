/**
 * {@code ascribe spark bench}: the claims job's throughput in documents a second on a generated
 * WARC.gz set, for local masters of one and two cores, against the same extraction in one
 * thread of one process, in the same run.
 */
package io.ascribe.spark.bench;
