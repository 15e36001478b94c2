package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reliability table, its ECE and the bootstrap interval. */
class ReliabilityTest {
  @Test
  void of_handCountedCases_binsAndEce() {
    // bin 0.9: 0.95 right, 0.95 wrong; bin 0.2: 0.25 wrong, 0.2 right; 1.0 lands in the last bin
    double[] confidence = {0.95, 0.95, 0.25, 0.2, 1.0};
    boolean[] correct = {true, false, false, true, true};
    Reliability r = Reliability.of(confidence, correct, 0, 1);
    assertThat(r.bins()).hasSize(10);
    Reliability.Bin high = r.bins().get(9);
    assertThat(high.cases()).isEqualTo(3);
    assertThat(high.confidence()).isCloseTo((0.95 + 0.95 + 1.0) / 3, within(1e-12));
    assertThat(high.accuracy()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.bins().get(2).cases()).isEqualTo(2);
    assertThat(r.bins().get(5).cases()).isZero();
    assertThat(r.bins().get(5).accuracy()).isNaN();
    // |2 - 2.9| + |1 - 0.45| over 5 cases
    assertThat(r.ece()).isCloseTo((0.9 + 0.55) / 5, within(1e-12));
    assertThat(r.eceLow()).isNaN();
  }

  @Test
  void of_bootstrap_replaysWithItsSeedAndBracketsTheEce() {
    Random random = new Random(7);
    double[] confidence = new double[60];
    boolean[] correct = new boolean[60];
    for (int i = 0; i < confidence.length; i++) {
      confidence[i] = random.nextDouble();
      correct[i] = random.nextDouble() < confidence[i];
    }
    Reliability a = Reliability.of(confidence, correct, 500, 15);
    Reliability b = Reliability.of(confidence, correct, 500, 15);
    assertThat(a).usingRecursiveComparison().isEqualTo(b);
    assertThat(a.resamples()).isEqualTo(500);
    assertThat(a.eceLow()).isLessThanOrEqualTo(a.eceHigh());
    assertThat(a.eceLow()).isLessThan(a.ece() + 0.05);
    assertThat(a.eceHigh()).isGreaterThan(a.ece() - 0.05);
  }

  @Test
  void floor_sureConfidences_isZero_middlingOnesAreNoisy() {
    double[] sure = {1.0, 1.0, 0.0, 0.0};
    assertThat(Reliability.of(sure, new boolean[] {true, true, false, false}, 200, 1).floor()).isZero();
    double[] middling = new double[26];
    java.util.Arrays.fill(middling, 0.45);
    // 26 cases at 0.45: |k - 11.7| / 26 for k ~ Binomial(26, 0.45) has a median near 0.06
    double floor = Reliability.of(middling, new boolean[26], 2000, 1).floor();
    assertThat(floor).isBetween(0.03, 0.1);
  }

  @Test
  void tally_reliability_matchesItsOwnEce() {
    AttributionBenchmark.Tally t = new AttributionBenchmark.Tally();
    t.add(new double[] {0.7, 0.2, 0.1}, 0);
    t.add(new double[] {0.1, 0.6, 0.3}, 0);
    t.add(new double[] {0.05, 0.05, 0.9}, 2);
    assertThat(t.reliability(100, 3).ece()).isCloseTo(t.ece(), within(1e-12));
  }

  @Test
  void of_badInput_saysWhich() {
    assertThatThrownBy(() -> Reliability.of(new double[] {0.5}, new boolean[2], 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("confidence has 1 cases but correct has 2");
    assertThatThrownBy(() -> Reliability.of(new double[] {0.5, 1.5}, new boolean[2], 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("confidence[1] must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> Reliability.of(new double[0], new boolean[0], -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resamples must be >= 0, got -1");
  }
}
