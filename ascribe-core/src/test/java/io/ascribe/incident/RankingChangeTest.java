package io.ascribe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.attribution.Attribution;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingChangeTest {
  private static Attribution.Hypothesis h(String actor, double p) {
    return new Attribution.Hypothesis(actor, null, "intrusion-set--" + actor, p, "likely", 50, List.of(), List.of());
  }

  private static Assessment assessment(int n, double unknown, Attribution.Hypothesis... hs) {
    return new Assessment("INC-1", n, Instant.EPOCH, "alice", "kb", 1, new Attribution("INC-1", List.of(hs), unknown, 0,
        new Attribution.FalseFlagSensitivity(List.of(), "x", 0), List.of(), List.of()));
  }

  @Test
  void lists_new_ranks_then_actors_that_dropped_out() {
    RankingChange c = RankingChange.between(assessment(1, 0.3, h("A", 0.5), h("B", 0.2)),
        assessment(2, 0.1, h("B", 0.6), h("C", 0.3)));
    assertThat(c.moves()).extracting(RankingChange.Move::actor).containsExactly("B", "C", "A");
    assertThat(c.moves().get(0).rankBefore()).isEqualTo(2);
    assertThat(c.moves().get(0).rankAfter()).isEqualTo(1);
    assertThat(c.moves().get(0).delta()).isEqualTo(0.4);
    assertThat(c.moves().get(1).rankBefore()).isNull();
    assertThat(c.moves().get(2).rankAfter()).isNull();
    assertThat(c.moves().get(2).delta()).isEqualTo(-0.5);
    assertThat(c.fromAssessment()).isEqualTo(1);
    assertThat(c.unknownAfter()).isEqualTo(0.1);
  }

  @Test
  void item_values_are_checked_and_normalised() {
    assertThat(ItemKind.of("victim-country").normalise(" tw ")).isEqualTo("TW");
    assertThat(ItemKind.UTC_OFFSET.normalise("5.5")).isEqualTo("5.5");
    assertThat(ItemKind.OBSERVED_FROM.normalise("2024-01-10")).isEqualTo("2024-01-10");
    assertThatThrownBy(() -> ItemKind.VICTIM_COUNTRY.normalise("USA")).hasMessageContaining("victim_country");
    assertThatThrownBy(() -> ItemKind.UTC_OFFSET.normalise("+20")).hasMessageContaining("-12..14");
    assertThatThrownBy(() -> ItemKind.OBSERVED_TO.normalise("yesterday")).hasMessageContaining("observed_to");
    assertThatThrownBy(() -> ItemKind.of("colour")).hasMessageContaining("unknown evidence kind");
  }
}
