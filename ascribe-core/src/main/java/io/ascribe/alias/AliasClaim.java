package io.ascribe.alias;

/**
 * One source's statement that {@code name} denotes the canonical entity {@code entityKey}.
 *
 * @param role whether the name is the entity's canonical name, an identifier, or an alias
 */
public record AliasClaim(String name, String norm, String entityKey, Role role, AliasSource source) {

  /** How strongly a name denotes its entity. */
  public enum Role {
    /** The canonical entity's own name. */
    NAME,
    /** An identifier: ATT&CK id, STIX id, MISP uuid. */
    ID,
    /** Any other name. */
    ALIAS
  }

  /** A claim with the normalised form computed from {@code name}. */
  public static AliasClaim of(String name, String entityKey, Role role, AliasSource source) {
    return new AliasClaim(name, Names.normalize(name), entityKey, role, source);
  }
}
