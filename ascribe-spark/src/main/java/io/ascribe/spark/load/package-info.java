/**
 * The claims job's Parquet tables read back into extracted documents and loaded into a store
 * through {@link io.ascribe.store.bulk.BulkLoader} (idempotent by sha256), then indexed for search.
 */
package io.ascribe.spark.load;
