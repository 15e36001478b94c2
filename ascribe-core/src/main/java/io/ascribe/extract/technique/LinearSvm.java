package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One-vs-rest linear classifiers trained by dual coordinate descent with shrinking: L2-regularised,
 * squared-hinge loss, with a regularised bias (the solver of LIBLINEAR's {@code -s 1}; Hsieh et
 * al., "A dual coordinate descent method for large-scale linear SVM", ICML 2008).
 *
 * <p>Each label is trained on its own with its own seeded shuffle, so results do not depend on how
 * labels are spread over threads.
 */
final class LinearSvm {
  private LinearSvm() {}

  /** The training problem shared by all labels. */
  record Problem(
      List<Vectorizer.Sparse> x,
      int[][] positives,
      int[][] ignored,
      float[] cost,
      int labels,
      int dimension) {}

  /** Solver settings. */
  record Options(double c, double positiveWeight, double bias, int maxIterations, double epsilon, long seed, int threads) {}

  /** Weights feature-major ({@code w[f * labels + l]}) and one bias per label. */
  record Weights(float[] w, float[] bias, int labels) {}

  /** Trains every label; {@code fitted} runs (on a solver thread) as each label is done. */
  static Weights train(Problem p, Options o, Runnable fitted) {
    float[] w = new float[p.dimension() * p.labels()];
    float[] bias = new float[p.labels()];
    double[] sq = new double[p.x().size()];
    for (int i = 0; i < sq.length; i++) {
      double s = o.bias() * o.bias();
      for (float v : p.x().get(i).value()) {
        s += (double) v * v;
      }
      sq[i] = s;
    }
    int threads = Math.max(1, Math.min(o.threads(), p.labels()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "technique-svm");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int l = 0; l < p.labels(); l++) {
        int label = l;
        jobs.add(pool.submit(() -> {
          double[] wl = trainOne(p, o, sq, label);
          for (int f = 0; f < p.dimension(); f++) {
            w[f * p.labels() + label] = (float) wl[f];
          }
          bias[label] = (float) (wl[p.dimension()] * o.bias());
          fitted.run();
        }));
      }
      for (Future<?> j : jobs) {
        j.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Weights(w, bias, p.labels());
  }

  private static double[] trainOne(Problem p, Options o, double[] sq, int label) {
    int n = p.x().size();
    int d = p.dimension();
    double[] w = new double[d + 1];
    byte[] y = new byte[n];
    double[] diag = new double[n];
    int[] index = new int[n];
    int active = 0;
    for (int i = 0; i < n; i++) {
      if (contains(p.ignored()[i], label)) {
        continue;
      }
      boolean pos = contains(p.positives()[i], label);
      y[i] = (byte) (pos ? 1 : -1);
      double c = o.c() * p.cost()[i] * (pos ? o.positiveWeight() : 1.0);
      diag[i] = 0.5 / c;
      index[active++] = i;
    }
    double[] alpha = new double[n];
    Random random = new Random(o.seed() * 1_000_003L + label);
    double maxOld = Double.POSITIVE_INFINITY;
    int total = active;
    for (int iter = 0; iter < o.maxIterations(); iter++) {
      double maxNew = Double.NEGATIVE_INFINITY;
      double minNew = Double.POSITIVE_INFINITY;
      for (int k = 0; k < active; k++) {
        int j = k + random.nextInt(active - k);
        int t = index[k];
        index[k] = index[j];
        index[j] = t;
      }
      for (int s = 0; s < active; s++) {
        int i = index[s];
        Vectorizer.Sparse xi = p.x().get(i);
        double dot = w[d] * o.bias();
        int[] idx = xi.index();
        float[] val = xi.value();
        for (int k = 0; k < idx.length; k++) {
          dot += w[idx[k]] * val[k];
        }
        double g = y[i] * dot - 1 + diag[i] * alpha[i];
        double pg = 0;
        if (alpha[i] == 0) {
          if (g > maxOld) {
            active--;
            index[s] = index[active];
            index[active] = i;
            s--;
            continue;
          } else if (g < 0) {
            pg = g;
          }
        } else {
          pg = g;
        }
        maxNew = Math.max(maxNew, pg);
        minNew = Math.min(minNew, pg);
        if (Math.abs(pg) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.max(old - g / (sq[i] + diag[i]), 0);
          double delta = (alpha[i] - old) * y[i];
          for (int k = 0; k < idx.length; k++) {
            w[idx[k]] += delta * val[k];
          }
          w[d] += delta * o.bias();
        }
      }
      if (maxNew - minNew <= o.epsilon()) {
        if (active == total) {
          break;
        }
        active = total;
        maxOld = Double.POSITIVE_INFINITY;
        continue;
      }
      maxOld = maxNew <= 0 ? Double.POSITIVE_INFINITY : maxNew;
    }
    return w;
  }

  private static boolean contains(int[] sortedOrSmall, int v) {
    for (int x : sortedOrSmall) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
