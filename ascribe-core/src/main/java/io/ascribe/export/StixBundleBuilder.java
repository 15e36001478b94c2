package io.ascribe.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.model.Tlp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects STIX 2.1 objects for one bundle: each object once under its id, with the TLP marking
 * of what it was derived from, and builds the bundle a reader with a given clearance may see.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #object} creates an object with {@code type}, {@code spec_version}, {@code id} and
 *       {@code created}/{@code modified} set to the builder's {@code asOf}; callers fill the rest
 *       and may overwrite the timestamps. Asking again for the same id returns the same node (one
 *       id must always describe the same content), and its marking becomes the least restrictive
 *       of the two: what a public source says stays public even when a TLP:RED document repeats
 *       it. A null marking means public and unmarked (knowledge-base data such as ATT&amp;CK).
 *   <li>{@link #build} leaves out every object marked above the clearance, then, until nothing
 *       changes, every object that points at a missing object through a single {@code *_ref}
 *       property, and missing entries of {@code *_refs} lists (an {@code opinion} or {@code note}
 *       whose {@code object_refs} become empty goes too). So nothing in the bundle dangles.
 *   <li>Marked objects carry {@code object_marking_refs} with the TLP 2.0 marking id, and the
 *       bundle starts with the marking definitions of the levels it uses.
 * </ul>
 *
 * <p>Not thread-safe; one builder per export.
 */
public final class StixBundleBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String asOf;
  private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
  private final Map<String, Tlp> markings = new LinkedHashMap<>();

  /**
   * A builder whose objects default to {@code asOf} as their {@code created} and {@code modified}
   * time: pass a time that belongs to the data (e.g. when the knowledge base was imported), not
   * the wall clock, so that the same data always exports to the same JSON.
   */
  public StixBundleBuilder(Instant asOf) {
    this.asOf = StixTimes.format(Objects.requireNonNull(asOf, "asOf"));
  }

  /** The default timestamp of new objects, in STIX form. */
  public String asOf() {
    return asOf;
  }

  /**
   * The object with this id, created if new.
   *
   * @param marking the TLP of what the object is derived from, or null for public, unmarked data
   * @throws IllegalArgumentException when the id does not start with {@code type--}
   */
  public ObjectNode object(String type, String id, Tlp marking) {
    if (id == null || !id.startsWith(type + "--")) {
      throw new IllegalArgumentException("id of a " + type + " must start with '" + type + "--', got '" + id + "'");
    }
    ObjectNode existing = objects.get(id);
    if (existing != null) {
      if (markings.containsKey(id)) {
        Tlp old = markings.get(id);
        if (marking == null || old == null) {
          markings.put(id, null);
        } else if (marking.compareTo(old) < 0) {
          markings.put(id, marking);
        }
      }
      return existing;
    }
    ObjectNode o = JSON.objectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    o.put("created", asOf);
    o.put("modified", asOf);
    objects.put(id, o);
    markings.put(id, marking);
    return o;
  }

  /** A {@code relationship} object ({@link #object} rules apply). */
  public ObjectNode relationship(String id, String relationshipType, String sourceRef, String targetRef, Tlp marking) {
    ObjectNode r = object("relationship", id, marking);
    r.put("relationship_type", relationshipType);
    r.put("source_ref", sourceRef);
    r.put("target_ref", targetRef);
    return r;
  }

  /** True when an object with this id has been added. */
  public boolean contains(String id) {
    return objects.containsKey(id);
  }

  /** How many objects have been added (before any filtering). */
  public int size() {
    return objects.size();
  }

  /**
   * The bundle a reader cleared up to {@code clearance} may see (see the class comment). The
   * builder is left unchanged, so one builder can serve several clearances.
   */
  public ObjectNode build(Tlp clearance) {
    Objects.requireNonNull(clearance, "clearance");
    Map<String, ObjectNode> kept = new LinkedHashMap<>();
    objects.forEach((id, o) -> {
      Tlp m = markings.get(id);
      if (m == null || m.visibleUpTo(clearance)) {
        kept.put(id, o.deepCopy());
      }
    });
    RefPruner.prune(kept);
    Set<Tlp> used = EnumSet.noneOf(Tlp.class);
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode o : kept.values()) {
      Tlp m = markings.get(o.get("id").asText());
      if (m != null) {
        used.add(m);
        o.set("object_marking_refs", JSON.arrayNode().add(m.stixMarkingId()));
      }
      out.add(o);
    }
    ObjectNode bundle = JSON.objectNode();
    bundle.put("type", "bundle");
    List<String> ids = new ArrayList<>();
    ArrayNode array = JSON.arrayNode();
    for (Tlp m : used) {
      ObjectNode d = TlpMarkings.definition(m);
      array.add(d);
      ids.add(d.get("id").asText());
    }
    for (ObjectNode o : out) {
      array.add(o);
      ids.add(o.get("id").asText());
    }
    bundle.put("id", StixIds.of("bundle", String.join(" ", ids)));
    if (!array.isEmpty()) {
      bundle.set("objects", array);
    }
    return bundle;
  }
}
