package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.model.Tlp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Dedup, markings and the clearance filter of the bundle builder. */
class StixBundleBuilderTest {
  private static final Instant AS_OF = Instant.parse("2025-01-15T12:00:00.123456Z");

  @Test
  void object_sameIdTwice_oneObjectWithLeastRestrictiveMarking() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    String id = StixIds.of("identity", "x");
    b.object("identity", id, Tlp.RED).put("name", "X");
    ObjectNode again = b.object("identity", id, Tlp.GREEN);
    assertThat(again.path("name").asText()).isEqualTo("X");
    assertThat(b.size()).isEqualTo(1);
    JsonNode bundle = b.build(Tlp.GREEN);
    assertThat(StixJson.byId(bundle, id).path("object_marking_refs").get(0).asText())
        .isEqualTo(Tlp.GREEN.stixMarkingId());
  }

  @Test
  void object_idOfAnotherType_rejectedWithMessage() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    assertThatThrownBy(() -> b.object("identity", "location--x", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id of a identity must start with 'identity--', got 'location--x'");
  }

  @Test
  void object_defaults_specVersionAndMillisecondTimestamps() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    ObjectNode o = b.object("identity", StixIds.of("identity", "x"), null);
    assertThat(o.path("spec_version").asText()).isEqualTo("2.1");
    assertThat(o.path("created").asText()).isEqualTo("2025-01-15T12:00:00.123Z");
    assertThat(o.path("modified").asText()).isEqualTo("2025-01-15T12:00:00.123Z");
  }

  @Test
  void build_relationshipToHiddenObject_relationshipLeftOut() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    String set = StixIds.of("intrusion-set", "a");
    String secret = StixIds.of("identity", "secret");
    b.object("intrusion-set", set, Tlp.CLEAR).put("name", "A");
    b.object("identity", secret, Tlp.RED).put("name", "Secret");
    String rel = StixIds.of("relationship", "a-secret");
    b.relationship(rel, "attributed-to", set, secret, Tlp.CLEAR);
    String opinion = StixIds.of("opinion", "o");
    ObjectNode o = b.object("opinion", opinion, Tlp.CLEAR);
    o.put("opinion", "disagree");
    o.putArray("object_refs").add(rel);

    JsonNode green = b.build(Tlp.GREEN);
    assertThat(StixJson.byId(green, set)).isNotNull();
    assertThat(StixJson.byId(green, secret)).isNull();
    assertThat(StixJson.byId(green, rel)).as("relationship to a hidden end").isNull();
    assertThat(StixJson.byId(green, opinion)).as("opinion about a hidden relationship").isNull();
    assertThat(StixJson.danglingRefs(green)).isEmpty();

    JsonNode red = b.build(Tlp.RED);
    assertThat(StixJson.byId(red, opinion)).isNotNull();
    assertThat(StixJson.ofType(red, "marking-definition")).extracting(d -> d.path("name").asText())
        .containsExactly("TLP:CLEAR", "TLP:RED");
  }

  @Test
  void build_unmarkedObjects_noMarkingDefinitionsOrRefs() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    b.object("identity", StixIds.of("identity", "x"), null).put("name", "X");
    JsonNode bundle = b.build(Tlp.CLEAR);
    assertThat(StixJson.ofType(bundle, "marking-definition")).isEmpty();
    assertThat(bundle.path("objects").get(0).has("object_marking_refs")).isFalse();
  }

  @Test
  void build_nothingVisible_bundleWithoutObjects() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    b.object("identity", StixIds.of("identity", "x"), Tlp.RED).put("name", "X");
    JsonNode bundle = b.build(Tlp.CLEAR);
    assertThat(bundle.has("objects")).isFalse();
    assertThat(bundle.path("id").asText()).startsWith("bundle--");
  }

  @Test
  void markingDefinition_tlp20Extension_formOfOasisExamples() {
    ObjectNode d = TlpMarkings.definition(Tlp.AMBER_STRICT);
    assertThat(d.path("id").asText()).isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
    assertThat(d.path("name").asText()).isEqualTo("TLP:AMBER+STRICT");
    assertThat(d.path("extensions").path(TlpMarkings.EXTENSION_ID).path("tlp_2_0").asText()).isEqualTo("amber+strict");
    assertThat(d.has("definition_type")).isFalse();
  }
}
