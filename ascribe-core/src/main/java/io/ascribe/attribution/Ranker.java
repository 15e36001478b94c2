package io.ascribe.attribution;

import java.util.List;

/**
 * Weighs each actor's {@link SimilarityModel} features into probabilities over the actors plus
 * "unknown actor": a conditional logit,
 *
 * <pre>
 *   utility(a)       = theta . x(a) + extra(a)
 *   utility(unknown) = unknownUtility
 *   P(h)             = exp(utility(h)) / sum over all hypotheses
 * </pre>
 *
 * where {@code extra} carries evidence kinds the training cases do not have (victims, indicators,
 * activity period, language and time zone), as fixed log-likelihood ratios. Because theta and the
 * unknown utility are fitted by maximum likelihood ({@link #fit}), the probabilities are
 * calibrated on the kind of cases they were fitted on; the benchmark checks this on held-out
 * actors.
 *
 * <p>Those cases are reports with at least five techniques and software. For sparser evidence the
 * {@link Calibration} scales the behaviour utilities (the unknown's included, so the ranking stays)
 * by a temperature fitted on cases with that much evidence: {@code utility(h) = t(n) * theta . x(h)
 * + extra(h)}, with {@code n} the number of technique and software items and their kind
 * (techniques only, software, a tool only one actor uses).
 *
 * @param theta one weight per similarity feature
 * @param unknownUtility the utility of "unknown actor"
 * @param calibration the temperature per amount and kind of technique and software evidence
 */
public record Ranker(double[] theta, double unknownUtility, Calibration calibration) {

  /** A ranker whose probabilities are used as fitted, at every amount of evidence. */
  public Ranker(double[] theta, double unknownUtility) {
    this(theta, unknownUtility, Calibration.identity());
  }

  /** This ranker with {@code calibration} instead of its own. */
  Ranker with(Calibration c) {
    return new Ranker(theta, unknownUtility, c);
  }

  /** The feature weights in force for a case with this amount of technique and software evidence. */
  double[] theta(Calibration.Amount amount) {
    double t = calibration.temperature(amount);
    double[] out = theta.clone();
    for (int d = 0; d < out.length; d++) {
      out[d] *= t;
    }
    return out;
  }

  /** A training case: features of every actor, the true actor (-1: unknown) and an excluded actor (-1: none). */
  record Case(double[][] x, int truth, int excluded) {}

  /**
   * Probabilities for every actor (0 for {@code excluded}) and, last, "unknown actor", for a case
   * with this amount of technique and software evidence (which picks the temperature).
   */
  double[] probabilities(double[][] x, double[] extra, int excluded, Calibration.Amount amount) {
    return probabilitiesAt(x, extra, excluded, calibration.temperature(amount));
  }

  /** Probabilities with the behaviour utilities scaled by {@code temperature}. */
  double[] probabilitiesAt(double[][] x, double[] extra, int excluded, double temperature) {
    int a = x.length;
    double[] u = new double[a + 1];
    double unknown = temperature * unknownUtility;
    double max = unknown;
    for (int i = 0; i < a; i++) {
      if (i == excluded) {
        u[i] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double s = 0;
      for (int d = 0; d < theta.length; d++) {
        s += theta[d] * x[i][d];
      }
      s = temperature * s + (extra == null ? 0 : extra[i]);
      u[i] = s;
      max = Math.max(max, s);
    }
    u[a] = unknown;
    double sum = 0;
    for (int i = 0; i <= a; i++) {
      u[i] = u[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(u[i] - max);
      sum += u[i];
    }
    for (int i = 0; i <= a; i++) {
      u[i] /= sum;
    }
    return u;
  }

  /**
   * Fits weights by maximising the log-likelihood of the truth (unknown-truth cases weighted by
   * {@code unknownWeight}) with a small L2 penalty. Newton's method on standardised features: the
   * problem is concave with {@link SimilarityModel#SIZE} + 1 parameters, so a few steps converge.
   */
  static Ranker fit(List<Case> cases, double unknownWeight) {
    int dims = SimilarityModel.SIZE;
    int p = dims + 1; // the last parameter is the unknown hypothesis's utility
    double[] mean = new double[dims];
    double[] sd = new double[dims];
    long n = 0;
    for (Case c : cases) {
      for (double[] row : c.x()) {
        for (int d = 0; d < dims; d++) {
          mean[d] += row[d];
          sd[d] += row[d] * row[d];
        }
        n++;
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= Math.max(1, n);
      sd[d] = Math.sqrt(Math.max(1e-12, sd[d] / Math.max(1, n) - mean[d] * mean[d]));
    }
    double lambda = 1e-2 * cases.size();
    Standardised data = new Standardised(cases, mean, sd, unknownWeight, lambda);
    double[] w = new double[p];
    Objective current = data.evaluate(w, true);
    for (int iter = 0; iter < 50; iter++) {
      double[] step = solve(current.hessian(), current.gradient());
      double scale = 1;
      Objective next = null;
      for (int halving = 0; halving < 30; halving++) {
        double[] candidate = w.clone();
        for (int d = 0; d < p; d++) {
          candidate[d] += scale * step[d];
        }
        Objective o = data.evaluate(candidate, false);
        if (o.logLikelihood() >= current.logLikelihood()) {
          w = candidate;
          next = o;
          break;
        }
        scale /= 2;
      }
      if (next == null || next.logLikelihood() - current.logLikelihood() < 1e-9 * Math.abs(current.logLikelihood())) {
        break;
      }
      current = data.evaluate(w, true);
    }
    // back to raw feature scale: theta.x - theta.mean/sd is a per-case constant, so it moves into
    // the unknown utility
    double[] theta = new double[dims];
    double shift = 0;
    for (int d = 0; d < dims; d++) {
      theta[d] = w[d] / sd[d];
      shift += w[d] * mean[d] / sd[d];
    }
    return new Ranker(theta, w[dims] + shift);
  }

  /**
   * The behaviour utility of every actor and, last, of "unknown actor" ({@code theta . x}, before
   * any temperature), {@code -infinity} for the excluded actor: what {@link Calibration#fit} scales.
   */
  double[] utilities(double[][] x, int excluded) {
    double[] u = new double[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      if (i == excluded) {
        u[i] = Double.NEGATIVE_INFINITY;
        continue;
      }
      for (int d = 0; d < theta.length; d++) {
        u[i] += theta[d] * x[i][d];
      }
    }
    u[x.length] = unknownUtility;
    return u;
  }

  /** Penalised log-likelihood with, when asked, its gradient and negated Hessian. */
  private record Objective(double logLikelihood, double[] gradient, double[][] hessian) {}

  /** Training cases in standardised coordinates; the unknown hypothesis is the extra dimension. */
  private record Standardised(List<Case> cases, double[] mean, double[] sd, double unknownWeight, double lambda) {

    Objective evaluate(double[] w, boolean derivatives) {
      int dims = mean.length;
      int p = dims + 1;
      double[] grad = new double[p];
      double[][] hess = new double[p][p];
      double ll = 0;
      for (Case c : cases) {
        double weight = c.truth() >= 0 ? 1 : unknownWeight;
        int alternatives = c.x().length + 1;
        double[][] z = new double[alternatives][p];
        double[] u = new double[alternatives];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < alternatives; i++) {
          if (i < c.x().length) {
            if (i == c.excluded()) {
              u[i] = Double.NEGATIVE_INFINITY;
              continue;
            }
            for (int d = 0; d < dims; d++) {
              z[i][d] = (c.x()[i][d] - mean[d]) / sd[d];
            }
          } else {
            z[i][dims] = 1;
          }
          double s = 0;
          for (int d = 0; d < p; d++) {
            s += w[d] * z[i][d];
          }
          u[i] = s;
          max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < alternatives; i++) {
          u[i] = u[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(u[i] - max);
          sum += u[i];
        }
        int truth = c.truth() >= 0 ? c.truth() : alternatives - 1;
        ll += weight * (Math.log(Math.max(u[truth], 1e-300)) - Math.log(sum));
        if (!derivatives) {
          continue;
        }
        double[] zbar = new double[p];
        for (int i = 0; i < alternatives; i++) {
          u[i] /= sum;
          if (u[i] > 0) {
            for (int d = 0; d < p; d++) {
              zbar[d] += u[i] * z[i][d];
            }
          }
        }
        for (int d = 0; d < p; d++) {
          grad[d] += weight * (z[truth][d] - zbar[d]);
        }
        for (int i = 0; i < alternatives; i++) {
          if (u[i] < 1e-12) {
            continue;
          }
          for (int d = 0; d < p; d++) {
            double di = z[i][d] - zbar[d];
            if (di == 0) {
              continue;
            }
            for (int e = 0; e < p; e++) {
              hess[d][e] += weight * u[i] * di * (z[i][e] - zbar[e]);
            }
          }
        }
      }
      for (int d = 0; d < dims; d++) {
        ll -= lambda * w[d] * w[d] / 2;
        grad[d] -= lambda * w[d];
        hess[d][d] += lambda;
      }
      hess[dims][dims] += 1e-9;
      return new Objective(ll, grad, hess);
    }
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is small. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      if (Math.abs(m[col][col]) < 1e-300) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int k = col; k <= n; k++) {
            m[r][k] -= f * m[col][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-300 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
