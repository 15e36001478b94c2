package io.ascribe.alias;

import java.util.List;
import java.util.Map;

/**
 * The result of linking: canonical entities, every alias claim, and which canonical entity each
 * source object was linked to.
 */
public record Linking(
    List<CanonicalEntity> entities,
    List<AliasClaim> claims,
    Map<String, String> memberOf,
    Map<String, CanonicalEntity> byKey) {

  /** A linking over {@code entities}, indexed by key. */
  public Linking(List<CanonicalEntity> entities, List<AliasClaim> claims, Map<String, String> memberOf) {
    this(entities, claims, memberOf, index(entities));
  }

  private static Map<String, CanonicalEntity> index(List<CanonicalEntity> entities) {
    Map<String, CanonicalEntity> m = new java.util.HashMap<>(entities.size() * 2);
    entities.forEach(e -> m.put(e.key(), e));
    return Map.copyOf(m);
  }

  /** The canonical entity with this key, or null. */
  public CanonicalEntity entity(String key) {
    return byKey.get(key);
  }

  /** An index over the claims for name lookup. */
  public AliasIndex index() {
    return AliasIndex.of(claims);
  }
}
