package io.ascribe.server.taxii;

import java.util.Locale;

/**
 * TAXII 2.1 media types and the {@code Accept} check: a request is served when it accepts {@code
 * application/taxii+json} (without a version, or version 2.1), {@code application/json}, or a
 * wildcard, or sends no {@code Accept} at all; anything else is 406.
 */
final class TaxiiMedia {
  /** Every TAXII resource, envelope and error is sent as this. */
  static final String TAXII = "application/taxii+json;version=2.1";
  /** STIX 2.1 objects: what Ascribe makes and what current ATT&CK is. */
  static final String STIX = "application/stix+json;version=2.1";
  /** STIX 2.0 objects, which an imported knowledge source may hold. */
  static final String STIX_20 = "application/stix+json;version=2.0";

  private TaxiiMedia() {}

  static boolean acceptable(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      String version = null;
      boolean refused = false;
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        String key = kv[0].strip().toLowerCase(Locale.ROOT);
        String value = kv.length > 1 ? kv[1].strip().replace("\"", "") : "";
        if (key.equals("version")) {
          version = value;
        } else if (key.equals("q") && value.matches("0(\\.0*)?")) {
          refused = true;
        }
      }
      if (refused) {
        continue;
      }
      if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
        return true;
      }
      if (type.equals("application/taxii+json") && (version == null || version.equals("2.1"))) {
        return true;
      }
    }
    return false;
  }
}
