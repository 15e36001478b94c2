package io.ascribe.alias;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a name lookup: every candidate entity, each with the claims that connect the name
 * to it.
 */
public record AliasLookup(String query, List<Candidate> candidates) {

  /** One entity a name may denote, and who says so. */
  public record Candidate(String entityKey, List<AliasClaim> claims) {
    /** True when the name is this entity's canonical name or one of its identifiers. */
    public boolean isPrimary() {
      return claims.stream().anyMatch(c -> c.role() != AliasClaim.Role.ALIAS);
    }
  }

  /** True when nothing matched. */
  public boolean isEmpty() {
    return candidates.isEmpty();
  }

  /** True when the name is claimed for more than one entity. */
  public boolean isAmbiguous() {
    return candidates.size() > 1;
  }

  /**
   * The single entity the name denotes: the only candidate, or the only candidate for which the
   * name is its canonical name or identifier (other claimants are still listed in {@link
   * #candidates()}). Empty when the name is genuinely ambiguous or unknown.
   */
  public Optional<Candidate> resolved() {
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<Candidate> primary = candidates.stream().filter(Candidate::isPrimary).toList();
    return primary.size() == 1 ? Optional.of(primary.get(0)) : Optional.empty();
  }
}
