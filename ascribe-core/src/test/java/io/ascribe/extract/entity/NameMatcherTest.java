package io.ascribe.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One-pass name matching: whole words, longest match, case rules, ambiguity kept. */
class NameMatcherTest {
  private final NameMatcher<String> matcher = new NameMatcher<>(Map.of(
      "Volt Typhoon", List.of("G1017"),
      "Volt", List.of("not-an-actor"),
      "BRONZE SILHOUETTE", List.of("G1017"),
      "Gold", List.of("G9999"),
      "Grizzly Steppe", List.of("G0007", "G0016"),
      "APT28", List.of("G0007"),
      "X", List.of("too-short")), 3);

  @Test
  void find_longestWholeWordMatches_inOrder() {
    List<NameMatcher.Match<String>> m = matcher.find("Volt Typhoon (aka Bronze Silhouette) is not APT281 or APT28.");
    assertThat(m).extracting(NameMatcher.Match::text).containsExactly("Volt Typhoon", "Bronze Silhouette", "APT28");
    assertThat(m.get(0).start()).isZero();
    assertThat(m.get(2).values()).containsExactly("G0007");
  }

  @Test
  void find_caseSensitive_ignoresCommonWords() {
    assertThat(matcher.find("They struck gold with the volt meter.")).isEmpty();
    assertThat(matcher.find("Gold attacked.")).extracting(NameMatcher.Match::values).containsExactly(List.of("G9999"));
  }

  @Test
  void find_ambiguousName_keepsEveryCandidate() {
    assertThat(matcher.find("the Grizzly Steppe report").get(0).values()).containsExactly("G0007", "G0016");
  }
}
