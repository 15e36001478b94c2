package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The actors as one reader may see them: every {@link AttributionCorpus.Origin#CORPUS} fact whose
 * document the reader may not see is dropped (knowledge-base facts carry no document and always
 * stay), so that nothing derived from a document above the reader's clearance, not even a count,
 * reaches them.
 */
public final class VisibleFacts {
  private VisibleFacts() {}

  /**
   * The actors with only the facts {@code visibleDocument} allows.
   *
   * @param visibleDocument whether the reader may see the document of a given SHA-256
   */
  public static List<AttributionCorpus.Actor> of(List<AttributionCorpus.Actor> actors, Predicate<String> visibleDocument) {
    List<AttributionCorpus.Actor> out = new ArrayList<>(actors.size());
    for (AttributionCorpus.Actor a : actors) {
      out.add(of(a, visibleDocument));
    }
    return out;
  }

  /** One actor with only the facts {@code visibleDocument} allows. */
  public static AttributionCorpus.Actor of(AttributionCorpus.Actor a, Predicate<String> visibleDocument) {
    if (a.facts().stream().allMatch(f -> visible(f, visibleDocument))) {
      return a;
    }
    List<AttributionCorpus.Fact> kept = a.facts().stream().filter(f -> visible(f, visibleDocument)).toList();
    return new AttributionCorpus.Actor(a.key(), a.name(), a.attackId(), a.stixId(), a.stixMembers(), kept,
        a.activeFrom(), a.activeTo(), a.sponsorCountries());
  }

  private static boolean visible(AttributionCorpus.Fact f, Predicate<String> visibleDocument) {
    return f.sighting() == null || visibleDocument.test(f.sighting().document());
  }
}
