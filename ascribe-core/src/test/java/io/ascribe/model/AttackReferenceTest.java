package io.ascribe.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.model.AttackReference.Kind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AttackReference}: the kind an ATT&CK id names and its page on attack.mitre.org. */
class AttackReferenceTest {
  @ParameterizedTest
  @CsvSource({
    "T1059,      TECHNIQUE,  https://attack.mitre.org/techniques/T1059/",
    "T1059.001,  TECHNIQUE,  https://attack.mitre.org/techniques/T1059/001/",
    "TA0001,     TACTIC,     https://attack.mitre.org/tactics/TA0001/",
    "G0096,      GROUP,      https://attack.mitre.org/groups/G0096/",
    "S0154,      SOFTWARE,   https://attack.mitre.org/software/S0154/",
    "C0024,      CAMPAIGN,   https://attack.mitre.org/campaigns/C0024/",
    "M1036,      MITIGATION, https://attack.mitre.org/mitigations/M1036/"})
  void kindOfAndUrl_attackId_namePageOfItsKind(String id, Kind kind, String url) {
    assertThat(AttackReference.kindOf(id)).contains(kind);
    assertThat(new AttackReference(id, kind, null).url()).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource({"t1059", "G0096.001", "X1234", "T123", "CVE-2021-44228", "203.0.113.7", "''"})
  void kindOf_notAnAttackId_isEmpty(String value) {
    assertThat(AttackReference.kindOf(value)).isEqualTo(Optional.empty());
  }
}
