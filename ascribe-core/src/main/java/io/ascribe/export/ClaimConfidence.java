package io.ascribe.export;

import io.ascribe.extract.claim.ClaimForm;

/**
 * The STIX {@code confidence} (0-100) given to an attribution claim: how firmly the claimant
 * commits to it, judged from the form of the claim, since documents rarely state a number. A
 * legal act (indictment, sanction) commits most; an advisory or a report lays out evidence; a
 * statement is an assertion.
 */
final class ClaimConfidence {
  private ClaimConfidence() {}

  static int of(ClaimForm form) {
    if (form == null) {
      return 50;
    }
    return switch (form) {
      case INDICTMENT, SANCTION -> 90;
      case ADVISORY -> 80;
      case REPORT -> 70;
      case STATEMENT -> 60;
      case OTHER -> 50;
    };
  }
}
