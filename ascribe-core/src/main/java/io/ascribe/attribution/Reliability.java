package io.ascribe.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A reliability table of the top hypothesis: per confidence bin, how many cases fell in it, their
 * mean confidence and how often the top hypothesis was right; with the expected calibration error
 * (ECE) and a percentile bootstrap interval for it, since a few dozen cases make the ECE noisy.
 * For the same reason it gives the ECE a perfectly calibrated engine would show at the same
 * confidences ({@code floor}): the median ECE when each case's top hypothesis is right with exactly
 * its stated probability. Below a few hundred cases with middling confidences, that floor alone
 * can exceed 0.05.
 *
 * @param bins the ten equal-width bins, empty ones included
 * @param ece the expected calibration error over the bins
 * @param eceLow the 2.5th percentile of the ECE over bootstrap resamples of the cases
 * @param eceHigh the 97.5th percentile
 * @param floor the median ECE of a perfectly calibrated engine at the same confidences, over
 *     {@code resamples} simulated outcomes
 * @param resamples how many bootstrap resamples gave the interval (seeded, so it replays)
 */
public record Reliability(List<Bin> bins, double ece, double eceLow, double eceHigh, double floor, int resamples) {
  /** Number of equal-width confidence bins. */
  public static final int BINS = 10;

  /**
   * One confidence bin.
   *
   * @param from lowest confidence in the bin (inclusive)
   * @param to highest confidence (exclusive, but 1.0 falls in the last bin)
   * @param cases cases whose top hypothesis fell in the bin
   * @param confidence their mean confidence (NaN when empty)
   * @param accuracy the share of them whose top hypothesis was right (NaN when empty)
   */
  public record Bin(double from, double to, int cases, double confidence, double accuracy) {}

  public Reliability {
    bins = List.copyOf(bins);
  }

  /**
   * The table of {@code confidence[i]} (the top hypothesis's probability) and {@code correct[i]}
   * (whether it was the truth), with {@code resamples} bootstrap resamples drawn with {@code seed}.
   */
  public static Reliability of(double[] confidence, boolean[] correct, int resamples, long seed) {
    if (confidence.length != correct.length) {
      throw new IllegalArgumentException("confidence has " + confidence.length + " cases but correct has " + correct.length);
    }
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must be >= 0, got " + resamples);
    }
    for (int i = 0; i < confidence.length; i++) {
      if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
        throw new IllegalArgumentException("confidence[" + i + "] must be in [0, 1], got " + confidence[i]);
      }
    }
    int n = confidence.length;
    double[] sumConfidence = new double[BINS];
    int[] right = new int[BINS];
    int[] count = new int[BINS];
    for (int i = 0; i < n; i++) {
      int b = bin(confidence[i]);
      sumConfidence[b] += confidence[i];
      right[b] += correct[i] ? 1 : 0;
      count[b]++;
    }
    List<Bin> bins = new ArrayList<>(BINS);
    for (int b = 0; b < BINS; b++) {
      bins.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, count[b],
          count[b] == 0 ? Double.NaN : sumConfidence[b] / count[b], count[b] == 0 ? Double.NaN : right[b] / (double) count[b]));
    }
    double ece = ece(confidence, correct, null);
    if (n == 0 || resamples == 0) {
      return new Reliability(bins, ece, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    Random random = new Random(seed);
    double[] boot = new double[resamples];
    double[] calibrated = new double[resamples];
    int[] pick = new int[n];
    boolean[] simulated = new boolean[n];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < n; i++) {
        pick[i] = random.nextInt(n);
      }
      boot[r] = ece(confidence, correct, pick);
      for (int i = 0; i < n; i++) {
        simulated[i] = random.nextDouble() < confidence[i];
      }
      calibrated[r] = ece(confidence, simulated, null);
    }
    Arrays.sort(boot);
    Arrays.sort(calibrated);
    return new Reliability(bins, ece, percentile(boot, 0.025), percentile(boot, 0.975), percentile(calibrated, 0.5),
        resamples);
  }

  /** The bin of a confidence: {@code floor(10 p)}, with 1.0 in the last bin. */
  static int bin(double confidence) {
    return Math.min(BINS - 1, (int) (confidence * BINS));
  }

  /** ECE over the cases {@code pick} lists (every case once when null). */
  private static double ece(double[] confidence, boolean[] correct, int[] pick) {
    int n = pick == null ? confidence.length : pick.length;
    if (n == 0) {
      return 0;
    }
    double[] gap = new double[BINS];
    for (int k = 0; k < n; k++) {
      int i = pick == null ? k : pick[k];
      gap[bin(confidence[i])] += (correct[i] ? 1 : 0) - confidence[i];
    }
    double e = 0;
    for (double g : gap) {
      e += Math.abs(g);
    }
    return e / n;
  }

  private static double percentile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
