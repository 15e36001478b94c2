package io.ascribe.server.taxii;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque {@code next} value: the store's sort key of the last record a page returned,
 * base64url-encoded. It carries no filter, so a client repeats its filters with it, as TAXII
 * clients do; a page continues after that position, however much was added meanwhile.
 */
final class TaxiiCursor {
  private static final Pattern KEY = Pattern.compile("\\d{15} \\S{1,400} \\d{19}");

  private TaxiiCursor() {}

  static String encode(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String next) {
    String key;
    try {
      key = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      key = "";
    }
    if (!KEY.matcher(key).matches()) {
      throw TaxiiException.badRequest("next", "next must be a value this server returned in an envelope's 'next', got '"
          + (next.length() > 80 ? next.substring(0, 80) + "..." : next) + "'");
    }
    return key;
  }
}
