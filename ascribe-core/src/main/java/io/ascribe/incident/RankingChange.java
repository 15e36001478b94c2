package io.ascribe.incident;

import io.ascribe.attribution.Attribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the ranking moved between two assessments of one incident: for every actor listed in
 * either, its rank and probability before and after.
 *
 * @param moves the actors of the newer ranking in its order, then those only the older one listed
 */
public record RankingChange(int fromAssessment, int toAssessment, List<Move> moves, double unknownBefore,
    double unknownAfter) {

  /**
   * One actor's move.
   *
   * @param rankBefore 1-based rank in the older ranking, or null when it was not listed
   * @param rankAfter 1-based rank in the newer ranking, or null when it is no longer listed
   */
  public record Move(String actor, String attackId, Integer rankBefore, Integer rankAfter, double probabilityBefore,
      double probabilityAfter) {
    /** The change of probability, newer minus older. */
    public double delta() {
      return Math.round((probabilityAfter - probabilityBefore) * 1000) / 1000.0;
    }
  }

  public RankingChange {
    moves = List.copyOf(moves);
  }

  /** The change from {@code before} to {@code after}. */
  public static RankingChange between(Assessment before, Assessment after) {
    Map<String, Attribution.Hypothesis> old = index(before.result());
    Map<String, Integer> oldRank = ranks(before.result());
    List<Move> moves = new ArrayList<>();
    List<Attribution.Hypothesis> now = after.result().hypotheses();
    for (int i = 0; i < now.size(); i++) {
      Attribution.Hypothesis h = now.get(i);
      Attribution.Hypothesis o = old.remove(key(h));
      moves.add(new Move(h.actor(), h.attackId(), oldRank.get(key(h)), i + 1, o == null ? 0 : o.probability(),
          h.probability()));
    }
    for (Attribution.Hypothesis o : old.values()) {
      moves.add(new Move(o.actor(), o.attackId(), oldRank.get(key(o)), null, o.probability(), 0));
    }
    return new RankingChange(before.number(), after.number(), moves, before.result().unknownProbability(),
        after.result().unknownProbability());
  }

  private static Map<String, Attribution.Hypothesis> index(Attribution a) {
    Map<String, Attribution.Hypothesis> out = new LinkedHashMap<>();
    a.hypotheses().forEach(h -> out.put(key(h), h));
    return out;
  }

  private static Map<String, Integer> ranks(Attribution a) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < a.hypotheses().size(); i++) {
      out.put(key(a.hypotheses().get(i)), i + 1);
    }
    return out;
  }

  private static String key(Attribution.Hypothesis h) {
    return h.stixId() != null ? h.stixId() : h.actor();
  }
}
