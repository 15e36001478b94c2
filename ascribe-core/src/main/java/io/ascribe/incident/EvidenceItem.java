package io.ascribe.incident;

import java.time.Instant;

/**
 * One piece of an incident's evidence and where it came from.
 *
 * @param kind what the value is
 * @param value the normalised value (an ATT&CK id or name, a country code, ...)
 * @param source where it came from: {@code document:<sha256>} for an ingested document, else
 *     {@code analyst}
 * @param addedBy who added it
 * @param addedAt when
 */
public record EvidenceItem(ItemKind kind, String value, String source, String addedBy, Instant addedAt) {
  /** The source of items an analyst typed in. */
  public static final String ANALYST = "analyst";

  /** The source of items taken from the document with this SHA-256. */
  public static String fromDocument(String sha256) {
    return "document:" + sha256;
  }
}
