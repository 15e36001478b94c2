package io.ascribe.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.entity.KindCues.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link KindCues}: what the words around one mention of "Night Harbor" say it is. */
class KindCuesTest {
  private static final String NAME = "Night Harbor";
  private final KindCues cues = KindCues.load();

  private Kind kindIn(String sentence) {
    int at = sentence.indexOf(NAME);
    return cues.at(sentence, at, at + NAME.length());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
    "The Night Harbor gang leaked the files.                                | GROUP",
    "Investigators blamed a ransomware group known as Night Harbor.          | GROUP",
    "It is a criminal crew that calls itself 'Night Harbor' online.         | GROUP",
    "The breach was attributed to Night Harbor by two vendors.              | GROUP",
    "Night Harbor claimed responsibility on its leak site.                  | GROUP",
    "Night Harbor ransomware encrypted the servers.                         | SOFTWARE",
    "Analysts found a new Night Harbor sample on the host.                  | SOFTWARE",
    "The gang deployed Night Harbor's encryptor overnight.                  | SOFTWARE",
    "The Night Harbor ransomware group hit a hospital.                      | GROUP",
    "A loader fetched Night Harbor, then the crew moved on.                 | SOFTWARE",
    "Night Harbor was seen in March.                                        | none",
    "The operators later dumped LSASS memory with Night Harbor.             | none",
    "Our group met on Monday. Night Harbor was seen in March.               | none"})
  void at_contextCue_decides(String sentence, Kind expected) {
    assertThat(kindIn(sentence.strip())).isEqualTo(expected);
  }

  @Test
  void at_cueBeyondTheWindow_isIgnored() {
    assertThat(kindIn("The group said one two three Night Harbor was seen.")).isNull();
  }

  @Test
  void table_badLine_namesTheLine() {
    assertThatThrownBy(() -> new KindCues(List.of("# comment", "group\tgang", "people\tcrowd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind-cues.tsv line 3: kind must be group or software, got 'people'");
    assertThatThrownBy(() -> new KindCues(List.of("group\tGang")))
        .hasMessage("kind-cues.tsv line 1: expected kind<TAB>lower-case phrase, got 'group\tGang'");
    assertThatThrownBy(() -> new KindCues(List.of("group\tcrew", "software\tcrew")))
        .hasMessage("kind-cues.tsv line 2: 'crew' is listed as both kinds");
  }
}
