package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The temperature per amount of evidence: how it is looked up, fitted and applied. */
class CalibrationTest {
  private static final long SEED = 0x15CA1B;

  private static final Calibration.Kind TECHNIQUES = Calibration.Kind.TECHNIQUES;
  private static final Calibration.Kind SOFTWARE = Calibration.Kind.SOFTWARE;
  private static final Calibration.Kind EXCLUSIVE = Calibration.Kind.EXCLUSIVE_SOFTWARE;

  @Test
  void temperature_lastEntryHoldsForLargerCounts_andEachKindHasItsOwn() {
    Calibration c = new Calibration(new double[] {1.0, 0.2, 0.4, 1.0}, new double[] {1.0, 0.5, 0.7, 1.0},
        new double[] {1.0, 2.0, 1.0});
    assertThat(c.temperature(new Calibration.Amount(1, TECHNIQUES))).isEqualTo(0.2);
    assertThat(c.temperature(new Calibration.Amount(2, SOFTWARE))).isEqualTo(0.7);
    assertThat(c.temperature(new Calibration.Amount(1, EXCLUSIVE))).isEqualTo(2.0);
    assertThat(c.temperature(new Calibration.Amount(3, TECHNIQUES))).isEqualTo(1.0);
    assertThat(c.temperature(new Calibration.Amount(40, SOFTWARE))).isEqualTo(1.0);
    assertThat(c.temperature(new Calibration.Amount(0, TECHNIQUES))).isEqualTo(1.0);
    assertThat(Calibration.identity().temperature(new Calibration.Amount(1, EXCLUSIVE))).isEqualTo(1.0);
  }

  @Test
  void constructor_nonPositiveTemperature_namesTheEntry() {
    double[] one = {1.0};
    assertThatThrownBy(() -> new Calibration(new double[] {1.0, 0.0}, one, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("temperatures[1] must be positive and finite, got 0.0");
    assertThatThrownBy(() -> new Calibration(one, new double[] {Double.NaN}, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("softwareTemperatures[0] must be positive and finite, got NaN");
    assertThatThrownBy(() -> new Calibration(one, one, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exclusiveTemperatures needs at least one temperature");
    assertThatThrownBy(() -> new Calibration(new double[0], one, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("temperatures needs at least one temperature");
  }

  @Test
  void amount_badCounts_areRejected() {
    assertThatThrownBy(() -> new Calibration.Amount(-1, TECHNIQUES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("items must be >= 0, got -1");
    assertThatThrownBy(() -> new Calibration.Amount(0, SOFTWARE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("evidence with software has at least one item");
  }

  /**
   * Cases whose truth is drawn from softmax(t* u): the maximum-likelihood temperature recovers t*,
   * for sharp and flat truths alike.
   */
  @Test
  void temperature_casesDrawnAtKnownTemperature_recoversIt() {
    for (double truth : new double[] {0.25, 0.6, 1.0, 2.5}) {
      List<Calibration.Sample> samples = drawn(new Random(SEED), truth, 3000, 1, TECHNIQUES);
      assertThat(Calibration.temperature(samples)).as("t* = %s, seed 0x%X", truth, SEED).isCloseTo(truth, within(0.12 * truth));
    }
  }

  @Test
  void fit_perAmount_fitsEachBucketAndKeepsDenseAtOne() {
    Random random = new Random(SEED);
    List<Calibration.Sample> samples = new ArrayList<>();
    samples.addAll(drawn(random, 0.3, 2000, 1, TECHNIQUES));
    samples.addAll(drawn(random, 0.8, 2000, 1, SOFTWARE));
    samples.addAll(drawn(random, 1.6, 2000, 1, EXCLUSIVE));
    samples.addAll(drawn(random, 0.5, 2000, 2, TECHNIQUES));
    samples.addAll(drawn(random, 3.0, 500, 7, TECHNIQUES)); // dense: never refitted
    Calibration c = Calibration.fit(samples, 5);
    assertThat(c.temperature(new Calibration.Amount(1, TECHNIQUES))).isCloseTo(0.3, within(0.06));
    assertThat(c.temperature(new Calibration.Amount(1, SOFTWARE))).isCloseTo(0.8, within(0.12));
    assertThat(c.temperature(new Calibration.Amount(1, EXCLUSIVE))).isCloseTo(1.6, within(0.25));
    assertThat(c.temperature(new Calibration.Amount(2, TECHNIQUES))).isCloseTo(0.5, within(0.08));
    // 2 items with software: no samples of that kind, so the count's pooled fit
    assertThat(c.temperature(new Calibration.Amount(2, SOFTWARE))).isEqualTo(c.temperature(new Calibration.Amount(2, TECHNIQUES)));
    // 3 and 4 items: no samples at all
    assertThat(c.temperature(new Calibration.Amount(3, TECHNIQUES))).isEqualTo(1.0);
    assertThat(c.temperature(new Calibration.Amount(7, TECHNIQUES))).isEqualTo(1.0);
    assertThat(c.temperature(new Calibration.Amount(0, TECHNIQUES))).isEqualTo(1.0);
    assertThatThrownBy(() -> Calibration.fit(samples, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dense must be >= 2, got 1");
  }

  @Test
  void temperature_excludedActor_isIgnored() {
    double[] u = {2.0, Double.NEGATIVE_INFINITY, 0.5, 1.0};
    List<Calibration.Sample> samples = List.of(new Calibration.Sample(new Calibration.Amount(1, TECHNIQUES), u, 0, 1.0),
        new Calibration.Sample(new Calibration.Amount(1, TECHNIQUES), u, 2, 1.0));
    double t = Calibration.temperature(samples);
    assertThat(Double.isFinite(t)).isTrue();
    assertThat(Calibration.slope(samples, t)).isCloseTo(0, within(1e-6));
  }

  /** A temperature rescales utilities, so the order of the hypotheses stays and the probabilities still sum to 1. */
  @Test
  void probabilities_anyTemperature_keepOrderAndSumToOne() {
    Random random = new Random(SEED);
    for (int iter = 0; iter < 200; iter++) {
      double[] theta = new double[SimilarityModel.SIZE];
      for (int d = 0; d < theta.length; d++) {
        theta[d] = random.nextGaussian();
      }
      double[][] x = new double[6][SimilarityModel.SIZE];
      for (double[] row : x) {
        for (int d = 0; d < row.length; d++) {
          row[d] = random.nextDouble();
        }
      }
      Ranker ranker = new Ranker(theta, random.nextGaussian());
      double t = 0.05 + 3 * random.nextDouble();
      double[] p = ranker.probabilitiesAt(x, null, -1, t);
      double[] q = ranker.probabilitiesAt(x, null, -1, 1.0);
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        sum += p[i];
        for (int j = 0; j < p.length; j++) {
          assertThat(Math.signum(p[i] - p[j])).as("seed 0x%X iteration %d", SEED, iter).isEqualTo(Math.signum(q[i] - q[j]));
        }
      }
      assertThat(sum).isCloseTo(1.0, within(1e-9));
      double maxP = java.util.Arrays.stream(p).max().orElseThrow();
      double maxQ = java.util.Arrays.stream(q).max().orElseThrow();
      assertThat(t < 1 ? maxP <= maxQ + 1e-12 : maxP >= maxQ - 1e-12).as("a temperature below 1 flattens").isTrue();
    }
  }

  @Test
  void ranker_twoArgumentConstructor_isUncalibrated() {
    Ranker r = new Ranker(new double[SimilarityModel.SIZE], 0.5);
    assertThat(r.calibration()).isEqualTo(Calibration.identity());
    double[] theta = r.with(new Calibration(new double[] {1, 0.5}, new double[] {1}, new double[] {1}))
        .theta(new Calibration.Amount(3, TECHNIQUES));
    assertThat(theta).containsOnly(0.0);
  }

  @Test
  void sparse_everyCase_cutToOneToFourItems_withASoftwareDrawWhenItNamesOne() {
    TrainingCases.Case withTool = new TrainingCases.Case(3, "report A",
        List.of("t:T1", "t:T2", "t:T3", "t:T4", "s:S1", "t:T5"), f -> true, java.util.Set.of("report A"));
    TrainingCases.Case techniques = new TrainingCases.Case(4, "report B",
        List.of("t:T1", "t:T2", "t:T3", "t:T4", "t:T5"), f -> true, java.util.Set.of("report B"));
    List<TrainingCases.Case> sparse = TrainingCases.sparse(List.of(withTool, techniques), SEED);
    // four uniform draws each, and four more keeping the software for the case that names one
    assertThat(sparse).hasSize(12);
    assertThat(sparse.stream().filter(c -> c.actor() == 3)).hasSize(8);
    for (TrainingCases.Case c : sparse) {
      TrainingCases.Case parent = c.actor() == 3 ? withTool : techniques;
      assertThat(parent.evidence()).containsAll(c.evidence());
      assertThat(c.evidence()).doesNotHaveDuplicates().hasSizeBetween(1, TrainingCases.MIN_USES - 1);
      assertThat(c.excluded()).isEqualTo(parent.excluded());
    }
    long softwareDraws = sparse.stream().filter(c -> c.actor() == 3 && c.evidence().contains("s:S1")).count();
    assertThat(softwareDraws).isGreaterThanOrEqualTo(4);
    assertThat(TrainingCases.sparse(List.of(withTool, techniques), SEED).stream().map(TrainingCases.Case::evidence).toList())
        .as("seeded").isEqualTo(sparse.stream().map(TrainingCases.Case::evidence).toList());
  }

  /** {@code n} cases of 20 hypotheses with random utilities, the truth drawn from softmax(t u). */
  private static List<Calibration.Sample> drawn(Random random, double t, int n, int items, Calibration.Kind kind) {
    List<Calibration.Sample> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      double[] u = new double[20];
      for (int i = 0; i < u.length; i++) {
        u[i] = 3 * random.nextGaussian();
      }
      double[] p = new double[u.length];
      double z = 0;
      for (int i = 0; i < u.length; i++) {
        p[i] = Math.exp(t * u[i]);
        z += p[i];
      }
      double r = random.nextDouble() * z;
      int truth = 0;
      while (truth < u.length - 1 && r > p[truth]) {
        r -= p[truth++];
      }
      out.add(new Calibration.Sample(new Calibration.Amount(items, kind), u, truth, 1.0));
    }
    return out;
  }
}
