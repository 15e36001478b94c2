/**
 * Ingested documents and the claims ledger: {@link io.ascribe.store.documents.DocumentStore} stores
 * each extracted document in one transaction (keyed by sha256) and lists claims with filters;
 * {@link io.ascribe.store.documents.DocumentLibrary} lists documents a page at a time with their
 * counts, filters and titles, at the reader's clearance.
 */
package io.ascribe.store.documents;
