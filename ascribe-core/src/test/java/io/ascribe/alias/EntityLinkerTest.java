package io.ascribe.alias;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.FixtureGraphs;
import io.ascribe.model.KnowledgeGraphBuilder;
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

  @Test
  void linkActors_umbrellaClusterNamedLikeOneGroup_joinsThatGroup() throws Exception {
    String attack = """
        {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-00000000aa00", "objects": [
         {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--00000000-0000-4000-8000-00000000aa01",
          "created": "2020-01-01T00:00:00Z", "modified": "2020-01-01T00:00:00Z", "name": "Kettle Group",
          "aliases": ["Kettle Group", "Teapot"],
          "external_references": [{"source_name": "mitre-attack", "external_id": "G9101"}]},
         {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--00000000-0000-4000-8000-00000000aa02",
          "created": "2020-01-01T00:00:00Z", "modified": "2020-01-01T00:00:00Z", "name": "Spout Team",
          "aliases": ["Spout Team", "Handle", "Lid", "Saucer"],
          "external_references": [{"source_name": "mitre-attack", "external_id": "G9102"}]}]}
        """;
    String misp = """
        {"name": "Threat Actor", "type": "threat-actor", "uuid": "aaaaaaaa-0000-4000-8000-00000000aa10",
         "source": "MISP Project", "authors": ["test"], "category": "actor", "version": 1, "description": "actors",
         "values": [{"value": "Kettle Group", "uuid": "aaaaaaaa-0000-4000-8000-00000000aa11",
           "meta": {"synonyms": ["Teapot", "G9101", "G9102", "Handle", "Lid", "Saucer"]}}]}
        """;
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    FixtureGraphs.read(b, "attack.json", attack);
    FixtureGraphs.read(b, "threat-actor.json", misp);
    Linking linking = new EntityLinker(b.build()).linkActors();

    // its ids name two groups and its synonyms favour the second; its own name is the first group's
    assertThat(linking.memberOf().get("misp:threat-actor:aaaaaaaa-0000-4000-8000-00000000aa11"))
        .isEqualTo("intrusion-set--00000000-0000-4000-8000-00000000aa01");
    assertThat(linking.index().lookup("Kettle Group").isAmbiguous()).isFalse();
    assertThat(linking.index().lookup("Lid").candidates()).as("the umbrella's wider names stay ambiguous").hasSize(2);
  }
}
