package io.ascribe.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, date and publisher of a page as its text shows them, read from the blocks around the main
 * text. Used for plain text, and for HTML pages whose meta tags lack them.
 *
 * <p>The rules: look at the {@value #WINDOW} blocks before the main text, nearest first. The
 * nearest short block holding a date gives {@code published}; a "Source:" (or "Publisher:",
 * "Quelle:", "Fuente:", "Источник:", "来源：") label gives {@code publisher}; the title is the
 * nearest title-like block ({@link BlockClassifier#titleLike}) that is followed by a date or
 * byline, else the nearest title-like block. Without a date there, a date in the first 120
 * characters of the main text counts (a dateline); other dates inside the text are events, not
 * publication dates. Without a source label, one in the five blocks after the main text counts,
 * then the holder of the first copyright notice on the page.
 *
 * @param title the page title, or null
 * @param published the publication date, or null
 * @param publisher the publishing organisation, or null
 */
record PageHeader(String title, LocalDate published, String publisher) {
  static final int WINDOW = 8;
  private static final int DATELINE_CHARS = 120;
  private static final int MAX_DATE_BLOCK_WORDS = 15;

  private static final Pattern SOURCE = Pattern.compile("(?:^|[\\s|·•(\\[])"
      + "(?iu:source|publisher|quelle|fuente|источник|来源|來源)\\s*[:：]\\s*"
      + "([^|·•\\n()\\[\\]]{2,80})");
  private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\((?i:c)\\)|(?i:copyright))\\s*"
      + "(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*,?\\s*)?(?:(?i:by)\\s+)?"
      + "(\\p{Lu}[^.|·•\\n©]{1,60}?)\\s*(?:[.,|·•]|(?i:all rights reserved)|$)");

  /** Reads the header of a page whose main text spans blocks {@code first..last} (or -1, -1). */
  static PageHeader find(List<Block> blocks, int first, int last, boolean monthFirstSlashes) {
    LocalDate published = null;
    String publisher = null;
    List<Integer> titles = new ArrayList<>();
    for (int i = first - 1; i >= 0 && i >= first - WINDOW; i--) {
      Block b = blocks.get(i);
      if (published == null && b.words <= MAX_DATE_BLOCK_WORDS && b.text.length() <= 200) {
        published = Dates.find(b.text, monthFirstSlashes);
      }
      if (publisher == null) {
        publisher = source(b.text);
      }
      if (BlockClassifier.titleLike(b)) {
        titles.add(i);
      }
    }
    if (published == null && first >= 0) {
      String head = blocks.get(first).text;
      published = Dates.find(head.substring(0, Math.min(DATELINE_CHARS, head.length())),
          monthFirstSlashes);
    }
    if (last >= 0) {
      for (int i = last + 1; publisher == null && i < blocks.size() && i <= last + 5; i++) {
        publisher = source(blocks.get(i).text);
      }
    }
    for (int i = 0; publisher == null && i < blocks.size(); i++) {
      if (blocks.get(i).has(BlockClassifier.MARKER)) {
        publisher = copyrightHolder(blocks.get(i).text);
      }
    }
    return new PageHeader(title(blocks, titles), published, publisher);
  }

  private static String title(List<Block> blocks, List<Integer> candidates) {
    for (int i : candidates) {
      Block next = blocks.get(i + 1);
      if (next.has(BlockClassifier.DATE_ONLY) || next.has(BlockClassifier.DATED_HEADLINE)
          || next.text.regionMatches(true, 0, "by ", 0, 3)) {
        return blocks.get(i).text;
      }
    }
    return candidates.isEmpty() ? null : blocks.get(candidates.get(0)).text;
  }

  /** The name after a "Source:" label in {@code text}, or null. */
  static String source(String text) {
    if (text.length() > 300) {
      return null;
    }
    Matcher m = SOURCE.matcher(text);
    return m.find() ? clean(m.group(1)) : null;
  }

  /** The holder named in a copyright notice in {@code text}, or null. */
  static String copyrightHolder(String text) {
    Matcher m = COPYRIGHT.matcher(text);
    return m.find() ? clean(m.group(1)) : null;
  }

  private static String clean(String name) {
    String s = name.strip();
    int end = s.length();
    while (end > 0 && ".,;:-–—".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    s = s.substring(0, end).strip();
    return s.length() < 2 ? null : s;
  }
}
