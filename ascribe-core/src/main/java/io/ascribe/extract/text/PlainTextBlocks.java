package io.ascribe.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts plain text into blocks: one block per non-blank line, or one per paragraph when the text
 * is hard-wrapped.
 *
 * <p>Each line is cleaned first: control and zero-width characters are dropped, every kind of
 * space (no-break, thin, tab) becomes a plain space, runs of spaces collapse and the ends are
 * trimmed. When the text is hard-wrapped ({@link #wrapWidth}), a line that {@linkplain #runsOn
 * runs on} is joined with the line after it (unless that one is blank).
 *
 * <p>A paragraph longer than {@value #LONG_PARAGRAPH} characters (a report pasted as one paragraph,
 * a page saved without line breaks) is cut into its sentences, each a block that {@linkplain
 * Block#continuesParagraph continues} the paragraph: furniture inside it (a byline, a "Subscribe"
 * button, a copyright line) is then judged and dropped sentence by sentence, never with the whole
 * paragraph.
 */
final class PlainTextBlocks {
  static final int MIN_WRAPPED_LINES = 8;
  static final int MAX_WRAP_WIDTH = 100;
  private static final int WRAP_SLACK = 20;
  private static final int LONG_LINE = 40;
  static final int LONG_PARAGRAPH = 1_200;

  private PlainTextBlocks() {}

  /** The blocks of {@code raw}, in order. */
  static List<Block> split(String raw) {
    List<String> lines = lines(raw);
    int width = wrapWidth(lines);
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        flush(paragraph, blocks);
        continue;
      }
      if (!paragraph.isEmpty()) {
        paragraph.append(' ');
      }
      paragraph.append(line);
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      if (width == 0 || next.isEmpty() || !runsOn(line, next, width)) {
        flush(paragraph, blocks);
      }
    }
    flush(paragraph, blocks);
    return blocks;
  }

  /** Cleans one line of text: see the class comment. */
  static String clean(CharSequence line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else if (Character.isISOControl(c) || isInvisible(c)) {
        continue;
      } else {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
        || Character.getType(c) == Character.UNASSIGNED;
  }

  private static List<String> lines(String raw) {
    List<String> lines = new ArrayList<>();
    int n = raw.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? raw.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
        lines.add(clean(raw.subSequence(start, i)));
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * The wrap width of a hard-wrapped text, or 0 when the text is not hard-wrapped: the 90th
   * percentile of the lengths of lines of {@value #LONG_LINE} characters or more (so that a URL or a
   * hash too long to wrap does not set it), when there are at least {@value #MIN_WRAPPED_LINES}
   * such lines, the width is at most {@value #MAX_WRAP_WIDTH} and at least half of them end without
   * sentence punctuation.
   */
  static int wrapWidth(List<String> lines) {
    List<Integer> lengths = new ArrayList<>();
    int open = 0;
    for (String line : lines) {
      if (line.length() >= LONG_LINE) {
        lengths.add(line.length());
        char last = line.charAt(line.length() - 1);
        if (".!?:\"”'。".indexOf(last) < 0) {
          open++;
        }
      }
    }
    if (lengths.size() < MIN_WRAPPED_LINES || open * 2 < lengths.size()) {
      return 0;
    }
    Collections.sort(lengths);
    int width = lengths.get((int) Math.ceil(lengths.size() * 0.9) - 1);
    return width <= MAX_WRAP_WIDTH ? width : 0;
  }

  /**
   * Whether a line of hard-wrapped text (wrapped at {@code width}) runs on into the next: it is
   * within {@value #WRAP_SLACK} characters of the width, or longer (a token too long to wrap), or
   * the next line's first word would not have fitted after it.
   */
  static boolean runsOn(String line, String next, int width) {
    if (line.length() >= width - WRAP_SLACK) {
      return true;
    }
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return line.length() + 1 + firstWord > width;
  }

  private static void flush(StringBuilder paragraph, List<Block> blocks) {
    if (paragraph.isEmpty()) {
      return;
    }
    String text = paragraph.toString();
    paragraph.setLength(0);
    List<String> sentences = text.length() > LONG_PARAGRAPH ? SentenceSplitter.STANDARD.split(text) : List.of(text);
    for (int i = 0; i < sentences.size(); i++) {
      blocks.add(new Block(sentences.get(i), 0, i > 0));
    }
  }
}
