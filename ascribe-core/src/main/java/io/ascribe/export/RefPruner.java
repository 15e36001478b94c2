package io.ascribe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Removes dangling references from a set of STIX objects: an object whose single {@code *_ref}
 * points outside the set goes; missing entries of a {@code *_refs} list are dropped, and an
 * object whose {@code object_refs} become empty goes. Repeats until nothing changes, since
 * removing one object can leave another dangling. Marking references are not checked: the
 * bundle builder adds the definitions itself.
 */
final class RefPruner {
  private RefPruner() {}

  static void prune(Map<String, ObjectNode> objects) {
    boolean changed = true;
    while (changed) {
      changed = false;
      Iterator<Map.Entry<String, ObjectNode>> it = objects.entrySet().iterator();
      while (it.hasNext()) {
        ObjectNode o = it.next().getValue();
        if (!keep(o, objects)) {
          it.remove();
          changed = true;
        }
      }
    }
  }

  /** Drops missing list entries of {@code o}; false when {@code o} itself must go. */
  private static boolean keep(ObjectNode o, Map<String, ObjectNode> objects) {
    List<String> emptied = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : o.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals("object_marking_refs")) {
        continue;
      }
      if (name.endsWith("_ref") && value.isTextual() && !objects.containsKey(value.asText())) {
        return false;
      }
      if (name.endsWith("_refs") && value.isArray()) {
        ArrayNode refs = (ArrayNode) value;
        for (int i = refs.size() - 1; i >= 0; i--) {
          if (!objects.containsKey(refs.get(i).asText())) {
            refs.remove(i);
          }
        }
        if (refs.isEmpty()) {
          if (name.equals("object_refs")) {
            return false;
          }
          emptied.add(name);
        }
      }
    }
    emptied.forEach(o::remove);
    return true;
  }
}
