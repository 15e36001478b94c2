/**
 * Full-text search (Lucene) over the knowledge base's names, aliases and descriptions, rebuilt
 * from the read model and never the source of truth. A search walks the ranking ({@code Ranking}),
 * passes over the documents the reader may not see, and makes snippets ({@code Snippets}) for the
 * page it returns alone, from term offsets kept in the postings.
 */
package io.ascribe.store.search;
