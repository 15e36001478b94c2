package io.ascribe.attribution;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Every actor's reports in one index by feature, with each report's IDF-squared norm, so that a
 * case's overlap with every report of every actor is one pass over the postings of its own
 * features. An actor's corpus documents are reports too, so without the index each case would scan
 * every document ever ingested.
 *
 * <p>Reports are numbered across actors, actor by actor in view order, so an actor's reports are
 * one range of ids and each feature's postings are one ascending array: the case's overlaps are
 * added up in contiguous arrays (one per feature) rather than in one small table per actor, and
 * each actor then reads only its range.
 */
final class ReportIndex {
  /** Each report's feature ids (ascending), by report id. */
  private final int[][] reports;
  /** Each actor's first report id; {@code first[actors]} is the number of reports. */
  private final int[] first;
  /** For each feature id, the ascending ids of the reports that contain it, or null when none does. */
  private final int[][] postings;
  private final double[] norms;
  /** Each report's length discount, {@code norm^}{@link ReportMatch#REPORT_EXPONENT}. */
  private final double[] scales;
  private final double[] profileNorms;

  private ReportIndex(int[][] reports, int[] first, int[][] postings, double[] norms, double[] scales,
      double[] profileNorms) {
    this.reports = reports;
    this.first = first;
    this.postings = postings;
    this.norms = norms;
    this.scales = scales;
    this.profileNorms = profileNorms;
  }

  /** Indexes every view's reports under the IDF-squared weights {@code idf2}. */
  static ReportIndex of(SimilarityModel.View[] views, double[] idf2) {
    int[] first = new int[views.length + 1];
    for (int a = 0; a < views.length; a++) {
      first[a + 1] = first[a] + views[a].reports().length;
    }
    int[][] reports = new int[first[views.length]][];
    int[] counts = new int[idf2.length];
    for (int a = 0; a < views.length; a++) {
      int[][] own = views[a].reports();
      System.arraycopy(own, 0, reports, first[a], own.length);
      for (int[] r : own) {
        for (int f : r) {
          counts[f]++;
        }
      }
    }
    int[][] postings = new int[idf2.length][];
    for (int f = 0; f < idf2.length; f++) {
      postings[f] = counts[f] == 0 ? null : new int[counts[f]];
    }
    int[] filled = new int[idf2.length];
    double[] norms = new double[reports.length];
    double[] scales = new double[reports.length];
    for (int r = 0; r < reports.length; r++) {
      double norm = 0;
      for (int f : reports[r]) {
        norm += idf2[f];
        postings[f][filled[f]++] = r;
      }
      norms[r] = norm;
      scales[r] = Math.pow(norm, ReportMatch.REPORT_EXPONENT);
    }
    double[] profileNorms = new double[views.length];
    for (int a = 0; a < views.length; a++) {
      profileNorms[a] = profileNorm(views[a], idf2);
    }
    return new ReportIndex(reports, first, postings, norms, scales, profileNorms);
  }

  /** The IDF-squared norm of {@code view}'s profile (the union of its facts). */
  static double profileNorm(SimilarityModel.View view, double[] idf2) {
    double norm = 0;
    for (int f = view.union().nextSetBit(0); f >= 0; f = view.union().nextSetBit(f + 1)) {
      norm += idf2[f];
    }
    return norm;
  }

  /** The IDF-squared norm of actor {@code actor}'s profile. */
  double profileNorm(int actor) {
    return profileNorms[actor];
  }

  /**
   * Every report's IDF-squared overlap with the evidence (feature ids in {@code evidence}), by
   * report id: each report's sum is added in ascending feature order, as a scan of the report adds it.
   */
  double[] overlaps(BitSet evidence, double[] idf2) {
    double[] dots = new double[reports.length];
    for (int f = evidence.nextSetBit(0); f >= 0 && f < postings.length; f = evidence.nextSetBit(f + 1)) {
      int[] p = postings[f];
      if (p != null) {
        double w = idf2[f];
        for (int r : p) {
          dots[r] += w;
        }
      }
    }
    return dots;
  }

  /** Actor {@code actor}'s two closest reports, given every report's {@link #overlaps}. */
  ReportMatch match(int actor, double[] overlaps, double evidenceScale) {
    ReportMatch.Top2 top = new ReportMatch.Top2(reports, evidenceScale);
    for (int r = first[actor]; r < first[actor + 1]; r++) {
      if (overlaps[r] > 0) {
        top.offer(r, overlaps[r], norms[r], scales[r]);
      }
    }
    return top.match();
  }

  /**
   * Actor {@code actor}'s two closest reports, reading only its own part of each posting list (an
   * explanation asks for one actor; {@link #overlaps} would add up every actor's).
   */
  ReportMatch match(int actor, BitSet evidence, double[] idf2, double evidenceScale) {
    int from = first[actor];
    double[] dots = new double[first[actor + 1] - from];
    for (int f = evidence.nextSetBit(0); f >= 0 && f < postings.length; f = evidence.nextSetBit(f + 1)) {
      int[] p = postings[f];
      if (p != null) {
        for (int i = lowerBound(p, from); i < p.length && p[i] < from + dots.length; i++) {
          dots[p[i] - from] += idf2[f];
        }
      }
    }
    ReportMatch.Top2 top = new ReportMatch.Top2(reports, evidenceScale);
    for (int i = 0; i < dots.length; i++) {
      if (dots[i] > 0) {
        top.offer(from + i, dots[i], norms[from + i], scales[from + i]);
      }
    }
    return top.match();
  }

  /** Number of actor {@code actor}'s reports that contain feature {@code feature}. */
  int reportsWith(int actor, int feature) {
    int[] p = feature < postings.length ? postings[feature] : null;
    return p == null ? 0 : lowerBound(p, first[actor + 1]) - lowerBound(p, first[actor]);
  }

  /** The first position of {@code sorted} holding a value >= {@code key}. */
  private static int lowerBound(int[] sorted, int key) {
    int i = Arrays.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 1;
  }
}
