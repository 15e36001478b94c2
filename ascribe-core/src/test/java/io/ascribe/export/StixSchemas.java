package io.ascribe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ascribe.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The OASIS STIX 2.1 JSON schemas from {@code ../shared/data/stix2-json-schemas} (JSON Schema
 * draft 2020-12), loaded with their {@code $id} URIs mapped to the local files. Tests that use it
 * are skipped, saying why, when the data is absent.
 */
final class StixSchemas {
  /** The prefix of every schema's {@code $id}; relative {@code $ref}s resolve against it. */
  static final String ID_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private final Path root;
  private final JsonSchemaFactory factory;
  private static final String BUNDLE = "common/bundle.json";
  /** Formats ({@code uri} for URLs) are asserted, not only annotated as draft 2020-12 defaults to. */
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private final Map<String, JsonSchema> byPath = new HashMap<>();
  private final List<String> addedToBundle = new ArrayList<>();

  private StixSchemas(Path root) {
    this.root = root;
    String local = root.toUri().toString();
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, local.endsWith("/") ? local : local + "/")));
  }

  /** The schemas; skips the calling test when they are absent. */
  static StixSchemas load() {
    return new StixSchemas(SharedData.require("stix2-json-schemas/schemas"));
  }

  /**
   * Every schema violation of a bundle: the bundle against {@code common/bundle.json}, then each
   * object against the schema of its type (objects of custom types only against the bundle).
   * Each message names the object's id.
   */
  List<String> problems(JsonNode bundle) {
    List<String> out = new ArrayList<>();
    check(schema(BUNDLE), bundle, "bundle " + bundle.path("id").asText(), out);
    for (JsonNode o : bundle.path("objects")) {
      String path = schemaPath(o.path("type").asText());
      if (path != null) {
        check(schema(path), o, o.path("id").asText(), out);
      }
    }
    return out;
  }

  private String schemaPath(String type) {
    for (String folder : List.of("sdos", "sros", "common", "observables")) {
      String p = folder + "/" + type + ".json";
      if (Files.isRegularFile(root.resolve(p))) {
        return p;
      }
    }
    return null;
  }

  private JsonSchema schema(String path) {
    return byPath.computeIfAbsent(path, p -> p.equals(BUNDLE)
        ? factory.getSchema(SchemaLocation.of(ID_PREFIX + p), completedBundleSchema(), CONFIG)
        : factory.getSchema(SchemaLocation.of(ID_PREFIX + p), CONFIG));
  }

  /**
   * {@code common/bundle.json} with a {@code $ref} added to its list of object schemas for every
   * SDO schema it leaves out. The OASIS bundle schema omits grouping, incident, location, note and
   * opinion, and its fallback for custom objects ({@code oneOf} core / cyber-observable core)
   * rejects every SDO, since an SDO satisfies both. So without this no bundle holding an opinion
   * or a location could validate (upstream fixed the same omission for infrastructure once).
   * Each object is still validated against its own type's schema, unchanged.
   */
  private JsonNode completedBundleSchema() {
    try {
      ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(root.resolve(BUNDLE).toFile());
      ArrayNode typed = (ArrayNode) schema.at("/properties/objects/items/anyOf/0/oneOf");
      Set<String> listed = new HashSet<>();
      typed.forEach(ref -> listed.add(ref.path("$ref").asText()));
      try (Stream<Path> sdos = Files.list(root.resolve("sdos"))) {
        sdos.map(f -> "../sdos/" + f.getFileName()).sorted().filter(ref -> !listed.contains(ref)).forEach(ref -> {
          typed.addObject().put("$ref", ref);
          addedToBundle.add(ref);
        });
      }
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(BUNDLE), e);
    }
  }

  /** The SDO schemas {@link #completedBundleSchema()} had to add to the bundle schema. */
  List<String> addedToBundle() {
    schema(BUNDLE);
    return List.copyOf(addedToBundle);
  }

  private static void check(JsonSchema schema, JsonNode node, String what, List<String> out) {
    Set<ValidationMessage> messages = schema.validate(node);
    messages.forEach(m -> out.add(what + ": " + m.getMessage()));
  }
}
