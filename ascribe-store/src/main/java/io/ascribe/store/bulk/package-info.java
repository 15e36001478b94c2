/**
 * Loading many already-extracted documents into the store at once: the path by which the tables of
 * a distributed extraction (the Spark job's Parquet output) and generated corpora reach the team
 * store. Idempotent by the document's sha256.
 */
package io.ascribe.store.bulk;
