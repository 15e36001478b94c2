package io.ascribe.store.actor;

import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.store.kb.KnowledgeBase;
import java.util.List;
import java.util.Optional;

/** Turns a typed name (name, alias, ATT&amp;CK id, key) into one actor, or says why it cannot. */
public final class ActorNames {
  private final KnowledgeBase kb;

  public ActorNames(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** What a name comes to. */
  public sealed interface Resolution permits Found, Unknown, Ambiguous {}

  /** The name denotes one actor. */
  public record Found(String key, String name, String attackId) implements Resolution {}

  /** No actor has the name. */
  public record Unknown(String query) implements Resolution {}

  /** Several actors claim the name; each candidate with its display name. */
  public record Ambiguous(String query, List<Found> candidates) implements Resolution {
    /** "Beta Bear (G9002), Gamma Bear (G9003)". */
    public String listed() {
      return String.join(", ", candidates.stream().map(ActorNames::label).toList());
    }
  }

  /** Resolves {@code name}. */
  public Resolution resolve(String name) {
    AliasLookup lookup = kb.lookup(EntityKind.ACTOR, name);
    Optional<AliasLookup.Candidate> one = lookup.resolved();
    if (one.isPresent()) {
      return found(one.get().entityKey());
    }
    if (!lookup.isEmpty()) {
      return new Ambiguous(name, lookup.candidates().stream().map(c -> found(c.entityKey())).toList());
    }
    Optional<String[]> byKey = kb.nameOf(EntityKind.ACTOR, name);
    return byKey.isPresent() ? new Found(name, byKey.get()[0], byKey.get()[1]) : new Unknown(name);
  }

  /** "Name (G0001)", or the name alone. */
  public static String label(Found f) {
    return f.attackId() == null ? f.name() : f.name() + " (" + f.attackId() + ")";
  }

  private Found found(String key) {
    String[] n = kb.nameOf(EntityKind.ACTOR, key).orElse(new String[] {key, null});
    return new Found(key, n[0], n[1]);
  }
}
