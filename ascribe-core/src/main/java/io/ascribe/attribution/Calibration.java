package io.ascribe.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much to trust the {@link Ranker}'s behaviour utilities for a given amount and kind of
 * evidence: a temperature per number of technique and software items, apart for technique-only
 * evidence, evidence naming software, and evidence naming a software that exactly one profiled
 * actor is known to use (an <i>exclusive</i> tool, as an indicator list names its actor's own
 * malware family). The temperature multiplies every behaviour utility (the unknown actor's too)
 * before the softmax.
 *
 * <p>The ranker is fitted on knowledge-base reports with at least {@link TrainingCases#MIN_USES}
 * items. With one or two items its similarity features take extreme values (a single technique
 * gives a coverage of 1) that the fit never saw at that scale, so its probabilities are too sure. A
 * temperature below 1 flattens them. A named tool says more than a technique, and a tool only one
 * actor uses says nearly everything, so each kind gets its own temperatures. Each temperature is
 * fitted by maximum likelihood on cases cut down to that many items ({@link TrainingCases#sparse}),
 * with random twins of the same shape, under the same unknown-case weight as the ranker; a
 * temperature keeps the order of the hypotheses, so it changes confidence, never the ranking of
 * technique-and-software evidence.
 *
 * @param temperatures the temperature for 0, 1, 2, ... technique-only items; the last one holds
 *     for every larger count too (1 there: dense evidence is what the ranker was fitted on)
 * @param softwareTemperatures the same for evidence naming software, none of it exclusive
 * @param exclusiveTemperatures the same for evidence naming an exclusive tool
 */
public record Calibration(double[] temperatures, double[] softwareTemperatures, double[] exclusiveTemperatures) {

  /** The kind of technique and software evidence, for its temperature. */
  public enum Kind {
    /** Techniques only. */
    TECHNIQUES,
    /** At least one software, none of them used by exactly one profiled actor. */
    SOFTWARE,
    /** At least one software used by exactly one profiled actor. */
    EXCLUSIVE_SOFTWARE
  }

  /**
   * The amount and kind of a case's technique and software evidence, which picks its temperature.
   *
   * @param items number of technique and software items
   * @param kind what the items are
   */
  public record Amount(int items, Kind kind) {
    public Amount {
      if (items < 0) {
        throw new IllegalArgumentException("items must be >= 0, got " + items);
      }
      if (kind != Kind.TECHNIQUES && items == 0) {
        throw new IllegalArgumentException("evidence with software has at least one item");
      }
    }
  }

  public Calibration {
    temperatures = checked(temperatures, "temperatures");
    softwareTemperatures = checked(softwareTemperatures, "softwareTemperatures");
    exclusiveTemperatures = checked(exclusiveTemperatures, "exclusiveTemperatures");
  }

  /** Lowest and highest temperature a fit may return. */
  static final double MIN_TEMPERATURE = 1e-3;
  static final double MAX_TEMPERATURE = 20;

  private static double[] checked(double[] t, String name) {
    if (t == null || t.length == 0) {
      throw new IllegalArgumentException(name + " needs at least one temperature");
    }
    for (int i = 0; i < t.length; i++) {
      if (!(t[i] > 0) || Double.isInfinite(t[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be positive and finite, got " + t[i]);
      }
    }
    return t.clone();
  }

  /** No recalibration: every amount of evidence is weighed as fitted. */
  static Calibration identity() {
    return new Calibration(new double[] {1.0}, new double[] {1.0}, new double[] {1.0});
  }

  /** The temperature for a case with this amount and kind of technique and software evidence. */
  public double temperature(Amount amount) {
    double[] t = of(amount.kind());
    return t[Math.min(amount.items(), t.length - 1)];
  }

  private double[] of(Kind kind) {
    return switch (kind) {
      case TECHNIQUES -> temperatures;
      case SOFTWARE -> softwareTemperatures;
      case EXCLUSIVE_SOFTWARE -> exclusiveTemperatures;
    };
  }

  @Override
  public double[] temperatures() {
    return temperatures.clone();
  }

  @Override
  public double[] softwareTemperatures() {
    return softwareTemperatures.clone();
  }

  @Override
  public double[] exclusiveTemperatures() {
    return exclusiveTemperatures.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Calibration c && Arrays.equals(temperatures, c.temperatures)
        && Arrays.equals(softwareTemperatures, c.softwareTemperatures)
        && Arrays.equals(exclusiveTemperatures, c.exclusiveTemperatures);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.hashCode(temperatures), Arrays.hashCode(softwareTemperatures),
        Arrays.hashCode(exclusiveTemperatures)});
  }

  @Override
  public String toString() {
    return "Calibration" + Arrays.toString(temperatures) + ", with software " + Arrays.toString(softwareTemperatures)
        + ", with an exclusive tool " + Arrays.toString(exclusiveTemperatures);
  }

  /**
   * A calibration case: its amount of evidence, the behaviour utilities of every hypothesis (the
   * unknown actor last, {@code -infinity} for an excluded actor), the index of the truth, and the
   * case's weight in the likelihood.
   */
  record Sample(Amount amount, double[] utilities, int truth, double weight) {}

  /**
   * Fits a temperature for each item count from 1 to {@code dense - 1} and each {@link Kind} on the
   * samples of that amount; a count with no samples of one kind takes the temperature of all that
   * count's samples. 0 items (no behaviour evidence) and {@code dense} or more keep temperature 1.
   */
  static Calibration fit(List<Sample> samples, int dense) {
    if (dense < 2) {
      throw new IllegalArgumentException("dense must be >= 2, got " + dense);
    }
    Kind[] kinds = Kind.values();
    double[][] t = new double[kinds.length][dense + 1];
    for (double[] row : t) {
      Arrays.fill(row, 1.0);
    }
    for (int n = 1; n < dense; n++) {
      List<List<Sample>> byKind = new ArrayList<>();
      List<Sample> all = new ArrayList<>();
      for (int k = 0; k < kinds.length; k++) {
        byKind.add(new ArrayList<>());
      }
      for (Sample s : samples) {
        if (s.amount().items() == n) {
          byKind.get(s.amount().kind().ordinal()).add(s);
          all.add(s);
        }
      }
      double pooled = all.isEmpty() ? 1.0 : temperature(all);
      for (int k = 0; k < kinds.length; k++) {
        t[k][n] = byKind.get(k).isEmpty() ? pooled : temperature(byKind.get(k));
      }
    }
    return new Calibration(t[Kind.TECHNIQUES.ordinal()], t[Kind.SOFTWARE.ordinal()], t[Kind.EXCLUSIVE_SOFTWARE.ordinal()]);
  }

  /**
   * The maximum-likelihood temperature of the samples: the weighted log-likelihood of the truth is
   * concave in the temperature, its derivative {@code sum w (u_truth - E_p[u])} falls as the
   * temperature grows, so bisection on the derivative finds the optimum within the bounds.
   */
  static double temperature(List<Sample> samples) {
    double lo = MIN_TEMPERATURE;
    double hi = MAX_TEMPERATURE;
    if (slope(samples, lo) <= 0) {
      return lo;
    }
    if (slope(samples, hi) >= 0) {
      return hi;
    }
    for (int i = 0; i < 100 && hi - lo > 1e-9; i++) {
      double mid = (lo + hi) / 2;
      if (slope(samples, mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** The derivative of the weighted log-likelihood at temperature {@code t}. */
  static double slope(List<Sample> samples, double t) {
    double total = 0;
    for (Sample s : samples) {
      double[] u = s.utilities();
      double max = Double.NEGATIVE_INFINITY;
      for (double v : u) {
        max = Math.max(max, v);
      }
      double z = 0;
      double mean = 0;
      for (double v : u) {
        if (v == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double e = Math.exp(t * (v - max));
        z += e;
        mean += e * v;
      }
      total += s.weight() * (u[s.truth()] - mean / z);
    }
    return total;
  }
}
