package io.ascribe.attribution;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Rounds probability shares to thousandths so that they still sum to exactly 1 (largest-remainder
 * rounding): rounding each share on its own can report 0.995 plus six times 0.001, more than
 * certainty. The order of the shares is kept: a larger share never rounds below a smaller one.
 */
final class ReportedShares {
  private static final int UNITS = 1000;

  private ReportedShares() {}

  /** The shares rounded to thousandths; {@code exact} must be non-negative and sum to 1 (within rounding error). */
  static double[] of(double[] exact) {
    double total = Arrays.stream(exact).sum();
    long[] units = new long[exact.length];
    double[] remainder = new double[exact.length];
    long given = 0;
    for (int i = 0; i < exact.length; i++) {
      double scaled = total > 0 ? exact[i] / total * UNITS : 0;
      units[i] = (long) Math.floor(scaled);
      remainder[i] = scaled - units[i];
      given += units[i];
    }
    Integer[] byRemainder = new Integer[exact.length];
    for (int i = 0; i < exact.length; i++) {
      byRemainder[i] = i;
    }
    Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i));
    for (int k = 0; given < UNITS && k < byRemainder.length; k++, given++) {
      units[byRemainder[k]]++;
    }
    double[] out = new double[exact.length];
    for (int i = 0; i < exact.length; i++) {
      out[i] = units[i] / (double) UNITS;
    }
    return out;
  }
}
