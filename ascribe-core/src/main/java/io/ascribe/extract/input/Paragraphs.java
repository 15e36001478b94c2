package io.ascribe.extract.input;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins lines in reading order into paragraphs, one paragraph a line of text, paragraphs separated
 * by a blank line. Lines are joined by {@link LineJoin}; a hyphen at a line end is kept only when
 * the document writes the hyphenated word inside a line elsewhere. A new paragraph starts
 *
 * <ul>
 *   <li>at every table row, which stays a paragraph of its own, its cells separated by {@code " | "};
 *   <li>where the font size changes by more than {@value #SIZE_CHANGE} (a heading, a sidebar, a
 *       pull quote);
 *   <li>after a line that ends a sentence without reaching the right edge of its column;
 *   <li>within a column, after a vertical gap of more than {@value #MAX_LEADING} em from baseline
 *       to baseline, or at a line indented by more than {@value #INDENT} em.
 * </ul>
 *
 * <p>A paragraph goes on from the foot of a column to the head of the next, and from page to page,
 * unless one of these rules ends it.
 */
final class Paragraphs {
  static final float SIZE_CHANGE = 0.1f;
  static final float MAX_LEADING = 1.5f;
  static final float INDENT = 0.6f;

  private Paragraphs() {}

  /** The text of the pages' lines, in order. */
  static String text(List<List<TextLine>> pages) {
    Set<String> hyphenated = hyphenatedWords(pages);
    StringBuilder out = new StringBuilder();
    String paragraph = "";
    TextLine previous = null;
    int previousPage = -1;
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine line : pages.get(p)) {
        boolean sameFlow = previousPage == p && previous.flow() == line.flow();
        if (previous != null && continues(previous, line, sameFlow)) {
          paragraph = LineJoin.join(paragraph, line.text(), !previous.text().contains(" "), previous.full(),
              hyphenated::contains);
        } else {
          append(out, paragraph);
          paragraph = line.text();
        }
        previous = line;
        previousPage = p;
      }
    }
    append(out, paragraph);
    return out.toString();
  }

  /** The hyphenated words written inside a line (not at its end), as {@link LineJoin#word}. */
  private static Set<String> hyphenatedWords(List<List<TextLine>> pages) {
    Set<String> words = new HashSet<>();
    for (List<TextLine> page : pages) {
      for (TextLine line : page) {
        String[] tokens = line.text().split(" ");
        for (int i = 0; i < tokens.length - 1; i++) {
          if (tokens[i].indexOf('-') > 0) {
            words.add(LineJoin.word(tokens[i]));
          }
        }
      }
    }
    return words;
  }

  private static void append(StringBuilder out, String paragraph) {
    if (!paragraph.isBlank()) {
      out.append(paragraph.strip()).append("\n\n");
    }
  }

  /** Whether {@code next} goes on with the paragraph that {@code line} belongs to. */
  static boolean continues(TextLine line, TextLine next, boolean sameFlow) {
    if (line.isTableRow() || next.isTableRow()) {
      return false;
    }
    float size = Math.max(line.size(), next.size());
    if (Math.abs(line.size() - next.size()) > SIZE_CHANGE * size) {
      return false;
    }
    if (!line.full() && endsSentence(line.text())) {
      return false;
    }
    if (!sameFlow) {
      return true;
    }
    float gap = next.baseline() - line.baseline();
    return gap > 0 && gap <= MAX_LEADING * size && next.x0() <= line.x0() + INDENT * size;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "\"')]\u201D\u2019".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return !t.isEmpty() && ".!?:".indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
