package io.ascribe.model;

import java.util.Locale;

/**
 * A Traffic Light Protocol 2.0 marking, ordered from the most to the least shareable, with the
 * STIX 2.1 marking-definition id that the OASIS TLP 2.0 extension gives each level.
 */
public enum Tlp {
  CLEAR("TLP:CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
  GREEN("TLP:GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
  AMBER("TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
  AMBER_STRICT("TLP:AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
  RED("TLP:RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

  private final String label;
  private final String stixMarkingId;

  Tlp(String label, String stixMarkingId) {
    this.label = label;
    this.stixMarkingId = stixMarkingId;
  }

  /** The label as written on documents: {@code TLP:AMBER+STRICT}. */
  public String label() {
    return label;
  }

  /** The STIX 2.1 marking definition of this level (TLP 2.0 extension). */
  public String stixMarkingId() {
    return stixMarkingId;
  }

  /** True when a reader cleared for {@code max} may see what carries this marking. */
  public boolean visibleUpTo(Tlp max) {
    return compareTo(max) <= 0;
  }

  /**
   * Reads a level: {@code AMBER+STRICT}, {@code amber_strict}, {@code TLP:RED}; {@code WHITE}
   * (TLP 1.0) is read as CLEAR.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Tlp parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a TLP level is required: CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.startsWith("TLP:")) {
      t = t.substring(4);
    }
    t = t.replace('+', '_').replace('-', '_').replace(' ', '_');
    if (t.equals("WHITE")) {
      return CLEAR;
    }
    for (Tlp level : values()) {
      if (level.name().equals(t)) {
        return level;
      }
    }
    throw new IllegalArgumentException("unknown TLP level '" + text + "': use CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
  }
}
