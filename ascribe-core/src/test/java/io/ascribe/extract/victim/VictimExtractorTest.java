package io.ascribe.extract.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VictimExtractorTest {
  private static final VictimExtractor VICTIMS = VictimExtractor.standard();

  private static List<String> found(String text) {
    return VICTIMS.find(text).stream().map(v -> v.kind().name().charAt(0) + ":" + v.value()).toList();
  }

  @Test
  void find_targetingSectorInCountry_namesBoth() {
    assertThat(found("The group has been targeting government entities in Ukraine since 2014."))
        .containsExactly("S:Government", "C:UA");
  }

  @Test
  void find_attacksOnSector_namesTheSector() {
    assertThat(found("Sandworm is known for attacks on the energy sector.")).containsExactly("S:Energy");
  }

  @Test
  void find_attackerNationalityBeforeActiveCue_isNotAVictim() {
    assertThat(found("Russian hackers targeted Ukrainian ministries and banks."))
        .containsExactly("C:UA", "S:Government", "S:Finance");
  }

  @Test
  void find_passiveCue_looksBeforeItAndStopsAtBy() {
    assertThat(found("Several Polish defense contractors were targeted by a group working from China."))
        .containsExactly("C:PL", "S:Defense");
  }

  @Test
  void find_stopWordEndsTheVictims() {
    assertThat(found("The campaign targeted telecommunications firms in South Korea using malware built in Iran."))
        .containsExactly("S:Telecoms", "C:KR");
  }

  @Test
  void find_noTargetCue_namesNothing() {
    assertThat(found("The Ukrainian government published a report on energy prices in Germany.")).isEmpty();
  }

  @Test
  void find_shortWordsAreNotCountryCodes() {
    assertThat(found("They targeted it in the way we can see; victims in the US and UK lost data."))
        .containsExactly("C:US", "C:GB");
  }

  /** Seen on TRAM2 reports: "C&C" read as the Cocos Islands, "North America" as the US, "social media" as a sector. */
  @Test
  void find_continentsCommandAndControlAndSocialMedia_areNoVictims() {
    assertThat(found("Its targets are in the Middle East and North America; the C&C server was targeted.")).isEmpty();
    assertThat(found("Attacks targeting personal email and social media accounts rose.")).isEmpty();
    assertThat(found("Attacks targeting banks in America rose.")).containsExactly("S:Finance", "C:US");
  }

  @Test
  void find_keepsTheFirstSentenceOfEachVictim() {
    List<Victim> v = VICTIMS.find("Attacks against Israel began in May. Later, attacks against Israel grew.");
    assertThat(v).containsExactly(new Victim(Victim.Kind.COUNTRY, "IL", "Attacks against Israel began in May."));
  }

  @Test
  void inTarget_claimTarget_namesCountryAndSector() {
    assertThat(VICTIMS.inTarget("Ukraine's power grid", "Officials blamed Russia for the attack on Ukraine's power grid."))
        .extracting(v -> v.kind().name().charAt(0) + ":" + v.value())
        .containsExactly("C:UA", "S:Energy");
    assertThat(VICTIMS.inTarget("Germany", null)).extracting(Victim::value).containsExactly("DE");
    assertThat(VICTIMS.inTarget(null, null)).isEmpty();
  }

  @Test
  void read_malformedLine_namesSourceAndLine() {
    String table = "# comment\ntarget\tafter\ttargeting\nsector\tEnergy\n";
    assertThatThrownBy(() -> VictimCues.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t.tsv line 3: expected kind<TAB>value<TAB>phrase");
  }
}
