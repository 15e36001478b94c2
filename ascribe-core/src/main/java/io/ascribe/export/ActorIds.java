package io.ascribe.export;

import io.ascribe.alias.AliasIndex;
import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.alias.Names;

/**
 * Gives the {@code intrusion-set} id of an actor named in a claim, so that claims about APT29
 * point at the same object as the export of APT29's profile.
 */
@FunctionalInterface
public interface ActorIds {

  /** The intrusion-set id for an actor name as a document writes it; never null. */
  String intrusionSetId(String actorName);

  /** Ids named from the normalised name alone, for use without a knowledge base. */
  static ActorIds byName() {
    return name -> StixIds.of("intrusion-set", "name", Names.normalize(name));
  }

  /**
   * Ids of the knowledge base's actors: a name that resolves to one canonical actor gets that
   * actor's id ({@link #forActor}); an ambiguous or unknown name falls back to {@link #byName()}.
   */
  static ActorIds of(Linking actors) {
    AliasIndex index = actors.index();
    ActorIds fallback = byName();
    return name -> index.lookup(name).resolved()
        .map(c -> actors.entity(c.entityKey()))
        .map(e -> forActor(e.key(), e.stixId()))
        .orElseGet(() -> fallback.intrusionSetId(name));
  }

  /** The id of a canonical actor: its STIX intrusion set's own id when it has one. */
  static String forActor(CanonicalEntity actor) {
    return forActor(actor.key(), actor.stixId());
  }

  /** The id of the canonical actor with this key and founding STIX id (or null). */
  static String forActor(String key, String stixId) {
    return stixId != null && stixId.startsWith("intrusion-set--") ? stixId : StixIds.of("intrusion-set", "actor", key);
  }
}
