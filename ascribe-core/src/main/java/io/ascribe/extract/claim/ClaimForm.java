package io.ascribe.extract.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a claim was made. */
public enum ClaimForm {
  STATEMENT,
  REPORT,
  ADVISORY,
  INDICTMENT,
  SANCTION,
  OTHER;

  /** Lower-case name for JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
