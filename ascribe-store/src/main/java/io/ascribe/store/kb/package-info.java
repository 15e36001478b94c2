/**
 * Knowledge-base persistence: {@link io.ascribe.store.kb.KbImporter} stores raw objects
 * transactionally with their history and provenance, rebuilds the {@link
 * io.ascribe.store.kb.ReadModel} of canonical entities, and {@link
 * io.ascribe.store.kb.KnowledgeBase} answers lookups and statistics.
 *
 * <p>A new importer (another source format) only needs a reader in {@code io.ascribe.kb}; storage
 * and the read model are format-agnostic.
 */
package io.ascribe.store.kb;
