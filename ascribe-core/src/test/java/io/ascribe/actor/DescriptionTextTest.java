package io.ascribe.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionTextTest {
  @Test
  void plain_attackMarkdown_keepsTheWordsDropsLinksAndCitations() {
    String md = "[APT28](https://attack.mitre.org/groups/G0007) is a threat group.(Citation: NSA/FBI Drovorub August 2020)"
        + "(Citation: FireEye APT28) It used [Sandworm Team](https://attack.mitre.org/groups/G0034)  tools.";

    assertThat(DescriptionText.plain(md)).isEqualTo("APT28 is a threat group. It used Sandworm Team tools.");
  }

  @Test
  void plain_textWithoutMarkup_isUnchanged_andBracketsThatAreNoLinksStay() {
    assertThat(DescriptionText.plain("A group [sic] (2019) of note.")).isEqualTo("A group [sic] (2019) of note.");
    assertThat(DescriptionText.plain(null)).isNull();
  }
}
