package io.ascribe.store.search;

/**
 * One full-text search result.
 *
 * @param kind actor, software or technique
 * @param snippet the best matching passage with matches wrapped in {@code «»}; plain text, never
 *     HTML, so it must be escaped before it is put in a page
 */
public record SearchHit(String kind, String key, String name, String attackId, float score, String snippet) {}
