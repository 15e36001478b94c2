package io.ascribe.server.taxii;

import io.ascribe.access.Principal;
import io.ascribe.model.Tlp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The collections: one per TLP level, with a fixed UUID (a name-based UUID of the level), holding
 * the objects marked at exactly that level. A caller sees the levels up to its clearance; any
 * other id, including a level above its clearance, is "not found", so a reader cannot even learn
 * which ids exist above it.
 */
final class TaxiiCollections {
  private TaxiiCollections() {}

  static String id(Tlp level) {
    return UUID.nameUUIDFromBytes(("ascribe taxii collection " + level.name()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The levels {@code p} may read, least restrictive first. */
  static List<Tlp> visible(Principal p) {
    List<Tlp> out = new ArrayList<>();
    for (Tlp t : Tlp.values()) {
      if (p.mayRead(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The level of collection {@code id}, when {@code p} may read it; else 404. */
  static Tlp require(String id, Principal p) {
    for (Tlp t : visible(p)) {
      if (id(t).equals(id)) {
        return t;
      }
    }
    throw TaxiiException.notFound("no collection '" + id + "' (or not at a TLP level this token may read)");
  }

  /** The collection resource of {@code level}. */
  static Map<String, Object> resource(Tlp level) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id(level));
    c.put("title", "Ascribe " + level.label());
    c.put("description", "STIX objects marked " + level.label()
        + (level == Tlp.CLEAR ? " or unmarked: the knowledge base (ATT&CK and other imported STIX) and public claims"
            : ": claims from documents marked " + level.label() + " and imported objects carrying that marking"));
    c.put("can_read", true);
    c.put("can_write", false);
    c.put("media_types", List.of(TaxiiMedia.STIX, TaxiiMedia.STIX_20));
    return c;
  }
}
