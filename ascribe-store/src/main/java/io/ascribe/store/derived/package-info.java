/**
 * The indexes derived from the stored knowledge base and documents, and their rebuilding:
 * {@link io.ascribe.store.derived.DerivedIndexes} builds the search index over the read model and
 * the ingested documents, aside while a knowledge-base import commits, or from scratch on {@code
 * ascribe kb reindex}.
 *
 * <p>This package sits above {@code kb}, {@code documents} and {@code search}, which do not know
 * about each other's derived data; that keeps the store's packages free of cycles.
 */
package io.ascribe.store.derived;
