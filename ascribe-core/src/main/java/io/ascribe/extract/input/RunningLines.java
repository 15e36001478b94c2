package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers. Only lines in the top or bottom {@value
 * PageLayout#MARGIN_BAND} of a page's height are candidates; one is dropped when, with its digits
 * replaced, it is a bare page number ({@code 3}, {@code Page 3}, {@code 3 / 12}, {@code Page 3 of
 * 12}, {@code - 3 -}), when it repeats in the margins of at least half the pages (and at least two),
 * or when it is the document's title, whole or cut short with {@code ...}.
 */
final class RunningLines {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?:page|p\\.|seite)? ?#(?: ?(?:of|/|\\|) ?#)?|- ?# ?-|# ?\\| ?.*|.* ?\\| ?#");

  private RunningLines() {}

  /** One page's lines in reading order and its height in points. */
  record Page(List<TextLine> lines, float height) {
    Page {
      lines = List.copyOf(lines);
    }

    boolean inMargin(TextLine line) {
      return !PageLayout.inBody(line.baseline(), height);
    }
  }

  /** The pages' lines without their running headers, footers and page numbers. */
  static List<List<TextLine>> strip(List<Page> pages, String title) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (Page page : pages) {
      Set<String> keys = new HashSet<>();
      for (TextLine line : page.lines()) {
        if (page.inMargin(line)) {
          keys.add(key(line.text()));
        }
      }
      keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    int repeated = Math.max(2, (pages.size() + 1) / 2);
    String titleKey = title == null ? "" : key(title);
    List<List<TextLine>> out = new ArrayList<>(pages.size());
    for (Page page : pages) {
      List<TextLine> kept = new ArrayList<>();
      for (TextLine line : page.lines()) {
        String key = key(line.text());
        boolean running = page.inMargin(line) && (PAGE_NUMBER.matcher(key).matches()
            || pagesWith.getOrDefault(key, 0) >= repeated || isTitle(key, titleKey));
        if (!running) {
          kept.add(line);
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static boolean isTitle(String key, String titleKey) {
    if (titleKey.isEmpty()) {
      return false;
    }
    if (key.endsWith("...")) {
      String start = key.substring(0, key.length() - 3).strip();
      return start.length() >= 10 && titleKey.startsWith(start);
    }
    return key.equals(titleKey);
  }

  /** A line's text compared across pages: lower case, digit runs as {@code #}, spaces collapsed. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
