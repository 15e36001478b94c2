package io.ascribe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which software aliases the extractor looks for in prose. */
class SoftwareNamesTest {

  @ParameterizedTest
  @CsvSource({
    // MISP-only families named by one plain word are read in their ordinary sense
    "Phoenix, false, false", "Sanctions, false, false", "template, false, false",
    // state words never, even for ATT&CK software
    "Russian, false, false", "Czech, true, false",
    // distinctive names: several words, digits, inner capitals, all capitals
    "Dark Power, false, true", "LockBit, false, true", "PlugX, false, true", "RA2, false, true", "ZXSHELL, false, true",
    // ATT&CK software keeps its plain names
    "Mimikatz, true, true", "Conti, true, true"})
  void nameable_followsTheRules(String alias, boolean attackSoftware, boolean expected) {
    assertThat(DocumentExtractor.nameable(alias, attackSoftware)).isEqualTo(expected);
  }
}
