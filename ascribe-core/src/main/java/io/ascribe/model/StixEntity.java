package io.ascribe.model;

import java.util.List;

/**
 * The parts of a STIX domain object that Ascribe reasons about (intrusion sets, campaigns, attack
 * patterns, malware, tools, identities, ...). The full object stays in the store as raw JSON.
 *
 * @param attackId the ATT&CK id (G1017, T1059.001, S0154, C0024) from the mitre-attack external
 *     reference, or null
 * @param aliases {@code aliases} or {@code x_mitre_aliases}, without the name itself
 * @param tactics kill-chain phase names (attack patterns)
 * @param firstSeen {@code first_seen} (campaigns, intrusion sets) or null
 */
public record StixEntity(
    String id,
    String type,
    String name,
    String attackId,
    List<String> aliases,
    String description,
    boolean revoked,
    boolean deprecated,
    List<ExternalReference> references,
    List<String> tactics,
    List<String> platforms,
    String firstSeen,
    String lastSeen,
    String modified) {

  /** Neither revoked nor deprecated. */
  public boolean live() {
    return !revoked && !deprecated;
  }

  /** The reference whose {@code source_name} equals {@code sourceName}, or null. */
  public ExternalReference reference(String sourceName) {
    for (ExternalReference r : references) {
      if (sourceName.equals(r.sourceName())) {
        return r;
      }
    }
    return null;
  }
}
