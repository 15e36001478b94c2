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

  /**
   * The reports of {@code v} closest to the evidence (feature ids in {@code evidence}), read through
   * {@code index} when there is one (the full model's views) or by scanning every report (a
   * training case's adjusted view). Both find the same reports: ties go to the earlier report.
   */
  static ReportMatch of(
      SimilarityModel.View v, ReportIndex index, BitSet evidence, double[] idf2, double evidenceNorm) {
    Top2 top = new Top2(v.reports(), evidenceNorm);
    if (index == null) {
      for (int r = 0; r < v.reports().length; r++) {
        double dot = 0;
        double norm = 0;
        for (int f : v.reports()[r]) {
          norm += idf2[f];
          if (evidence.get(f)) {
            dot += idf2[f];
          }
        }
        if (dot > 0) {
          top.offer(r, dot, norm, Math.pow(norm, REPORT_EXPONENT));
        }
      }
    } else {
      double[] dots = new double[v.reports().length];
      for (int f = evidence.nextSetBit(0); f >= 0; f = evidence.nextSetBit(f + 1)) {
        int[] postings = index.postings()[f];
        for (int i = 0; postings != null && i < postings.length; i++) {
          dots[postings[i]] += idf2[f];
        }
      }
      for (int r = 0; r < dots.length; r++) {
        if (dots[r] > 0) {
          top.offer(r, dots[r], index.norms()[r], index.scales()[r]);
        }
      }
    }
    return top.match();
  }

  /** The two most similar reports seen so far. */
  private static final class Top2 {
    private final int[][] reports;
    private final double evidenceScale;
    private int best = -1;
    private int second = -1;
    private double bestSim;
    private double secondSim;
    private double bestDot;
    private double secondDot;
    private double bestNorm;
    private double secondNorm;

    Top2(int[][] reports, double evidenceNorm) {
      this.reports = reports;
      this.evidenceScale = Math.pow(evidenceNorm, EVIDENCE_EXPONENT);
    }

    /** A report sharing {@code dot} (> 0) with the evidence; {@code scale} is {@code norm^0.3}. */
    void offer(int report, double dot, double norm, double scale) {
      double sim = dot / scale / evidenceScale;
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

    ReportMatch match() {
      return new ReportMatch(best < 0 ? null : reports[best], bestDot, bestNorm,
          second < 0 ? null : reports[second], secondDot, secondNorm);
    }
  }

  /**
   * The similarity of a report of norm {@code reportNorm} sharing {@code overlap} with evidence of
   * norm {@code evidenceNorm}; linear in the overlap, so an item's share is its own weight's.
   */
  static double similarity(double overlap, double reportNorm, double evidenceNorm) {
    return overlap == 0 ? 0 : overlap / Math.pow(reportNorm, REPORT_EXPONENT) / Math.pow(evidenceNorm, EVIDENCE_EXPONENT);
  }

  /** How much a report's length discounts its similarity. */
  static final double REPORT_EXPONENT = 0.3;
  /** How much the evidence's length discounts every report's similarity. */
  static final double EVIDENCE_EXPONENT = 0.7;

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
