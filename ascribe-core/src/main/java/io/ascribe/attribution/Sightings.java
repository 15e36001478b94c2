package io.ascribe.attribution;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Where a corpus fact (or an imported STIX indicator) was seen under one actor, and the short
 * provenance line explanations show ("seen in 2 reports on APT28, newest 2019-05 (ESET)").
 */
final class Sightings {
  private Sightings() {}

  /**
   * One sighting.
   *
   * @param actor the candidate actor's index
   * @param value the value as seen (for a /24 neighbour, the neighbouring address)
   * @param document the document's key, or null for an imported STIX indicator
   * @param date when it was reported, or null when unknown
   * @param claimant who ties it to the actor, or null
   * @param confidence how sure that tie is, in (0, 1]
   */
  record Seen(int actor, String value, String document, YearMonth date, String claimant, double confidence) {

    /** The sighting of a corpus fact. */
    static Seen of(int actor, String value, AttributionCorpus.Fact f) {
      AttributionCorpus.Sighting s = f.sighting();
      if (s == null) {
        return new Seen(actor, value, null, null, "imported STIX", 1.0);
      }
      double c = s.confidence() > 0 && s.confidence() <= 1 ? s.confidence() : 1.0;
      return new Seen(actor, value, s.document(), month(s.date()), s.claimant(), c);
    }
  }

  /** The month of an ISO date (yyyy, yyyy-mm or yyyy-mm-dd; a bare year counts as its middle), or null. */
  static YearMonth month(String date) {
    if (date == null || date.length() < 4) {
      return null;
    }
    try {
      int year = Integer.parseInt(date.substring(0, 4));
      int month = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : 6;
      return YearMonth.of(year, month);
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** "seen in 2 reports on APT28, newest 2019-05 (ESET)", or "an imported STIX indicator of APT28". */
  static String describe(List<Seen> seen, String actorName) {
    long documents = seen.stream().filter(s -> s.document() != null).map(Seen::document).distinct().count();
    StringBuilder sb = new StringBuilder();
    if (documents > 0) {
      sb.append("seen in ").append(documents).append(documents == 1 ? " report" : " reports").append(" on ")
          .append(actorName);
      Seen newest = seen.stream().filter(s -> s.document() != null)
          .max(Comparator.comparing(Seen::date, Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
      if (newest.date() != null) {
        sb.append(", newest ").append(newest.date());
      }
      if (newest.claimant() != null && !newest.claimant().isBlank()) {
        sb.append(" (").append(newest.claimant()).append(')');
      }
    }
    if (seen.stream().anyMatch(s -> s.document() == null)) {
      sb.append(sb.length() == 0 ? "an imported STIX indicator of " + actorName : "; also an imported STIX indicator");
    }
    return sb.toString();
  }
}
