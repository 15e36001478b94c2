package io.ascribe.alias;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name normalisation used for every alias match. */
class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "APT 29, apt29",
    "APT29, apt29",
    "apt-29, apt29",
    "'  Cozy   Bear ', cozybear",
    "Storm-0391, storm0391",
    "ＡＰＴ２９, apt29",
    "'---', ''"
  })
  void normalize_variants_foldToOneKey(String input, String expected) {
    assertThat(Names.normalize(input)).isEqualTo(expected);
  }
}
