/**
 * Near-duplicate wire copies of one story (the same article on many sites) grouped into stories,
 * with MinHash over word shingles (Spark ML's {@code MinHashLSH}), so a ledger can count a claim
 * once per story rather than once per copy.
 */
package io.ascribe.spark.dedupe;
