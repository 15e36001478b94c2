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

  /**
   * The vehicle a sentence names by its words (charges, sanctions, an advisory, a report), else a
   * statement when a person speaks or the sentence says so, else other.
   *
   * @param claimantKind the kind of the claimant, or null when not known
   */
  public static ClaimForm of(String sentence, Party.Kind claimantKind) {
    String s = Cues.lower(sentence);
    if (Cues.INDICTMENT.matcher(s).find()) {
      return ClaimForm.INDICTMENT;
    }
    if (Cues.SANCTION.matcher(s).find()) {
      return ClaimForm.SANCTION;
    }
    if (Cues.ADVISORY.matcher(s).find()) {
      return ClaimForm.ADVISORY;
    }
    if (Cues.REPORT.matcher(s).find()) {
      return ClaimForm.REPORT;
    }
    if (claimantKind == Party.Kind.PERSON || Cues.STATEMENT.matcher(s).find()) {
      return ClaimForm.STATEMENT;
    }
    return ClaimForm.OTHER;
  }
}
