package io.ascribe.alias;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.FixtureGraphs;
import io.ascribe.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alias linking on the hand-written fixtures: one-hop linking, provenance, no transitive collapse. */
class EntityLinkerTest {
  private Linking actors;
  private AliasIndex index;

  @BeforeEach
  void link() throws Exception {
    actors = new EntityLinker(FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR)).linkActors();
    index = actors.index();
  }

  private String resolvedName(String query) {
    return index.lookup(query).resolved().map(c -> actors.entity(c.entityKey()).name()).orElse(null);
  }

  @Test
  void linkActors_mispClusterWithSameName_joinsAttackGroup() {
    assertThat(resolvedName("Storm-9001")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("Jasmine Typhoon")).isEqualTo("Alpha Panda");
    CanonicalEntity alpha = actors.entity("intrusion-set--00000000-0000-4000-8000-000000000101");
    assertThat(alpha.attackId()).isEqualTo("G9001");
    assertThat(alpha.members()).contains("misp:threat-actor:aaaaaaaa-0000-4000-8000-000000000001");
  }

  @Test
  void lookup_normalisesSpacingCaseAndPunctuation() {
    assertThat(resolvedName("alpha panda")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("ALPHA PANDA")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("Alpha-Panda")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("alpha 1")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("g9001")).isEqualTo("Alpha Panda");
  }

  @Test
  void lookup_aliasClaimKeepsSourceVendorAndCitation() {
    AliasLookup storm = index.lookup("Storm-9001");
    AliasClaim claim = storm.candidates().get(0).claims().get(0);
    assertThat(claim.source().source()).isEqualTo("MISP galaxy threat-actor");
    assertThat(claim.source().vendor()).isEqualTo("Microsoft");
    assertThat(claim.source().file()).isEqualTo(Fixtures.MINI_THREAT_ACTOR);
    // the vendor uuid learned from origin:Storm-9001 also names Jasmine Typhoon's vendor
    assertThat(index.lookup("Jasmine Typhoon").candidates().get(0).claims().get(0).source().vendor())
        .isEqualTo("Microsoft");
    AliasClaim attack = index.lookup("ALPHA-1").candidates().get(0).claims().stream()
        .filter(c -> c.source().source().equals("MITRE ATT&CK")).findFirst().orElseThrow();
    assertThat(attack.source().citations()).containsExactly("Vendor A 2021");
  }

  @Test
  void lookup_aliasClaimedByTwoActors_returnsBothCandidatesAndResolvesNeither() {
    AliasLookup grizzly = index.lookup("Grizzly Name");
    assertThat(grizzly.isAmbiguous()).isTrue();
    assertThat(grizzly.resolved()).isEmpty();
    assertThat(grizzly.candidates()).extracting(c -> actors.entity(c.entityKey()).name())
        .containsExactlyInAnyOrder("Beta Bear", "Gamma Bear");
    assertThat(index.ambiguousNames()).contains("grizzlyname");
  }

  @Test
  void linkActors_attackGroupsSharingAMispAlias_stayDistinct() {
    assertThat(actors.memberOf().get("intrusion-set--00000000-0000-4000-8000-000000000102"))
        .isNotEqualTo(actors.memberOf().get("intrusion-set--00000000-0000-4000-8000-000000000103"));
    // Gamma Bear's MISP cluster links by its attack.mitre.org reference, Beta Bear's by its G-id synonym
    assertThat(actors.memberOf().get("misp:threat-actor:aaaaaaaa-0000-4000-8000-000000000002"))
        .isEqualTo("intrusion-set--00000000-0000-4000-8000-000000000102");
    assertThat(actors.memberOf().get("misp:threat-actor:aaaaaaaa-0000-4000-8000-000000000003"))
        .isEqualTo("intrusion-set--00000000-0000-4000-8000-000000000103");
  }

  @Test
  void linkActors_clusterMatchingOnlyByOneSynonym_foundsItsOwnActor() {
    // Delta Spider lists Beta Bear's alias "Coffee Bean" once: too weak to merge, so it stands alone
    assertThat(resolvedName("Delta Spider")).isEqualTo("Delta Spider");
    AliasLookup coffee = index.lookup("Coffee Bean");
    assertThat(coffee.candidates()).hasSize(2);
    assertThat(coffee.resolved()).isEmpty();
  }

  @Test
  void linkActors_revokedGroup_joinsItsReplacement() {
    assertThat(resolvedName("Old Alpha")).isEqualTo("Alpha Panda");
    assertThat(resolvedName("G9004")).isEqualTo("Alpha Panda");
  }

  @Test
  void lookup_unknownName_isEmpty() {
    assertThat(index.lookup("Nobody At All").isEmpty()).isTrue();
    assertThat(index.lookup("   ").isEmpty()).isTrue();
  }

  @Test
  void linkSoftware_attackMalwareAliases_resolve() throws Exception {
    Linking sw = new EntityLinker(FixtureGraphs.of(Fixtures.MINI_ATTACK)).linkSoftware();
    assertThat(sw.index().lookup("kettle").resolved()).isPresent();
    assertThat(sw.entities()).extracting(CanonicalEntity::attackId).containsExactlyInAnyOrder("S9001", "S9002");
    assertThat(List.copyOf(sw.index().ambiguousNames())).isEmpty();
  }
}
