package io.ascribe.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** STIX {@code external_references} entries, kept valid: a name plus a description or a URL. */
final class ExternalRefs {
  private ExternalRefs() {}

  /** A reference, or null when it would have nothing but a name (which STIX does not allow). */
  static ObjectNode of(String sourceName, String url, String description) {
    if (sourceName == null || sourceName.isBlank()) {
      return null;
    }
    ObjectNode ref = JsonNodeFactory.instance.objectNode();
    ref.put("source_name", sourceName);
    if (description != null && !description.isBlank()) {
      ref.put("description", description);
    }
    if (isWebUrl(url)) {
      ref.put("url", url);
    }
    return ref.size() > 1 ? ref : null;
  }

  /** True for an absolute http(s) URL without spaces. */
  static boolean isWebUrl(String s) {
    if (s == null || s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }
}
