package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors that share the most telling behaviour and infrastructure with one actor: the
 * techniques, tools and indicators they share, each weighted by how rare it is (the log of the
 * number of actors over the number that have it), so that a shared custom implant counts for more
 * than a dozen shared common techniques. What an actor page offers to compare with.
 *
 * <p>Built once over a list of actors (their feature sets and how many actors have each feature),
 * then asked for any actor's neighbours; immutable and thread-safe.
 */
public final class ClosestActors {
  private static final Set<EvidenceKind> KINDS = Set.of(EvidenceKind.TECHNIQUE, EvidenceKind.SOFTWARE, EvidenceKind.INDICATOR);
  private final List<AttributionCorpus.Actor> all;
  private final List<Set<String>> sets;
  private final Map<String, Integer> df;

  private ClosestActors(List<AttributionCorpus.Actor> all) {
    this.all = List.copyOf(all);
    this.sets = new ArrayList<>(all.size());
    this.df = new HashMap<>();
    for (AttributionCorpus.Actor x : all) {
      Set<String> s = features(x);
      sets.add(s);
      s.forEach(f -> df.merge(f, 1, Integer::sum));
    }
  }

  /**
   * One close actor.
   *
   * @param shared how many techniques, tools and indicators the two have in common
   * @param score the rarity-weighted overlap (higher is closer)
   */
  public record Neighbour(String key, String name, String attackId, int shared, double score) {}

  /** An index over {@code all}, to ask for neighbours among them. */
  public static ClosestActors over(List<AttributionCorpus.Actor> all) {
    return new ClosestActors(all);
  }

  /** The {@code limit} actors closest to {@code actor} among {@code all}, the closest first; none with nothing shared. */
  public static List<Neighbour> of(List<AttributionCorpus.Actor> all, AttributionCorpus.Actor actor, int limit) {
    return over(all).closestTo(actor, limit);
  }

  /** The {@code limit} actors of the index closest to {@code actor}, the closest first; none with nothing shared. */
  public List<Neighbour> closestTo(AttributionCorpus.Actor actor, int limit) {
    Set<String> mine = features(actor);
    double n = Math.max(all.size(), 1);
    List<Neighbour> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      AttributionCorpus.Actor x = all.get(i);
      if (x.key().equals(actor.key())) {
        continue;
      }
      int shared = 0;
      double score = 0;
      for (String f : mine) {
        if (sets.get(i).contains(f)) {
          shared++;
          score += Math.log((n + 1) / df.get(f));
        }
      }
      if (shared > 0) {
        out.add(new Neighbour(x.key(), x.name(), x.attackId(), shared, score));
      }
    }
    out.sort(Comparator.comparingDouble(Neighbour::score).reversed().thenComparing(Neighbour::name));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static Set<String> features(AttributionCorpus.Actor x) {
    Set<String> out = new HashSet<>();
    for (AttributionCorpus.Fact f : x.facts()) {
      if (KINDS.contains(f.kind()) && f.origin() != AttributionCorpus.Origin.VIA_SOFTWARE) {
        out.add(f.feature());
      }
    }
    return out;
  }
}
