package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ascribe.extract.claim.ClaimType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LinearScorer}: logistic probability of weighted features, its threshold, explanations and JSON form. */
class LinearScorerTest {
  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void probability_knownWeights_isTheSigmoidOfTheWeightedSum() {
    LinearScorer scorer = new LinearScorer(Map.of("a", 2.0, "b", -1.0), 0.5);

    // z = 2 * 1 + (-1) * 0.5 = 1.5; "unknown" has no weight
    double p = scorer.probability(Map.of("a", 1.0, "b", 0.5, "unknown", 7.0));

    assertThat(p).isCloseTo(0.8175744761936437, within(1e-12));
  }

  @Test
  void probability_noKnownFeature_isOneHalf() {
    LinearScorer scorer = new LinearScorer(Map.of("a", 3.0), 0.5);

    assertThat(scorer.probability(Map.of())).isEqualTo(0.5);
    assertThat(scorer.probability(Map.of("other", 1.0))).isEqualTo(0.5);
  }

  @Test
  void probability_negativeSum_belowOneHalfSymmetrically() {
    LinearScorer scorer = new LinearScorer(Map.of("a", 1.0), 0.5);

    double up = scorer.probability(Map.of("a", 2.0));
    double down = scorer.probability(Map.of("a", -2.0));

    assertThat(up + down).isCloseTo(1.0, within(1e-12));
    assertThat(down).isLessThan(0.5);
  }

  @Test
  void accepts_probabilityExactlyAtThreshold_accepted() {
    Map<String, Double> even = Map.of("a", 0.0); // probability exactly 0.5

    assertThat(new LinearScorer(Map.of("a", 1.0), 0.5).accepts(even)).isTrue();
    assertThat(new LinearScorer(Map.of("a", 1.0), Math.nextUp(0.5)).accepts(even)).isFalse();
  }

  @Test
  void accepts_aboveAndBelowThreshold() {
    LinearScorer scorer = new LinearScorer(Map.of("a", 1.0), 0.7);

    assertThat(scorer.accepts(Map.of("a", 1.0))).isTrue(); // 0.731
    assertThat(scorer.accepts(Map.of("a", 0.5))).isFalse(); // 0.622
  }

  @Test
  void explain_contributionsLargestFirst_unknownAndZeroSkipped() {
    LinearScorer scorer = new LinearScorer(Map.of("small", 0.5, "negative", -3.0, "doubled", 1.0, "off", 2.0), 0.5);
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("small", 1.0);
    features.put("doubled", 2.0);
    features.put("unknown", 5.0);
    features.put("off", 0.0);
    features.put("negative", 1.0);

    assertThat(scorer.explain(features)).containsExactly(new LinearScorer.Contribution("negative", -3.0),
        new LinearScorer.Contribution("doubled", 2.0), new LinearScorer.Contribution("small", 0.5));
  }

  @Test
  void explain_contributionsAddUpToTheLogOdds() {
    LinearScorer scorer = new LinearScorer(Map.of("a", 0.7, "b", -0.2, "c", 1.3), 0.5);
    Map<String, Double> features = Map.of("a", 1.0, "b", 2.0, "c", 0.5, "d", 1.0);

    double z = scorer.explain(features).stream().mapToDouble(LinearScorer.Contribution::value).sum();

    assertThat(1 / (1 + Math.exp(-z))).isCloseTo(scorer.probability(features), within(1e-12));
  }

  @Test
  void toJson_read_roundTripGivesTheSameScorer() throws IOException {
    LinearScorer scorer = new LinearScorer(Map.of("zeta", 0.25, "alpha", -1.5, "mid", 2.123456), 0.37);

    LinearScorer read = LinearScorer.read(utf8(scorer.toJson()));

    assertThat(read).isEqualTo(scorer);
    assertThat(read.toJson()).isEqualTo(scorer.toJson());
  }

  @Test
  void toJson_read_typeThresholdsRoundTripAndOthersFallBackToTheOne() throws IOException {
    LinearScorer scorer = new LinearScorer(Map.of("a", 1.0), 0.3, Map.of("denial", 0.55, "counter_accusation", 0.4));

    LinearScorer read = LinearScorer.read(utf8(scorer.toJson()));

    assertThat(read).isEqualTo(scorer);
    assertThat(read.threshold("denial")).isEqualTo(0.55);
    assertThat(read.threshold("attribution")).isEqualTo(0.3);
  }

  @Test
  void toJson_weightsInNameOrderRoundedToSixDecimals() throws IOException {
    String json = new LinearScorer(Map.of("b", 0.1234567, "a", 1.0), 0.5).toJson();

    assertThat(json.indexOf("\"a\"")).isPositive().isLessThan(json.indexOf("\"b\""));
    assertThat(json).endsWith("\n");
    assertThat(LinearScorer.read(utf8(json)).weights()).containsEntry("b", 0.123457).containsEntry("a", 1.0);
  }

  @Test
  void read_withoutWeights_failsWithIOException() {
    assertThatThrownBy(() -> LinearScorer.read(utf8("{\"threshold\": 0.5}"))).isInstanceOf(IOException.class)
        .hasMessageContaining("weights");
  }

  @Test
  void read_withoutThreshold_failsWithIOException() {
    assertThatThrownBy(() -> LinearScorer.read(utf8("{\"weights\": {\"a\": 1}}"))).isInstanceOf(IOException.class);
  }

  @Test
  void read_notJson_failsWithIOException() {
    assertThatThrownBy(() -> LinearScorer.read(utf8("weights: a=1"))).isInstanceOf(IOException.class);
  }

  @Test
  void bundled_loadsTypedWeightsAndAThreshold() throws IOException {
    LinearScorer scorer = LinearScorer.bundled();

    assertThat(scorer.threshold()).isStrictlyBetween(0.0, 1.0);
    assertThat(scorer.weights()).isNotEmpty();
    assertThat(scorer.weights().keySet()).allSatisfy(name -> assertThat(Arrays.stream(ClaimType.values())
        .anyMatch(t -> name.startsWith(t.id() + ":"))).as(name).isTrue());
    try (InputStream in = LinearScorer.class.getResourceAsStream(LinearScorer.RESOURCE)) {
      assertThat(scorer.toJson()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
