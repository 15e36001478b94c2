package io.ascribe.extract.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines no wider than a measure, greedily, the way a simple typesetter
 * does. A word that does not fit at the end of a line is hyphenated when it is at least {@value
 * #MIN_HYPHENATED} characters long and a word (letters, hyphens and apostrophes, then perhaps
 * punctuation; not a number, a URL or a path): it is cut before a lower-case letter with
 * at least {@value #MIN_PART} letters on each side of the cut (so never next to a hyphen it already
 * has), the first part ending the line with {@code '-'}. A token wider than a whole line (a hash, a long URL) is cut where the
 * line is full, with no hyphen.
 */
final class LineBreaker {
  static final int MIN_HYPHENATED = 8;
  static final int MIN_PART = 3;
  private static final Pattern WORD = Pattern.compile("[(\"']*[\\p{L}'-]+[.,;:!?)\"']*");

  private final ToDoubleFunction<String> width;

  /** A breaker measuring text with {@code width}, in the same unit as the measure. */
  LineBreaker(ToDoubleFunction<String> width) {
    this.width = width;
  }

  /** The lines of {@code paragraph} set in {@code measure}; none for a blank paragraph. */
  List<String> lines(String paragraph, double measure) {
    Deque<String> words = new ArrayDeque<>(Arrays.asList(paragraph.strip().split("\\s+")));
    words.remove("");
    List<String> lines = new ArrayList<>();
    String line = "";
    while (!words.isEmpty()) {
      String word = words.pop();
      String joined = line.isEmpty() ? word : line + " " + word;
      if (width.applyAsDouble(joined) <= measure) {
        line = joined;
        continue;
      }
      String lead = line.isEmpty() ? "" : line + " ";
      int cut = hyphenPoint(lead, word, measure);
      if (cut > 0) {
        lines.add(lead + word.substring(0, cut) + "-");
        words.push(word.substring(cut));
      } else if (!line.isEmpty()) {
        lines.add(line);
        words.push(word);
      } else {
        cut = widestPrefix(word, measure);
        lines.add(word.substring(0, cut));
        words.push(word.substring(cut));
      }
      line = "";
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** Where to hyphenate {@code word} after {@code lead}, the latest point that fits, or 0. */
  private int hyphenPoint(String lead, String word, double measure) {
    if (word.length() < MIN_HYPHENATED || !WORD.matcher(word).matches()) {
      return 0;
    }
    for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
      if (lettersAround(word, cut) && Character.isLowerCase(word.charAt(cut))
          && width.applyAsDouble(lead + word.substring(0, cut) + "-") <= measure) {
        return cut;
      }
    }
    return 0;
  }

  /** Whether {@value #MIN_PART} letters stand on each side of the cut (no cut next to a hyphen). */
  private static boolean lettersAround(String word, int cut) {
    for (int i = cut - MIN_PART; i < cut + MIN_PART; i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The length of the longest prefix of {@code word} that fits the measure, at least 1. */
  private int widestPrefix(String word, double measure) {
    int cut = 1;
    while (cut < word.length() && width.applyAsDouble(word.substring(0, cut + 1)) <= measure) {
      cut++;
    }
    return cut;
  }
}
