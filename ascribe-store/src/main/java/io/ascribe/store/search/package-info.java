/**
 * Full-text search (Lucene) over the knowledge base's names, aliases and descriptions, rebuilt
 * from the read model and never the source of truth.
 */
package io.ascribe.store.search;
