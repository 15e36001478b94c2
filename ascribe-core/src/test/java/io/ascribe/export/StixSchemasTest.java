package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The schema helper itself: it accepts OASIS's own example and rejects a broken object. */
class StixSchemasTest {

  @Test
  void problems_oasisExampleBundle_none() throws Exception {
    StixSchemas schemas = StixSchemas.load();
    JsonNode example = new ObjectMapper().readTree(
        SharedData.require("stix2-json-schemas/examples/threat-reports/apt1.json").toFile());
    assertThat(schemas.problems(example)).isEmpty();
  }

  @Test
  void problems_intrusionSetWithoutName_reported() throws Exception {
    StixSchemas schemas = StixSchemas.load();
    ObjectNode bundle = (ObjectNode) new ObjectMapper().readTree("""
        {"type":"bundle","id":"bundle--0b3e9e33-3a1e-5c2e-9a1e-000000000001","objects":[
          {"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--0b3e9e33-3a1e-5c2e-9a1e-000000000002",
           "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}]}""");
    assertThat(schemas.problems(bundle)).anyMatch(p -> p.contains("intrusion-set--") && p.contains("name"));
  }

  @Test
  void addedToBundle_oasisBundleSchema_listsTheSdosItOmits() {
    assertThat(StixSchemas.load().addedToBundle())
        .contains("../sdos/location.json", "../sdos/note.json", "../sdos/opinion.json");
  }

  @Test
  void problems_externalReferenceUrlNotAUri_reported() throws Exception {
    StixSchemas schemas = StixSchemas.load();
    ObjectNode bundle = (ObjectNode) new ObjectMapper().readTree("""
        {"type":"bundle","id":"bundle--0b3e9e33-3a1e-5c2e-9a1e-000000000001","objects":[
          {"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--0b3e9e33-3a1e-5c2e-9a1e-000000000002",
           "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"X",
           "external_references":[{"source_name":"s","url":"not a uri"}]}]}""");
    assertThat(schemas.problems(bundle)).anyMatch(p -> p.contains("uri"));
  }
}
