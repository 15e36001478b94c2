package io.ascribe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final Map<String, JsonSchema> byPath = new HashMap<>();

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
    check(schema("common/bundle.json"), bundle, "bundle " + bundle.path("id").asText(), out);
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
    return byPath.computeIfAbsent(path, p -> factory.getSchema(SchemaLocation.of(ID_PREFIX + p)));
  }

  private static void check(JsonSchema schema, JsonNode node, String what, List<String> out) {
    Set<ValidationMessage> messages = schema.validate(node);
    messages.forEach(m -> out.add(what + ": " + m.getMessage()));
  }
}
