package io.ascribe.extract.technique;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Chooses the document-level decision thresholds from held-out scores (inner cross-validation on
 * training reports only): first one global threshold maximising the per-document F1 averaged over
 * documents, then per technique by coordinate ascent on the same objective, each technique's
 * threshold shrunk towards the global one (few documents use any one technique, so a threshold
 * fitted to them alone is noisy).
 */
final class Thresholds {
  private Thresholds() {}

  /** The chosen thresholds, the global one, and the slope of the logistic score around them. */
  record Choice(float[] perLabel, float global, float slope) {}

  /**
   * @param scores per document, per label: the highest sentence margin
   * @param gold per document, the label indices it uses
   * @param shrink 0 for the global threshold everywhere, 1 for per-label thresholds unshrunk
   * @param sweeps coordinate-ascent passes over the labels
   */
  static Choice choose(float[][] scores, List<Set<Integer>> gold, int labels, double shrink, int sweeps) {
    int docs = scores.length;
    float global = globalThreshold(scores, gold, labels);
    float[] t = new float[labels];
    Arrays.fill(t, global);
    if (shrink > 0 && docs > 0) {
      int[] tp = new int[docs];
      int[] predicted = new int[docs];
      for (int d = 0; d < docs; d++) {
        for (int l = 0; l < labels; l++) {
          if (scores[d][l] >= t[l]) {
            predicted[d]++;
            if (gold.get(d).contains(l)) {
              tp[d]++;
            }
          }
        }
      }
      for (int sweep = 0; sweep < sweeps; sweep++) {
        for (int l = 0; l < labels; l++) {
          float best = bestForLabel(scores, gold, l, t[l], tp, predicted);
          float chosen = (float) (global + shrink * (best - global));
          update(scores, gold, l, t[l], chosen, tp, predicted);
          t[l] = chosen;
        }
      }
    }
    return new Choice(t, global, slope(scores, gold, t));
  }

  private static double f1(int tp, int predicted, int gold) {
    return predicted + gold == 0 ? 1.0 : 2.0 * tp / (predicted + gold);
  }

  /** The single threshold maximising mean per-document F1, halfway between two observed scores. */
  static float globalThreshold(float[][] scores, List<Set<Integer>> gold, int labels) {
    int docs = scores.length;
    int n = docs * labels;
    if (n == 0) {
      return 0f;
    }
    float[] flat = new float[n];
    for (int d = 0; d < docs; d++) {
      System.arraycopy(scores[d], 0, flat, d * labels, labels);
    }
    int[] order = descending(flat);
    int[] tp = new int[docs];
    int[] predicted = new int[docs];
    double sum = 0;
    for (int d = 0; d < docs; d++) {
      sum += f1(0, 0, gold.get(d).size());
    }
    double bestSum = sum;
    float best = Float.isFinite(flat[order[0]]) ? flat[order[0]] + 1e-3f : 0f;
    for (int i = 0; i < n; i++) {
      int k = order[i];
      int d = k / labels;
      int g = gold.get(d).size();
      sum -= f1(tp[d], predicted[d], g);
      predicted[d]++;
      if (gold.get(d).contains(k % labels)) {
        tp[d]++;
      }
      sum += f1(tp[d], predicted[d], g);
      boolean cut = i + 1 == n || flat[order[i + 1]] < flat[k];
      if (cut && Float.isFinite(flat[k]) && sum > bestSum + 1e-9) {
        bestSum = sum;
        best = between(flat[k], i + 1 == n ? Float.NEGATIVE_INFINITY : flat[order[i + 1]]);
      }
    }
    return best;
  }

  /** A threshold that keeps {@code low} out and {@code high} in: their midpoint, or just below {@code high}. */
  private static float between(float high, float low) {
    return Float.isFinite(low) ? (high + low) / 2 : high - 1e-3f;
  }

  /** Indices of {@code values}, highest value first (ties by index, so the order is reproducible). */
  private static int[] descending(float[] values) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Float.compare(values[b], values[a]));
    int[] out = new int[idx.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  private static float bestForLabel(float[][] scores, List<Set<Integer>> gold, int l, float current, int[] tp,
      int[] predicted) {
    int docs = scores.length;
    // start from "label l predicted nowhere", then lower the threshold document by document
    int[] baseTp = new int[docs];
    int[] basePred = new int[docs];
    double sum = 0;
    for (int d = 0; d < docs; d++) {
      boolean on = scores[d][l] >= current;
      boolean pos = gold.get(d).contains(l);
      basePred[d] = predicted[d] - (on ? 1 : 0);
      baseTp[d] = tp[d] - (on && pos ? 1 : 0);
      sum += f1(baseTp[d], basePred[d], gold.get(d).size());
    }
    float[] column = new float[docs];
    for (int d = 0; d < docs; d++) {
      column[d] = scores[d][l];
    }
    int[] order = descending(column);
    double bestSum = sum;
    float best = Float.isFinite(scores[order[0]][l]) ? scores[order[0]][l] + 1e-3f : current;
    for (int i = 0; i < docs; i++) {
      int d = order[i];
      int g = gold.get(d).size();
      sum -= f1(baseTp[d], basePred[d], g);
      sum += f1(baseTp[d] + (gold.get(d).contains(l) ? 1 : 0), basePred[d] + 1, g);
      boolean cut = i + 1 == docs || scores[order[i + 1]][l] < scores[d][l];
      if (cut && Float.isFinite(scores[d][l]) && sum > bestSum + 1e-9) {
        bestSum = sum;
        best = between(scores[d][l], i + 1 == docs ? Float.NEGATIVE_INFINITY : scores[order[i + 1]][l]);
      }
    }
    return best;
  }

  private static void update(float[][] scores, List<Set<Integer>> gold, int l, float from, float to, int[] tp,
      int[] predicted) {
    for (int d = 0; d < scores.length; d++) {
      boolean was = scores[d][l] >= from;
      boolean now = scores[d][l] >= to;
      if (was != now) {
        int delta = now ? 1 : -1;
        predicted[d] += delta;
        if (gold.get(d).contains(l)) {
          tp[d] += delta;
        }
      }
    }
  }

  /** Maximum-likelihood slope a of P(uses) = logistic(a (score - threshold)), by Newton's method. */
  static float slope(float[][] scores, List<Set<Integer>> gold, float[] t) {
    double a = 2.0;
    for (int iter = 0; iter < 50; iter++) {
      double grad = -0.01 * (a - 2.0);
      double hess = -0.01;
      for (int d = 0; d < scores.length; d++) {
        for (int l = 0; l < t.length; l++) {
          double x = scores[d][l] - t[l];
          if (!Double.isFinite(x)) {
            continue;
          }
          double p = 1.0 / (1.0 + Math.exp(-a * x));
          double y = gold.get(d).contains(l) ? 1 : 0;
          grad += (y - p) * x;
          hess -= p * (1 - p) * x * x;
        }
      }
      double step = grad / hess;
      a = Math.max(0.1, Math.min(50, a - step));
      if (Math.abs(step) < 1e-6) {
        break;
      }
    }
    return (float) a;
  }
}
