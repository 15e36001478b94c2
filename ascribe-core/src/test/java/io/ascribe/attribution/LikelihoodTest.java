package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ICD 203 bands and their STIX 2.1 confidence values, at and around the band edges. */
class LikelihoodTest {

  @Test
  void of_bandEdges_fallInTheLowerBand() {
    assertThat(Likelihood.of(0.0)).isEqualTo(Likelihood.ALMOST_NO_CHANCE);
    assertThat(Likelihood.of(0.05)).isEqualTo(Likelihood.ALMOST_NO_CHANCE);
    assertThat(Likelihood.of(0.051)).isEqualTo(Likelihood.VERY_UNLIKELY);
    assertThat(Likelihood.of(0.20)).isEqualTo(Likelihood.VERY_UNLIKELY);
    assertThat(Likelihood.of(0.45)).isEqualTo(Likelihood.UNLIKELY);
    assertThat(Likelihood.of(0.5)).isEqualTo(Likelihood.ROUGHLY_EVEN_CHANCE);
    assertThat(Likelihood.of(0.55)).isEqualTo(Likelihood.ROUGHLY_EVEN_CHANCE);
    assertThat(Likelihood.of(0.8)).isEqualTo(Likelihood.LIKELY);
    assertThat(Likelihood.of(0.81)).isEqualTo(Likelihood.VERY_LIKELY);
    assertThat(Likelihood.of(0.95)).isEqualTo(Likelihood.VERY_LIKELY);
    assertThat(Likelihood.of(0.951)).isEqualTo(Likelihood.ALMOST_CERTAIN);
    assertThat(Likelihood.of(1.0)).isEqualTo(Likelihood.ALMOST_CERTAIN);
  }

  @Test
  void words_bandEdges_readAsIcd203() {
    assertThat(Likelihood.of(0.05).words()).isEqualTo("almost no chance");
    assertThat(Likelihood.of(0.5).words()).isEqualTo("roughly even chance");
    assertThat(Likelihood.of(0.8).words()).isEqualTo("likely");
    assertThat(Likelihood.of(0.81).words()).isEqualTo("very likely");
    assertThat(Likelihood.of(1.0).words()).isEqualTo("almost certain");
  }

  @Test
  void stixConfidence_everyBand_risesWithProbability() {
    assertThat(Likelihood.of(0.05).stixConfidence()).isEqualTo(5);
    assertThat(Likelihood.of(0.5).stixConfidence()).isEqualTo(50);
    assertThat(Likelihood.of(0.8).stixConfidence()).isEqualTo(70);
    assertThat(Likelihood.of(0.81).stixConfidence()).isEqualTo(85);
    assertThat(Likelihood.of(1.0).stixConfidence()).isEqualTo(95);
    int previous = -1;
    for (Likelihood l : Likelihood.values()) {
      assertThat(l.stixConfidence()).as(l.name()).isGreaterThan(previous).isBetween(0, 100);
      previous = l.stixConfidence();
    }
  }

  @Test
  void of_outOfRange_throwsNamingTheValue() {
    assertThatThrownBy(() -> Likelihood.of(1.0000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 1], got 1.0000001");
    assertThatThrownBy(() -> Likelihood.of(-0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 1], got -0.01");
    assertThatThrownBy(() -> Likelihood.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 1], got NaN");
    assertThatThrownBy(() -> Likelihood.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 1], got Infinity");
  }
}
