package io.ascribe.extract.claim;

/**
 * Someone who can make or be the object of a claim: a state, a government body, a company, a
 * person, or a group.
 *
 * @param name as the text names it ("Foreign Ministry spokesperson Lin Jian", "the FBI")
 * @param country the ISO 3166 alpha-2 code (or EU) the party belongs to, or null when stateless
 * @param kind what sort of party it is
 * @param role a person's role ("Foreign Ministry spokesperson"), else null
 */
public record Party(String name, String country, Kind kind, String role) {

  /** The sorts of party. */
  public enum Kind {
    STATE,
    GOVERNMENT_BODY,
    MILITARY,
    COMPANY,
    PERSON,
    GROUP,
    /** A news organisation (its home country) reporting its own finding. */
    OUTLET,
    /** A body of many states (NATO, a UN panel): no country of its own. */
    INTERNATIONAL
  }
}
