/**
 * The claims job: every record of web archives (WARC, WET) and JSONL files through the same
 * {@link io.ascribe.extract.DocumentExtractor} as {@code ascribe ingest}, into Parquet tables keyed
 * by the document's sha256 ({@code documents}, {@code claims}, {@code indicators}, {@code
 * technique_mentions}, {@code entity_mentions}, {@code errors}).
 */
package io.ascribe.spark.claims;
