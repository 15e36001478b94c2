package io.ascribe.spark.dedupe;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of links between documents, by union-find over their sha256: each
 * component's root is its smallest sha256, whatever the order of the links. Holds only the
 * documents that appear in a link.
 */
final class Components {
  private final Map<String, String> parent = new HashMap<>();

  /** Links {@code a} and {@code b}. */
  void link(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    int order = ra.compareTo(rb);
    if (order < 0) {
      parent.put(rb, ra);
    } else if (order > 0) {
      parent.put(ra, rb);
    }
  }

  /** Every linked document and the root (smallest sha256) of its component. */
  Map<String, String> roots() {
    Map<String, String> out = new HashMap<>();
    for (String member : parent.keySet()) {
      out.put(member, root(member));
    }
    return out;
  }

  private String root(String member) {
    String p = parent.putIfAbsent(member, member);
    if (p == null || p.equals(member)) {
      return member;
    }
    // halve the path on the way up: each node visited now points to its grandparent
    String node = member;
    while (true) {
      String up = parent.get(node);
      if (up.equals(node)) {
        return node;
      }
      String upper = parent.get(up);
      parent.put(node, upper);
      node = upper;
    }
  }
}
