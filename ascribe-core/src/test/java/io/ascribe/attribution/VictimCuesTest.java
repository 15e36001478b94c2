package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading victims out of ATT&CK descriptions with the cue table. */
class VictimCuesTest {
  private static List<String> scan(String text, String... excluded) {
    return VictimCues.get().scan(text, Set.of(excluded)).stream().map(VictimCues.Mention::feature).toList();
  }

  @Test
  void scan_demonymsNamesAndSectorsAfterATargetingWord() {
    assertThat(scan("[Outer Space](https://attack.mitre.org/campaigns/C0042) was a campaign that used a backdoor to "
        + "target Israeli organizations.(Citation: ESET OilRig Campaigns Sep 2023)")).containsExactly("vc:IL");
    assertThat(scan("Cutting Edge targeted the U.S. defense industrial base and telecommunications providers."))
        .containsExactly("vc:US", "vs:defense", "vs:telecommunications");
    assertThat(scan("The group has targeted organizations in South Korea and North Korean defectors."))
        .containsExactly("vc:KR", "vc:KP");
  }

  @Test
  void scan_theActorsOwnOriginIsNotAVictim() {
    assertThat(scan("Threat Group-3390 is a Chinese threat group that has targeted government entities in Taiwan."))
        .containsExactly("vs:government", "vc:TW");
    assertThat(scan("Volt Typhoon is a China-nexus group that has targeted critical infrastructure."))
        .containsExactly("vs:criticalinfrastructure");
    assertThat(scan("The group has targeted Iranian dissidents abroad and Israeli media.", "IR"))
        .as("a claimed sponsor is never a victim").containsExactly("vs:civilsociety", "vc:IL", "vs:media");
  }

  @Test
  void scan_sentencesWithoutATargetingWord_nameNoVictims() {
    assertThat(scan("APT28 is a Russian cyber espionage group attributed to Russia's GRU. It uses X-Agent.")).isEmpty();
    assertThat(scan(null)).isEmpty();
  }

  @Test
  void sector_oneNamePerSectorWhateverTheSpelling() {
    assertThat(VictimCues.get().sector("Finance")).isEqualTo("financial");
    assertThat(VictimCues.get().sector("Banks")).isEqualTo("financial");
    assertThat(VictimCues.get().sector("Government, Administration")).isEqualTo("government");
    assertThat(VictimCues.get().sector("Telecoms")).isEqualTo("telecommunications");
    assertThat(VictimCues.get().sector("Private sector")).isNull();
    assertThat(AttributionCorpus.sectorFeature("Telecomms")).isEqualTo(AttributionCorpus.sectorFeature("Telecommunications"));
    assertThat(AttributionCorpus.sectorFeature("Private sector")).isEqualTo("vs:privatesector");
  }
}
