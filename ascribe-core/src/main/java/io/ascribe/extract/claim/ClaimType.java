package io.ascribe.extract.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a claim asserts. */
public enum ClaimType {
  /** The claimant says someone is responsible for cyber activity. */
  ATTRIBUTION,
  /** The claimant rejects responsibility attributed to itself or its state. */
  DENIAL,
  /** The claimant accuses another party of cyber attacks, or of fabricating attribution evidence. */
  COUNTER_ACCUSATION;

  /** Lower-case name for JSON and the CLI ({@code counter_accusation}). */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
