package io.ascribe.store.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.model.Tlp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A row of {@code taxii_object} about to be written: one STIX object version, the collection it
 * belongs to and when it was added.
 */
record TaxiiRow(Tlp collection, String id, String type, String version, long versionMicros, Instant dateAdded,
    String specVersion, String json) {

  /** TLP 1.0 marking-definition ids, read as their TLP 2.0 levels. */
  private static final Map<String, Tlp> TLP1 = Map.of(
      "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
      "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
      "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
      "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

  /**
   * The row of {@code object} (parsed from {@code json}) added at {@code added}, in the collection
   * of its most restrictive TLP marking (unmarked objects are CLEAR; a TLP marking definition
   * belongs to its own level).
   */
  static TaxiiRow of(JsonNode object, String json, Instant added) {
    String id = object.path("id").asText(null);
    String type = object.path("type").asText(null);
    if (id == null || type == null) {
      throw new IllegalArgumentException("STIX object without id or type: " + abbreviate(json));
    }
    Instant dateAdded = added.truncatedTo(ChronoUnit.MILLIS);
    String version = text(object, "modified");
    if (version == null) {
      version = text(object, "created");
    }
    Instant versionAt;
    try {
      versionAt = version == null ? dateAdded : Instant.parse(version);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": modified/created is not a timestamp: '" + version + "'", e);
    }
    if (version == null) {
      version = dateAdded.toString();
    }
    String spec = text(object, "spec_version");
    return new TaxiiRow(level(id, type, object), id, type, version, SortKeys.micros(versionAt), dateAdded,
        spec == null ? "2.0" : spec, json);
  }

  /** The most restrictive TLP level among the object's markings, CLEAR when it has none. */
  static Tlp level(String id, String type, JsonNode object) {
    Tlp level = Tlp.CLEAR;
    if (type.equals("marking-definition")) {
      Tlp own = tlpOf(id);
      if (own != null) {
        return own;
      }
    }
    for (JsonNode ref : object.path("object_marking_refs")) {
      Tlp t = tlpOf(ref.asText());
      if (t != null && t.compareTo(level) > 0) {
        level = t;
      }
    }
    return level;
  }

  private static Tlp tlpOf(String markingId) {
    for (Tlp t : Tlp.values()) {
      if (t.stixMarkingId().equals(markingId)) {
        return t;
      }
    }
    return TLP1.get(markingId);
  }

  String sortKey() {
    return SortKeys.of(dateAdded, id, versionMicros);
  }

  /** The primary key: collection, id and version. */
  String key() {
    return collection.name() + ' ' + id + ' ' + versionMicros;
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || !n.isTextual() ? null : n.asText();
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "...";
  }
}
