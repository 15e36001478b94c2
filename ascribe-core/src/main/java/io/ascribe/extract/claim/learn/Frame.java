package io.ascribe.extract.claim.learn;

import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.claim.Party;
import java.util.Map;

/**
 * A candidate claim of one document: (type, claimant country, accused country), the features that
 * speak for and against it (name to value, every name prefixed by the type), and the sentence that
 * best supports it.
 *
 * @param claimantName the claimant as the text names it, or null when not known
 * @param claimantKind what sort of party the claimant is, or null when not known
 * @param accusedName the accused as the text names it, or null
 * @param sentence the index of the supporting sentence in the document's sentences
 */
public record Frame(ClaimType type, String claimantCountry, String accusedCountry, Map<String, Double> features,
    String claimantName, Party.Kind claimantKind, String accusedName, int sentence) {
  public Frame {
    features = Map.copyOf(features);
  }

  /** The scoring key of the claim this frame proposes. */
  public String key() {
    return ClaimScore.key(type.id(), claimantCountry, accusedCountry);
  }
}
