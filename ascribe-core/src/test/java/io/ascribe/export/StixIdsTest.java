package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUIDv5 ids and STIX timestamps. */
class StixIdsTest {

  @Test
  void uuid5_rfcDnsExample_matchesKnownValue() {
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(StixIds.uuid5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  }

  @Test
  void of_sameKeys_sameVersion5Id() {
    String id = StixIds.of("identity", "party", "fbi", "US");
    assertThat(id).isEqualTo(StixIds.of("identity", "party", "fbi", "US")).startsWith("identity--");
    assertThat(UUID.fromString(id.substring("identity--".length())).version()).isEqualTo(5);
  }

  @Test
  void of_partsSplitDifferently_differentIds() {
    assertThat(StixIds.of("note", "a|b", "c")).isNotEqualTo(StixIds.of("note", "a", "b|c"));
  }

  @Test
  void of_badType_rejectedWithMessage() {
    assertThatThrownBy(() -> StixIds.of("Intrusion Set", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STIX type must be lower-case letters, digits and '-', got 'Intrusion Set'");
    assertThatThrownBy(() -> StixIds.of("note"))
        .hasMessage("a STIX id for note needs at least one key part");
  }

  @Test
  void normalize_datesAndTimestamps_millisecondsZ() {
    assertThat(StixTimes.normalize("2024-05-02", null)).isEqualTo("2024-05-02T00:00:00.000Z");
    assertThat(StixTimes.normalize("2024-05", null)).isEqualTo("2024-05-01T00:00:00.000Z");
    assertThat(StixTimes.normalize("2017-05-31T21:31:43.5409Z", null)).isEqualTo("2017-05-31T21:31:43.540Z");
    assertThat(StixTimes.normalize("2017-05-31T21:31:43+02:00", null)).isEqualTo("2017-05-31T19:31:43.000Z");
    assertThat(StixTimes.normalize("last spring", "fallback")).isEqualTo("fallback");
  }
}
