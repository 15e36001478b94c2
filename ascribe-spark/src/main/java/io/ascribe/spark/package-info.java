/**
 * Ascribe on Apache Spark: {@code ascribe spark claims} runs the extraction over web archives as
 * a Spark job ({@link io.ascribe.spark.claims.ClaimsJob}), {@code ascribe spark ingest-parquet}
 * loads its tables into a store, and {@code ascribe spark bench} measures its throughput. {@link
 * io.ascribe.spark.SparkMain} is the entry point of both the launcher and {@code spark-submit}.
 */
package io.ascribe.spark;
