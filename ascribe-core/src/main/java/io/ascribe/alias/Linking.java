package io.ascribe.alias;

import java.util.List;
import java.util.Map;

/**
 * The result of linking: canonical entities, every alias claim, and which canonical entity each
 * source object was linked to.
 */
public record Linking(
    List<CanonicalEntity> entities, List<AliasClaim> claims, Map<String, String> memberOf) {

  /** The canonical entity with this key, or null. */
  public CanonicalEntity entity(String key) {
    for (CanonicalEntity e : entities) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** An index over the claims for name lookup. */
  public AliasIndex index() {
    return AliasIndex.of(claims);
  }
}
