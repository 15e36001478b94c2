package io.ascribe.extract.claim.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains {@link LinearScorer}: L2-regularised logistic regression by full-batch gradient descent
 * with per-feature step sizes (AdaGrad), from a zero start in a fixed order, so the same examples
 * always give the same weights. The threshold is the one that maximises F1 over the examples'
 * cross-validated probabilities, counting the gold claims no frame proposed as misses.
 */
public final class ScorerTrainer {
  /**
   * One frame (of {@code article}, proposing {@code key}) with its label: whether the key is a gold
   * claim; {@code weight} is how much it counts in the fit.
   */
  public record Example(String article, String key, Map<String, Double> features, boolean claim, double weight) {
    /** An example that counts once. */
    public Example(String article, String key, Map<String, Double> features, boolean claim) {
      this(article, key, features, claim, 1.0);
    }
  }

  private final double l2;
  private final int iterations;

  /**
   * @param l2 the weight of the squared-weight penalty, per example
   * @param iterations gradient steps
   */
  public ScorerTrainer(double l2, int iterations) {
    this.l2 = l2;
    this.iterations = iterations;
  }

  /** The project's settings. */
  public static ScorerTrainer standard() {
    return new ScorerTrainer(1e-4, 1500);
  }

  /** Weights fitted to the examples, with the given threshold. */
  public LinearScorer fit(List<Example> examples, double threshold) {
    List<String> names = new ArrayList<>(new TreeSet<>(examples.stream().flatMap(e -> e.features().keySet().stream()).toList()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int n = examples.size();
    double total = examples.stream().mapToDouble(Example::weight).sum();
    int[][] cols = new int[n][];
    double[][] vals = new double[n][];
    for (int e = 0; e < n; e++) {
      Map<String, Double> f = new TreeMap<>(examples.get(e).features());
      cols[e] = new int[f.size()];
      vals[e] = new double[f.size()];
      int k = 0;
      for (Map.Entry<String, Double> x : f.entrySet()) {
        cols[e][k] = index.get(x.getKey());
        vals[e][k++] = x.getValue();
      }
    }
    double[] w = new double[names.size()];
    double[] g2 = new double[names.size()];
    double[] grad = new double[names.size()];
    double rate = 0.5;
    for (int it = 0; it < iterations; it++) {
      Arrays.fill(grad, 0);
      for (int e = 0; e < n; e++) {
        double z = 0;
        for (int k = 0; k < cols[e].length; k++) {
          z += w[cols[e][k]] * vals[e][k];
        }
        double err = (1 / (1 + Math.exp(-z)) - (examples.get(e).claim() ? 1 : 0)) * examples.get(e).weight();
        for (int k = 0; k < cols[e].length; k++) {
          grad[cols[e][k]] += err * vals[e][k];
        }
      }
      for (int j = 0; j < w.length; j++) {
        double g = grad[j] / total + l2 * w[j];
        g2[j] += g * g;
        if (g2[j] > 0) {
          w[j] -= rate * g / Math.sqrt(g2[j]);
        }
      }
    }
    Map<String, Double> weights = new TreeMap<>();
    for (int j = 0; j < w.length; j++) {
      if (w[j] != 0) {
        weights.put(names.get(j), w[j]);
      }
    }
    return new LinearScorer(weights, threshold);
  }

  /**
   * Cross-validated probability of every example: articles are cut into {@code folds} groups by
   * their order, each group scored by a model fitted to the others.
   */
  public double[] crossValidate(List<Example> examples, int folds) {
    List<String> articles = examples.stream().map(Example::article).distinct().toList();
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      foldOf.put(articles.get(i), i % folds);
    }
    double[] out = new double[examples.size()];
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<Example> train = examples.stream().filter(e -> foldOf.get(e.article()) != fold).toList();
      LinearScorer model = fit(train, 0.5);
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf.get(examples.get(i).article()) == fold) {
          out[i] = model.probability(examples.get(i).features());
        }
      }
    }
    return out;
  }

  /** The claim type of an example: its key's first word ({@link io.ascribe.extract.claim.ClaimScore#key}). */
  public static String typeOf(Example e) {
    int space = e.key().indexOf(' ');
    return space < 0 ? e.key() : e.key().substring(0, space);
  }

  /**
   * A threshold per claim type, which together maximise the micro-averaged F1 of the scored
   * examples ({@code unreachable} gold claims never proposed): from the best single threshold,
   * each type's is moved in turn while the others stay, twice over.
   */
  public static Map<String, Double> bestThresholds(List<Example> examples, double[] probability, int unreachable) {
    double single = bestThreshold(examples, probability, unreachable);
    Map<String, Double> byType = new TreeMap<>();
    examples.forEach(e -> byType.put(typeOf(e), single));
    for (int round = 0; round < 2; round++) {
      for (String type : List.copyOf(byType.keySet())) {
        double best = byType.get(type);
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
          byType.put(type, t / 100.0);
          double f1 = f1(examples, probability, unreachable, byType);
          if (f1 > bestF1) {
            bestF1 = f1;
            best = t / 100.0;
          }
        }
        byType.put(type, best);
      }
    }
    return byType;
  }

  private static double f1(List<Example> examples, double[] probability, int unreachable, Map<String, Double> byType) {
    int tp = 0;
    int fp = 0;
    int fn = unreachable;
    for (int i = 0; i < probability.length; i++) {
      boolean kept = probability[i] >= byType.get(typeOf(examples.get(i)));
      boolean claim = examples.get(i).claim();
      tp += kept && claim ? 1 : 0;
      fp += kept && !claim ? 1 : 0;
      fn += !kept && claim ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** The threshold that maximises F1 of the scored examples, with {@code unreachable} gold claims never proposed. */
  public static double bestThreshold(List<Example> examples, double[] probability, int unreachable) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = unreachable;
      for (int i = 0; i < probability.length; i++) {
        boolean kept = probability[i] >= threshold;
        boolean claim = examples.get(i).claim();
        tp += kept && claim ? 1 : 0;
        fp += kept && !claim ? 1 : 0;
        fn += !kept && claim ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = threshold;
      }
    }
    return best;
  }
}
