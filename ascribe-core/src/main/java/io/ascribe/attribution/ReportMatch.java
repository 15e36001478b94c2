package io.ascribe.attribution;

import java.util.BitSet;

/**
 * An actor's two reports most similar to the evidence: IDF-squared overlap divided by
 * {@code report norm^0.3 * evidence norm^0.7}, so a report is not rewarded just for being long.
 *
 * @param best the feature ids of the most similar report (null when no report overlaps)
 * @param bestOverlap the IDF-squared weight the evidence shares with it
 * @param bestNorm its IDF-squared norm
 * @param bestScale its length discount, {@code bestNorm^0.3} (1 when there is none)
 * @param second the feature ids of the second most similar report (null when none)
 * @param secondOverlap the IDF-squared weight the evidence shares with it
 * @param secondNorm its IDF-squared norm
 * @param secondScale its length discount (1 when there is none)
 * @param evidenceScale the evidence's length discount, {@code evidence norm^0.7}
 */
record ReportMatch(int[] best, double bestOverlap, double bestNorm, double bestScale, int[] second,
    double secondOverlap, double secondNorm, double secondScale, double evidenceScale) {

  /**
   * The reports of {@code v} closest to the evidence (feature ids in {@code evidence}) by scanning
   * every report: a training case's adjusted view, which has no {@link ReportIndex}. The index finds
   * the same reports: ties go to the earlier report.
   *
   * @param evidenceScale {@link #evidenceScale(double)} of the evidence's norm
   */
  static ReportMatch of(SimilarityModel.View v, BitSet evidence, double[] idf2, double evidenceScale) {
    Top2 top = new Top2(v.reports(), evidenceScale);
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
    return top.match();
  }

  /** How much evidence of IDF-squared norm {@code evidenceNorm} discounts every report's similarity. */
  static double evidenceScale(double evidenceNorm) {
    return Math.pow(evidenceNorm, EVIDENCE_EXPONENT);
  }

  /** The two most similar reports offered so far; of equally similar ones, the first offered. */
  static final class Top2 {
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
    private double bestScale = 1;
    private double secondScale = 1;

    /** Over {@code reports} (feature ids by report id), for evidence of length discount {@code evidenceScale}. */
    Top2(int[][] reports, double evidenceScale) {
      this.reports = reports;
      this.evidenceScale = evidenceScale;
    }

    /** A report sharing {@code dot} (> 0) with the evidence; {@code scale} is {@code norm^0.3}. */
    void offer(int report, double dot, double norm, double scale) {
      double sim = dot / scale / evidenceScale;
      if (sim > bestSim) {
        second = best;
        secondSim = bestSim;
        secondDot = bestDot;
        secondNorm = bestNorm;
        secondScale = bestScale;
        best = report;
        bestSim = sim;
        bestDot = dot;
        bestNorm = norm;
        bestScale = scale;
      } else if (sim > secondSim) {
        second = report;
        secondSim = sim;
        secondDot = dot;
        secondNorm = norm;
        secondScale = scale;
      }
    }

    ReportMatch match() {
      return new ReportMatch(best < 0 ? null : reports[best], bestDot, bestNorm, bestScale,
          second < 0 ? null : reports[second], secondDot, secondNorm, secondScale, evidenceScale);
    }
  }

  /** The best report's similarity if the evidence shared {@code overlap} with it (overlap over both length discounts). */
  double bestSimilarity(double overlap) {
    return overlap == 0 ? 0 : overlap / bestScale / evidenceScale;
  }

  /** The second-best report's similarity if the evidence shared {@code overlap} with it. */
  double secondSimilarity(double overlap) {
    return overlap == 0 ? 0 : overlap / secondScale / evidenceScale;
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
