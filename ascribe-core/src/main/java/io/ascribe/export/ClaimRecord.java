package io.ascribe.export;

import io.ascribe.extract.claim.Claim;
import io.ascribe.model.Tlp;

/**
 * One claim of the ledger with the document it was found in, as the claims export reads it.
 *
 * @param claim the claim as extraction found it
 * @param documentSha256 the document's SHA-256 (lower-case hex), its stable identity
 * @param documentTitle the document's title, or null
 * @param documentSource where the document comes from: its URL, or a source name or file name;
 *     or null
 * @param tlp the document's marking; every object derived from the claim carries it
 */
public record ClaimRecord(Claim claim, String documentSha256, String documentTitle, String documentSource, Tlp tlp) {

  /**
   * @throws IllegalArgumentException naming the missing field
   */
  public ClaimRecord {
    if (claim == null) {
      throw new IllegalArgumentException("claim record: claim is required");
    }
    if (documentSha256 == null || documentSha256.isBlank()) {
      throw new IllegalArgumentException("claim record: documentSha256 is required (the document's identity)");
    }
    if (tlp == null) {
      throw new IllegalArgumentException("claim record for document " + documentSha256
          + ": tlp is required (use Tlp.CLEAR for public documents)");
    }
  }
}
