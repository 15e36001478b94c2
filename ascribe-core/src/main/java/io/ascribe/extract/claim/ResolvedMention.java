package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;

/**
 * A mention that names no party of its own, resolved to one named before it ("these countries",
 * "the ministry"); {@link MentionResolver} finds them.
 *
 * @param mention the antecedent's party at the anaphor's span (in the sentence read without its transcript marker)
 * @param how how it was resolved
 */
public record ResolvedMention(Mention mention, How how) {
  /** How a mention was resolved. */
  public enum How {
    /** One member of the list of states a plural anaphor refers back to ("these countries"). */
    LIST_ANAPHOR,
    /** One member of the list that names a plural description later in its sentence ("several governments ..., including A, B and C"). */
    LIST_APPOSITION,
    /** The government body a definite description refers back to ("the ministry"). */
    DEFINITE_BODY
  }
}
