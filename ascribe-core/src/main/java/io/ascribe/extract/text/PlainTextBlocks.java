package io.ascribe.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into blocks: one block per non-blank line, or one per paragraph when the text
 * is hard-wrapped.
 *
 * <p>Each line is cleaned first: control and zero-width characters are dropped, every kind of
 * space (no-break, thin, tab) becomes a plain space, runs of spaces collapse and the ends are
 * trimmed. The text counts as hard-wrapped when at least {@value #MIN_WRAPPED_LINES} lines of 40
 * or more characters exist, none longer than {@value #MAX_WRAP_WIDTH}, and at least half of them
 * end without sentence punctuation; then a line that reaches within 20 characters of the longest
 * line is joined with the line after it (unless that one is blank).
 */
final class PlainTextBlocks {
  static final int MIN_WRAPPED_LINES = 8;
  static final int MAX_WRAP_WIDTH = 100;
  private static final int WRAP_SLACK = 20;
  private static final int LONG_LINE = 40;

  private PlainTextBlocks() {}

  /** The blocks of {@code raw}, in order. */
  static List<Block> split(String raw) {
    List<String> lines = lines(raw);
    int width = wrapWidth(lines);
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(paragraph, blocks);
        continue;
      }
      if (!paragraph.isEmpty()) {
        paragraph.append(' ');
      }
      paragraph.append(line);
      if (width == 0 || line.length() < width - WRAP_SLACK) {
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

  /** The wrap width of a hard-wrapped text, or 0 when the text is not hard-wrapped. */
  private static int wrapWidth(List<String> lines) {
    int longLines = 0;
    int open = 0;
    int width = 0;
    for (String line : lines) {
      if (line.length() > MAX_WRAP_WIDTH) {
        return 0;
      }
      if (line.length() >= LONG_LINE) {
        longLines++;
        width = Math.max(width, line.length());
        char last = line.charAt(line.length() - 1);
        if (".!?:\"”'。".indexOf(last) < 0) {
          open++;
        }
      }
    }
    return longLines >= MIN_WRAPPED_LINES && open * 2 >= longLines ? width : 0;
  }

  private static void flush(StringBuilder paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(paragraph.toString(), 0));
      paragraph.setLength(0);
    }
  }
}
