package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.Tlp;
import io.ascribe.profile.ProfileBuilder;
import io.ascribe.profile.Profiles;
import io.ascribe.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An actor of the fixture knowledge base (ATT&CK plus a MISP cluster) as STIX. */
class StixActorExportTest {
  static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static KnowledgeGraph graph;
  private static Linking actors;
  private static Profiles.Actor alpha;

  @BeforeAll
  static void build() throws Exception {
    graph = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(graph);
    actors = linker.linkActors();
    alpha = new ProfileBuilder(graph, actors, linker.linkSoftware()).actors().stream()
        .filter(a -> "G9001".equals(a.attackId())).findFirst().orElseThrow();
  }

  static JsonNode alphaBundle(KnowledgeGraph g) {
    StixBundleBuilder b = new StixBundleBuilder(StixFixtures.AS_OF);
    new ActorExport(g).add(b, alpha);
    return b.build(Tlp.CLEAR);
  }

  @Test
  void add_attackGroup_keepsAttackIdAliasesAndTheirSources() {
    JsonNode set = StixJson.byId(alphaBundle(graph), ALPHA);
    assertThat(set.path("name").asText()).isEqualTo("Alpha Panda");
    List<String> aliases = new ArrayList<>();
    set.path("aliases").forEach(a -> aliases.add(a.asText()));
    assertThat(aliases).isNotEmpty().doesNotContain("Alpha Panda", "G9001");
    JsonNode sources = set.path("x_ascribe_alias_sources");
    assertThat(sources.size()).isGreaterThanOrEqualTo(aliases.size());
    assertThat(sources.get(0).has("alias")).isTrue();
    assertThat(sources.get(0).has("source")).isTrue();
    assertThat(set.path("external_references").get(0).path("external_id").asText()).isEqualTo("G9001");
    assertThat(set.has("object_marking_refs")).as("knowledge-base data is public").isFalse();
  }

  @Test
  void add_techniquesAndSoftware_attackIdsAndUsesRelationships() {
    JsonNode bundle = alphaBundle(graph);
    JsonNode greenTea = StixJson.byId(bundle, "attack-pattern--00000000-0000-4000-8000-000000000302");
    assertThat(greenTea.path("external_references").get(0).path("external_id").asText()).isEqualTo("T9001.001");
    assertThat(greenTea.path("external_references").get(0).path("url").asText())
        .isEqualTo("https://attack.mitre.org/techniques/T9001/001");
    JsonNode uses = StixJson.byId(bundle, StixIds.of("relationship", "uses", ALPHA, "attack-pattern--00000000-0000-4000-8000-000000000302"));
    assertThat(uses.path("relationship_type").asText()).isEqualTo("uses");
    assertThat(uses.path("source_ref").asText()).isEqualTo(ALPHA);
    JsonNode kettle = StixJson.byId(bundle, "malware--00000000-0000-4000-8000-000000000401");
    assertThat(kettle.path("is_family").asBoolean()).isTrue();
    assertThat(StixJson.byId(bundle, StixIds.of("relationship", "uses", ALPHA, "malware--00000000-0000-4000-8000-000000000401"))).isNotNull();
  }

  @Test
  void add_sponsorClaims_attributedToStateByClaimingSource() {
    JsonNode bundle = alphaBundle(graph);
    List<JsonNode> sponsors = StixJson.objects(bundle, o -> o.path("relationship_type").asText().equals("attributed-to"));
    assertThat(sponsors).hasSize(2);
    for (JsonNode r : sponsors) {
      assertThat(r.path("source_ref").asText()).isEqualTo(ALPHA);
      assertThat(StixJson.byId(bundle, r.path("target_ref").asText()).path("name").asText()).isEqualTo("China");
      assertThat(r.path("confidence").asInt()).isEqualTo(50);
      assertThat(StixJson.byId(bundle, r.path("created_by_ref").asText()).path("type").asText()).isEqualTo("identity");
    }
    assertThat(StixJson.danglingRefs(bundle)).isEmpty();
  }

  @Test
  void add_withoutGraph_sameObjectIds() {
    List<String> withGraph = new ArrayList<>();
    alphaBundle(graph).path("objects").forEach(o -> withGraph.add(o.path("id").asText()));
    List<String> without = new ArrayList<>();
    alphaBundle(null).path("objects").forEach(o -> without.add(o.path("id").asText()));
    assertThat(without).containsExactlyInAnyOrderElementsOf(withGraph);
  }

  @Test
  void claims_actorNamedInClaim_sameIntrusionSetAsProfile() {
    assertThat(ActorIds.of(actors).intrusionSetId("Alpha Panda")).isEqualTo(ALPHA);
    assertThat(ActorIds.of(actors).intrusionSetId("Nobody Known")).isEqualTo(ActorIds.byName().intrusionSetId("nobody known"));
  }

  @Test
  void export_actorAndLedgerTwice_sameJson() {
    String first = actorAndLedger().toString();
    assertThat(actorAndLedger().toString()).isEqualTo(first);
  }

  static JsonNode actorAndLedger() {
    StixBundleBuilder b = new StixBundleBuilder(StixFixtures.AS_OF);
    new ActorExport(graph).add(b, alpha);
    new ClaimLedgerExport(ActorIds.of(actors)).add(b, StixFixtures.ledger());
    return b.build(Tlp.RED);
  }
}
