package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.model.Tlp;
import io.ascribe.profile.ProfileBuilder;
import io.ascribe.profile.Profiles;
import io.ascribe.testkit.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundle the export produces validates against the OASIS STIX 2.1 schemas: the bundle
 * against {@code common/bundle.json} and each object against its type's schema. Skipped, saying
 * why, when {@code ../shared/data} is absent.
 */
class StixSchemaValidationTest {
  private static StixSchemas schemas;

  @BeforeAll
  static void load() {
    schemas = StixSchemas.load();
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  void ledger_everyClearance_validates(Tlp clearance) {
    JsonNode bundle = StixFixtures.ledgerBuilder().build(clearance);
    assertThat(schemas.problems(bundle)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  void markingDefinition_everyTlp20Level_validates(Tlp level) {
    StixBundleBuilder b = new StixBundleBuilder(StixFixtures.AS_OF);
    b.object("identity", StixIds.of("identity", "x"), level).put("name", "X");
    JsonNode bundle = b.build(Tlp.RED);
    assertThat(StixJson.ofType(bundle, "marking-definition")).hasSize(1);
    assertThat(schemas.problems(bundle)).isEmpty();
  }

  @Test
  void fixtureActor_withAndWithoutGraph_validates() throws Exception {
    StixActorExportTest.build();
    assertThat(schemas.problems(StixActorExportTest.alphaBundle(null))).isEmpty();
    assertThat(schemas.problems(StixActorExportTest.actorAndLedger())).isEmpty();
  }

  /** ATT&CK 18.1 with the MISP threat-actor galaxy, so sponsor claims are exported too. */
  static final class RealKb {
    static final KnowledgeGraph GRAPH;
    static final Linking ACTORS;
    static final List<Profiles.Actor> PROFILES;

    static {
      try {
        KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
        read(b, SharedData.attack());
        read(b, SharedData.require("misp-galaxy/clusters/threat-actor.json"));
        GRAPH = b.build();
        EntityLinker linker = new EntityLinker(GRAPH);
        ACTORS = linker.linkActors();
        PROFILES = new ProfileBuilder(GRAPH, ACTORS, linker.linkSoftware()).actors();
      } catch (Exception e) {
        throw new IllegalStateException("cannot read the shared knowledge base", e);
      }
    }

    private static void read(KnowledgeGraphBuilder b, Path file) throws Exception {
      try (InputStream in = Files.newInputStream(file)) {
        new KbDocumentReader().read(in, file.toString(), o -> b.add(o, file.toString()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"G0016", "G1017"})
  void attackActor_withSponsorsAndLedger_validates(String attackId) {
    SharedData.attack();
    SharedData.require("misp-galaxy/clusters/threat-actor.json");
    Profiles.Actor actor = RealKb.PROFILES.stream().filter(a -> attackId.equals(a.attackId())).findFirst().orElseThrow();
    StixBundleBuilder b = new StixBundleBuilder(StixFixtures.AS_OF);
    String id = new ActorExport(RealKb.GRAPH).add(b, actor);
    new ClaimLedgerExport(ActorIds.of(RealKb.ACTORS)).add(b, StixFixtures.ledger());
    JsonNode bundle = b.build(Tlp.RED);

    assertThat(schemas.problems(bundle)).isEmpty();
    assertThat(StixJson.danglingRefs(bundle)).isEmpty();
    assertThat(id).isEqualTo(actor.stixId());
    assertThat(StixJson.ofType(bundle, "attack-pattern")).hasSizeGreaterThan(20);
    assertThat(StixJson.objects(bundle, o -> o.path("relationship_type").asText().equals("attributed-to")
        && o.path("source_ref").asText().equals(id))).as("sponsor claims (and, for G1017, the inferred attribution)")
        .isNotEmpty();
  }
}
