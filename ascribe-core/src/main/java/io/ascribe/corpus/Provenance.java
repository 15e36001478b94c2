package io.ascribe.corpus;

/**
 * Where a corpus link comes from.
 *
 * @param document the document's key (its SHA-256)
 * @param title the document's title, or null
 * @param date the document's date (ISO, yyyy or yyyy-mm[-dd]), or null
 * @param claimant who ties the document to the actor: the claim's claimant, the publisher, or
 *     "analyst" for a declared actor; null when unknown
 * @param basis why the document is tied to the actor
 * @param confidence how sure the link is, in (0, 1]
 */
public record Provenance(
    String document, String title, String date, String claimant, LinkBasis basis, double confidence) {

  public Provenance {
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
    }
  }
}
