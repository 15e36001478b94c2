package io.ascribe.profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date out of an ATT&CK-style citation, "Author. (2023, May 24). Title.",
 * as a partial ISO date: {@code 2023-05-24}, {@code 2023-05} or {@code 2023}.
 */
final class CitationDates {
  private static final Pattern DATE =
      Pattern.compile("\\((\\d{4})(?:, ([A-Z][a-z]+)(?: (\\d{1,2}))?)?\\)");
  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");

  private CitationDates() {}

  /** The date in a citation, or null when there is none. */
  static String parse(String citation) {
    if (citation == null) {
      return null;
    }
    Matcher m = DATE.matcher(citation);
    if (!m.find()) {
      return null;
    }
    String year = m.group(1);
    if (m.group(2) == null) {
      return year;
    }
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    if (month == 0) {
      return year;
    }
    String ym = year + "-" + (month < 10 ? "0" : "") + month;
    if (m.group(3) == null) {
      return ym;
    }
    int day = Integer.parseInt(m.group(3));
    return ym + "-" + (day < 10 ? "0" : "") + day;
  }
}
