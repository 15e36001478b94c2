package io.ascribe.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One actor's reports indexed by feature, with each report's IDF-squared norm, so that matching a
 * case touches only the reports that share a feature with it. An actor's corpus documents are
 * reports too, so without the index each case would scan every document ever ingested.
 *
 * @param postings for each feature id, the (ascending) indexes of the reports that contain it, or
 *     null when none does (an array over all feature ids: looked up for every evidence item of
 *     every actor of every case)
 * @param norms each report's IDF-squared norm
 * @param scales each report's length discount, {@code norm^}{@link ReportMatch#REPORT_EXPONENT}
 * @param profileNorm the IDF-squared norm of the actor's whole profile (its view's union)
 */
record ReportIndex(int[][] postings, double[] norms, double[] scales, double profileNorm) {

  /** Indexes a view's reports under the IDF-squared weights {@code idf2}. */
  static ReportIndex of(SimilarityModel.View view, double[] idf2) {
    int[][] reports = view.reports();
    Map<Integer, List<Integer>> lists = new HashMap<>();
    double[] norms = new double[reports.length];
    for (int r = 0; r < reports.length; r++) {
      double norm = 0;
      for (int f : reports[r]) {
        norm += idf2[f];
        lists.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
      }
      norms[r] = norm;
    }
    int[][] postings = new int[idf2.length][];
    lists.forEach((f, rs) -> postings[f] = rs.stream().mapToInt(Integer::intValue).toArray());
    double[] scales = new double[norms.length];
    for (int r = 0; r < norms.length; r++) {
      scales[r] = Math.pow(norms[r], ReportMatch.REPORT_EXPONENT);
    }
    return new ReportIndex(postings, norms, scales, profileNorm(view, idf2));
  }

  /** The IDF-squared norm of {@code view}'s profile (the union of its facts). */
  static double profileNorm(SimilarityModel.View view, double[] idf2) {
    double norm = 0;
    for (int f = view.union().nextSetBit(0); f >= 0; f = view.union().nextSetBit(f + 1)) {
      norm += idf2[f];
    }
    return norm;
  }
}
