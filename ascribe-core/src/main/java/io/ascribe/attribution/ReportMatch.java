package io.ascribe.attribution;

import java.util.BitSet;

/**
 * An actor's two reports most similar to the evidence: IDF-squared overlap divided by
 * {@code report norm^0.3 * evidence norm^0.7}, so a report is not rewarded just for being long.
 *
 * @param best the feature ids of the most similar report (null when no report overlaps)
 * @param bestOverlap the IDF-squared weight the evidence shares with it
 * @param bestNorm its IDF-squared norm
 * @param second the feature ids of the second most similar report (null when none)
 * @param secondOverlap the IDF-squared weight the evidence shares with it
 * @param secondNorm its IDF-squared norm
 */
record ReportMatch(int[] best, double bestOverlap, double bestNorm, int[] second, double secondOverlap, double secondNorm) {

  /** The reports of {@code v} closest to the evidence (feature ids in {@code evidence}). */
  static ReportMatch of(SimilarityModel.View v, BitSet evidence, double[] idf2, double evidenceNorm) {
    int[] best = null;
    int[] second = null;
    double bestSim = 0;
    double secondSim = 0;
    double bestDot = 0;
    double secondDot = 0;
    double bestNorm = 0;
    double secondNorm = 0;
    for (int[] report : v.reports()) {
      double dot = 0;
      double norm = 0;
      for (int f : report) {
        norm += idf2[f];
        if (evidence.get(f)) {
          dot += idf2[f];
        }
      }
      double sim = similarity(dot, norm, evidenceNorm);
      if (sim > bestSim) {
        second = best;
        secondSim = bestSim;
        secondDot = bestDot;
        secondNorm = bestNorm;
        best = report;
        bestSim = sim;
        bestDot = dot;
        bestNorm = norm;
      } else if (sim > secondSim) {
        second = report;
        secondSim = sim;
        secondDot = dot;
        secondNorm = norm;
      }
    }
    return new ReportMatch(best, bestDot, bestNorm, second, secondDot, secondNorm);
  }

  /**
   * The similarity of a report of norm {@code reportNorm} sharing {@code overlap} with evidence of
   * norm {@code evidenceNorm}; linear in the overlap, so an item's share is its own weight's.
   */
  static double similarity(double overlap, double reportNorm, double evidenceNorm) {
    return overlap == 0 ? 0 : overlap / Math.pow(reportNorm, 0.3) / Math.pow(evidenceNorm, 0.7);
  }

  /** The feature ids of the best report, as a set (empty when there is none). */
  BitSet bestMembers() {
    return members(best);
  }

  /** The feature ids of the second-best report, as a set (empty when there is none). */
  BitSet secondMembers() {
    return members(second);
  }

  private static BitSet members(int[] report) {
    BitSet b = new BitSet();
    if (report != null) {
      for (int f : report) {
        b.set(f);
      }
    }
    return b;
  }
}
