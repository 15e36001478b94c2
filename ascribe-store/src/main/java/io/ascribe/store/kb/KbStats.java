package io.ascribe.store.kb;

import java.util.Map;

/**
 * Counts of the stored knowledge base.
 *
 * @param objectsByType per STIX type (MISP galaxies as {@code misp:<type>}): {live, revoked or
 *     deprecated}
 * @param entities canonical entities per kind (actor, software, technique)
 * @param ambiguousActorNames normalised names claimed for more than one actor
 */
public record KbStats(
    long sources,
    long historicVersions,
    Map<String, long[]> objectsByType,
    Map<String, Long> entities,
    long ambiguousActorNames) {

  /** Live objects of a type. */
  public long live(String type) {
    long[] c = objectsByType.get(type);
    return c == null ? 0 : c[0];
  }

  /** Revoked or deprecated objects of a type. */
  public long retired(String type) {
    long[] c = objectsByType.get(type);
    return c == null ? 0 : c[1];
  }

  /** All objects of a type. */
  public long total(String type) {
    return live(type) + retired(type);
  }
}
