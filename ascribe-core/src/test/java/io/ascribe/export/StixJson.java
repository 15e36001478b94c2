package io.ascribe.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Small queries over a built bundle for assertions. */
final class StixJson {
  private StixJson() {}

  static List<JsonNode> objects(JsonNode bundle, Predicate<JsonNode> filter) {
    List<JsonNode> out = new ArrayList<>();
    bundle.path("objects").forEach(o -> {
      if (filter.test(o)) {
        out.add(o);
      }
    });
    return out;
  }

  static List<JsonNode> ofType(JsonNode bundle, String type) {
    return objects(bundle, o -> o.path("type").asText().equals(type));
  }

  static JsonNode byId(JsonNode bundle, String id) {
    return objects(bundle, o -> o.path("id").asText().equals(id)).stream().findFirst().orElse(null);
  }

  static JsonNode named(JsonNode bundle, String type, String name) {
    return objects(bundle, o -> o.path("type").asText().equals(type) && o.path("name").asText().equals(name))
        .stream().findFirst().orElse(null);
  }

  /** Every reference ({@code *_ref}, {@code *_refs}) in the bundle that names no object in it. */
  static List<String> danglingRefs(JsonNode bundle) {
    Set<String> ids = new HashSet<>();
    bundle.path("objects").forEach(o -> ids.add(o.path("id").asText()));
    List<String> out = new ArrayList<>();
    for (JsonNode o : bundle.path("objects")) {
      for (Map.Entry<String, JsonNode> f : o.properties()) {
        if (f.getKey().endsWith("_ref") && !ids.contains(f.getValue().asText())) {
          out.add(o.path("id").asText() + "." + f.getKey() + " -> " + f.getValue().asText());
        }
        if (f.getKey().endsWith("_refs")) {
          f.getValue().forEach(r -> {
            if (!ids.contains(r.asText())) {
              out.add(o.path("id").asText() + "." + f.getKey() + " -> " + r.asText());
            }
          });
        }
      }
    }
    return out;
  }
}
