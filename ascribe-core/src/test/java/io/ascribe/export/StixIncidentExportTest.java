package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.FixtureGraphs;
import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.Tlp;
import io.ascribe.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident and its latest assessment as STIX: marked, linked, schema-valid, and hidden below clearance. */
class StixIncidentExportTest {
  private static final Instant T = Instant.parse("2025-02-01T10:00:00Z");

  static JsonNode bundle(Tlp clearance) throws Exception {
    KnowledgeGraph graph = FixtureGraphs.of(Fixtures.MINI_ATTACK);
    Incident incident = new Incident("INC-7", "Kettle intrusion", "Tea was brewed.", Tlp.AMBER, 4, T, "alice", T,
        List.of(item(ItemKind.TECHNIQUE, "Brewing"), item(ItemKind.SOFTWARE, "KettleRAT"),
            item(ItemKind.INDICATOR, "203.0.113.7"), item(ItemKind.INDICATOR, "evil.example.com"),
            item(ItemKind.INDICATOR, "44d88612fea8a8f36de82e1278abb02f"), item(ItemKind.VICTIM_COUNTRY, "TW"),
            item(ItemKind.LANGUAGE, "zh")),
        List.of(), "Alpha Panda, moderate confidence", null);
    Attribution result = new Attribution("INC-7", List.of(new Attribution.Hypothesis("Alpha Panda", "G9001",
        "intrusion-set--00000000-0000-4000-8000-000000000101", 0.62, "likely", 70, List.of(), List.of())), 0.2, 0.1,
        new Attribution.FalseFlagSensitivity(List.of(), "Alpha Panda", 0), List.of(), List.of());
    StixBundleBuilder b = new StixBundleBuilder(T);
    new IncidentExport(graph).add(b, incident, new Assessment("INC-7", 2, T, "alice", "kb-1", 7, result));
    return b.build(clearance);
  }

  private static EvidenceItem item(ItemKind kind, String value) {
    return new EvidenceItem(kind, value, EvidenceItem.ANALYST, "alice", T);
  }

  @Test
  void the_incident_its_evidence_and_its_assessment_are_linked_and_marked() throws Exception {
    JsonNode b = bundle(Tlp.RED);
    JsonNode incident = StixJson.ofType(b, "incident").get(0);
    assertThat(incident.path("object_marking_refs").get(0).asText()).isEqualTo(Tlp.AMBER.stixMarkingId());
    assertThat(StixJson.ofType(b, "indicator")).extracting(i -> i.path("pattern").asText()).containsExactlyInAnyOrder(
        "[ipv4-addr:value = '203.0.113.7']", "[domain-name:value = 'evil.example.com']",
        "[file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f']");
    JsonNode attribution = StixJson.objects(b, o -> "attributed-to".equals(o.path("relationship_type").asText())).get(0);
    assertThat(attribution.path("source_ref").asText()).isEqualTo(incident.path("id").asText());
    assertThat(attribution.path("confidence").asInt()).isEqualTo(70);
    assertThat(StixJson.named(b, "attack-pattern", "Brewing").has("object_marking_refs")).isFalse();
    assertThat(StixJson.ofType(b, "note").get(0).path("content").asText()).contains("Alpha Panda", "62.0%",
        "Analyst conclusion");
    assertThat(StixJson.ofType(b, "grouping").get(0).path("object_refs")).hasSizeGreaterThan(6);
    assertThat(StixJson.danglingRefs(b)).isEmpty();
  }

  @Test
  void below_the_incidents_marking_nothing_of_it_is_exported() throws Exception {
    JsonNode b = bundle(Tlp.GREEN);
    assertThat(StixJson.ofType(b, "incident")).isEmpty();
    assertThat(StixJson.ofType(b, "indicator")).isEmpty();
    assertThat(StixJson.ofType(b, "note")).isEmpty();
    assertThat(StixJson.ofType(b, "grouping")).isEmpty();
    assertThat(StixJson.danglingRefs(b)).isEmpty();
  }

  @Test
  void the_export_validates_against_the_oasis_schemas() throws Exception {
    assertThat(StixSchemas.load().problems(bundle(Tlp.RED))).isEmpty();
  }

  @Test
  void indicator_values_get_the_pattern_of_their_kind() {
    assertThat(IncidentExport.pattern("https://evil.example.com/x")).isEqualTo("[url:value = 'https://evil.example.com/x']");
    assertThat(IncidentExport.pattern("a@b.example")).isEqualTo("[email-addr:value = 'a@b.example']");
    assertThat(IncidentExport.pattern("2001:db8::1")).isEqualTo("[ipv6-addr:value = '2001:db8::1']");
    assertThat(IncidentExport.pattern("it's.example.com")).isEqualTo("[domain-name:value = 'it\\'s.example.com']");
    assertThat(IncidentExport.pattern("not an indicator")).isNull();
  }
}
