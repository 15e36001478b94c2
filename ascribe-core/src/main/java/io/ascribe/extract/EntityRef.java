package io.ascribe.extract;

/**
 * What a name in a document can stand for: a canonical actor or piece of software of the
 * knowledge base, or a group the knowledge base knows only by a software name.
 *
 * @param kind {@code actor}, {@code software} or {@code group} (named as a group in the text, known
 *     to the knowledge base only as software; its key is {@code group:<name>})
 */
public record EntityRef(String kind, String key, String name, String attackId) {}
