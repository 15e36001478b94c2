package io.ascribe.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Profiles built from the fixtures: citations, sponsor claims, targets, hierarchy, dates. */
class ProfileBuilderTest {
  private static ProfileBuilder profiles;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph g = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(g);
    profiles = new ProfileBuilder(g, linker.linkActors(), linker.linkSoftware());
  }

  private static Profiles.Actor alpha() {
    return profiles.actors().stream().filter(a -> "G9001".equals(a.attackId())).findFirst().orElseThrow();
  }

  @Test
  void actor_techniqueUsage_countsDistinctCitations() {
    Profiles.Usage greenTea = alpha().techniques().get(0);
    assertThat(greenTea.attackId()).isEqualTo("T9001.001");
    assertThat(greenTea.citations()).isEqualTo(2);
    assertThat(greenTea.citedBy()).containsExactly("Vendor A 2021", "Vendor B 2023");
    assertThat(alpha().software()).extracting(Profiles.Usage::attackId).containsExactly("S9001");
  }

  @Test
  void actor_sponsorClaims_comeFromMispWithClaimantAndConfidence() {
    assertThat(alpha().sponsorClaims())
        .extracting(Profiles.SponsorClaim::country, Profiles.SponsorClaim::basis, Profiles.SponsorClaim::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CN", "meta.country", 50),
            org.assertj.core.groups.Tuple.tuple("CN", "cfr-suspected-state-sponsor", 50));
    assertThat(alpha().sponsorClaims().get(0).claimant()).contains("MISP galaxy threat-actor");
  }

  @Test
  void actor_targets_mapCountriesToIsoAndKeepNonCountries() {
    assertThat(alpha().targetedCountries()).extracting(Profiles.Target::code).containsExactly("US", "TW", null);
    assertThat(alpha().targetedSectors()).extracting(Profiles.Target::name).containsExactly("Government", "Telecommunications");
  }

  @Test
  void actor_activity_fromCampaignsAndCitationDates() {
    assertThat(alpha().campaigns()).extracting(Profiles.Campaign::attackId).containsExactly("C9001");
    assertThat(alpha().firstSeen()).isEqualTo("2021-02-01");
    assertThat(alpha().lastSeen()).isEqualTo("2021-06-30");
    assertThat(alpha().firstReported()).isEqualTo("2021-03-03");
    assertThat(alpha().lastReported()).isEqualTo("2023-07-09");
  }

  @Test
  void technique_subtechnique_knowsParentAndUsers() {
    Profiles.Technique green = profiles.techniques().stream().filter(t -> "T9001.001".equals(t.attackId())).findFirst().orElseThrow();
    assertThat(green.parent().attackId()).isEqualTo("T9001");
    assertThat(green.usedByActors()).extracting(Profiles.Usage::name).containsExactly("Alpha Panda");
    Profiles.Technique brewing = profiles.techniques().stream().filter(t -> "T9001".equals(t.attackId())).findFirst().orElseThrow();
    assertThat(brewing.subtechniques()).extracting(Profiles.Usage::attackId).containsExactly("T9001.001");
  }

  @Test
  void citationDates_parsesFullPartialAndMissingDates() {
    assertThat(CitationDates.parse("X. (2023, May 24). T.")).isEqualTo("2023-05-24");
    assertThat(CitationDates.parse("X. (2022, January). T.")).isEqualTo("2022-01");
    assertThat(CitationDates.parse("X. (2019). T.")).isEqualTo("2019");
    assertThat(CitationDates.parse("X. (n.d.). T.")).isNull();
  }
}
