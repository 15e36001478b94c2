/**
 * Ingested documents and the claims ledger: {@link io.ascribe.store.documents.DocumentStore} stores
 * each extracted document in one transaction (keyed by sha256) and lists claims with filters.
 */
package io.ascribe.store.documents;
