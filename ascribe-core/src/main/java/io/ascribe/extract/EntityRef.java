package io.ascribe.extract;

/**
 * What a name in a document can stand for: a canonical actor or piece of software of the
 * knowledge base.
 *
 * @param kind {@code actor} or {@code software}
 */
public record EntityRef(String kind, String key, String name, String attackId) {}
