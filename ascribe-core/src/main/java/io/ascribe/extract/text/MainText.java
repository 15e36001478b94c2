package io.ascribe.extract.text;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a document's main text was chosen, as {@code extract --json} reports it in {@code main_text}. */
public enum MainText {
  /** Page furniture was looked for and removed. */
  EXTRACTED("extracted"),
  /**
   * Removal would have left too little of a long text (under a third of over {@value
   * TextExtractor#KEEP_ALL_ABOVE} non-blank characters), so nothing was removed: the text may hold
   * furniture, but no part of its body was lost.
   */
  KEPT_ALL("kept_all"),
  /** The text was given as clean (an analyst's notes): nothing was looked for. */
  GIVEN("given");

  private final String wire;

  MainText(String wire) {
    this.wire = wire;
  }

  /** The name in JSON output. */
  @JsonValue
  public String wire() {
    return wire;
  }
}
