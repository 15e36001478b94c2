package io.ascribe.extract.technique;

import java.util.List;

/**
 * An ATT&CK technique a document describes, with the sentences that support it.
 *
 * @param score 1.0 when the document cites the id, 0.6 when it only names the technique
 */
public record TechniqueMention(String id, String name, double score, List<String> sentences) {}
