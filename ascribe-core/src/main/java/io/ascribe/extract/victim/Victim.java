package io.ascribe.extract.victim;

/**
 * A victim a document names.
 *
 * @param kind a country or a sector
 * @param value the ISO 3166 alpha-2 code of a country, or a sector's name as MISP writes it ("Energy")
 * @param sentence the sentence that names it as a target
 */
public record Victim(Kind kind, String value, String sentence) {

  /** What kind of victim. */
  public enum Kind {
    /** A country whose people or organisations were targeted. */
    COUNTRY,
    /** A sector (government, energy, finance...) that was targeted. */
    SECTOR
  }
}
