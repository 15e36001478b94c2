package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins lines in reading order into paragraphs, one paragraph a line of text, paragraphs separated
 * by a blank line. Lines are joined by {@link LineJoin}; a hyphen at a line end is kept only when
 * the document writes the hyphenated word inside a line elsewhere. A new paragraph starts
 *
 * <ul>
 *   <li>at every table row, which stays a paragraph of its own, its cells separated by a tab;
 *   <li>where the font size changes by more than {@value #SIZE_CHANGE} (a heading, a sidebar, a
 *       pull quote);
 *   <li>after a line that ends a sentence without reaching the right edge of its column;
 *   <li>within a column, after a vertical gap of more than {@value #MAX_LEADING} em from baseline
 *       to baseline, or at a line indented by more than {@value #INDENT} em.
 * </ul>
 *
 * <p>A paragraph goes on from the foot of a column to the head of the next, and from page to page,
 * unless one of these rules ends it. A paragraph cut off mid-sentence (its last line full, with no
 * sentence end) by text of another size, a pull quote or a sidebar, is resumed by the next line of
 * its own size, and at most {@value #MAX_INSERTED} such inserted paragraphs follow it, so a quote
 * is never spliced into the middle of a sentence.
 */
final class Paragraphs {
  static final float SIZE_CHANGE = 0.1f;
  static final float MAX_LEADING = 1.5f;
  static final float INDENT = 0.6f;
  static final int MAX_INSERTED = 3;

  private final Set<String> hyphenated;
  private final StringBuilder out = new StringBuilder();
  private final List<String> inserted = new ArrayList<>();
  private final List<String> deferred = new ArrayList<>();
  private StringBuilder paragraph = new StringBuilder();
  private TextLine previous;
  private int previousPage = -1;
  private StringBuilder interrupted;
  private TextLine interruptedLine;

  private Paragraphs(Set<String> hyphenated) {
    this.hyphenated = hyphenated;
  }

  /** The text of the pages' lines, in order. */
  static String text(List<List<TextLine>> pages) {
    Paragraphs paragraphs = new Paragraphs(hyphenatedWords(pages));
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine line : pages.get(p)) {
        paragraphs.add(line, p);
      }
    }
    return paragraphs.finish();
  }

  private void add(TextLine line, int page) {
    if (previous == null) {
      paragraph.append(line.text());
    } else if (continues(previous, line, previousPage == page && previous.flow() == line.flow())) {
      join(paragraph, previous, line);
    } else if (interrupted != null && !line.isTableRow() && sameSize(interruptedLine, line)) {
      inserted.add(paragraph.toString());
      paragraph = interrupted;
      join(paragraph, interruptedLine, line);
      deferred.addAll(inserted);
      inserted.clear();
      interrupted = null;
    } else if (interrupted != null) {
      inserted.add(paragraph.toString());
      paragraph = new StringBuilder(line.text());
      if (inserted.size() > MAX_INSERTED) {
        end(interrupted);
        inserted.forEach(this::emit);
        inserted.clear();
        interrupted = null;
      }
    } else if (isInterruptedBy(previous, line)) {
      interrupted = paragraph;
      interruptedLine = previous;
      paragraph = new StringBuilder(line.text());
    } else {
      end(paragraph);
      paragraph = new StringBuilder(line.text());
    }
    previous = line;
    previousPage = page;
  }

  private String finish() {
    if (interrupted != null) {
      end(interrupted);
      inserted.forEach(this::emit);
    }
    end(paragraph);
    return out.toString();
  }

  /** Emits a paragraph, then the paragraphs that were inserted into it. */
  private void end(CharSequence text) {
    emit(text);
    deferred.forEach(this::emit);
    deferred.clear();
  }

  private void emit(CharSequence text) {
    String t = text.toString().strip();
    if (!t.isEmpty()) {
      out.append(t).append("\n\n");
    }
  }

  private void join(StringBuilder text, TextLine line, TextLine next) {
    LineJoin.append(text, next.text(), !line.text().contains(" "), line.full(),
        hyphenated::contains);
  }

  /** Whether {@code next} goes on with the paragraph that {@code line} belongs to. */
  static boolean continues(TextLine line, TextLine next, boolean sameFlow) {
    if (line.isTableRow() || next.isTableRow() || !sameSize(line, next)) {
      return false;
    }
    if (!line.full() && endsSentence(line.text())) {
      return false;
    }
    if (!sameFlow) {
      return true;
    }
    float size = Math.max(line.size(), next.size());
    float gap = next.baseline() - line.baseline();
    return gap > 0 && gap <= MAX_LEADING * size && next.x0() <= line.x0() + INDENT * size;
  }

  /** Whether text of another size cuts {@code line}'s paragraph off in the middle of a sentence. */
  private static boolean isInterruptedBy(TextLine line, TextLine next) {
    return line.full() && !line.isTableRow() && !next.isTableRow() && !sameSize(line, next)
        && !endsSentence(line.text());
  }

  private static boolean sameSize(TextLine a, TextLine b) {
    return Math.abs(a.size() - b.size()) <= SIZE_CHANGE * Math.max(a.size(), b.size());
  }

  static boolean endsSentence(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "\"')]\u201D\u2019".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return !t.isEmpty() && ".!?:".indexOf(t.charAt(t.length() - 1)) >= 0;
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
}
