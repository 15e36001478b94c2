package io.ascribe.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between pages, with every variable part percent-encoded. */
final class Urls {
  private Urls() {}

  static String actor(String key) {
    return "/actors/" + segment(key);
  }

  static String incident(String id) {
    return "/incidents/" + segment(id);
  }

  static String document(String sha256) {
    return "/documents/" + segment(sha256);
  }

  static String search(String q, String kind) {
    return "/search?q=" + query(q) + (kind == null ? "" : "&kind=" + query(kind));
  }

  static String claims(String actor) {
    return "/claims?actor=" + query(actor);
  }

  /** The ATT&amp;CK site's page of a technique id such as T1059.001. */
  static String attackTechnique(String id) {
    return "https://attack.mitre.org/techniques/" + segment(id.replace('.', '/')).replace("%2F", "/") + "/";
  }

  /** A query-string value. */
  static String query(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** One path segment: everything but unreserved characters percent-encoded. */
  static String segment(String value) {
    StringBuilder b = new StringBuilder();
    for (byte c : value.getBytes(StandardCharsets.UTF_8)) {
      int u = c & 0xff;
      if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.'
          || u == '~') {
        b.append((char) u);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(u & 15, 16)));
      }
    }
    String s = b.toString();
    return s.equals(".") || s.equals("..") ? s.replace(".", "%2E") : s;
  }
}
