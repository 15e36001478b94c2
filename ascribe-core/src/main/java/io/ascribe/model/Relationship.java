package io.ascribe.model;

import java.util.List;

/**
 * A STIX relationship ({@code uses}, {@code attributed-to}, {@code subtechnique-of}, {@code
 * revoked-by}, ...) with its citations, so that a profile can be rebuilt report by report.
 */
public record Relationship(
    String id,
    String type,
    String sourceRef,
    String targetRef,
    List<ExternalReference> references,
    boolean revoked,
    boolean deprecated) {

  /** Distinct citation names ({@code source_name} of references other than ATT&CK's own id). */
  public List<String> citations() {
    return references.stream()
        .map(ExternalReference::sourceName)
        .filter(s -> s != null && !s.equals("mitre-attack"))
        .distinct()
        .toList();
  }
}
