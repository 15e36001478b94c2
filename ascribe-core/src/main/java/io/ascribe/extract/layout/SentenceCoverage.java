package io.ascribe.extract.layout;

import java.util.List;

/**
 * How much of a report's text an extraction kept: the share of its sentences found whole, in order
 * of appearance not required, in the extracted text. Both sides are compared on their ASCII letters
 * and digits only, lower-cased, so spacing, line breaks, quotes, hyphens and characters a PDF font
 * could not draw do not count (a word left hyphenated at a line end is found too), while a dropped
 * sentence, or a sentence cut in two by a page footer or another column's text, is missed.
 */
public final class SentenceCoverage {
  private SentenceCoverage() {}

  /** The sentences of {@code sentences} (with at least one letter or digit) found in {@code text}. */
  public static int found(List<String> sentences, String text) {
    String haystack = normalise(text);
    int found = 0;
    for (String s : sentences) {
      String needle = normalise(s);
      if (!needle.isEmpty() && haystack.contains(needle)) {
        found++;
      }
    }
    return found;
  }

  /** The sentences with at least one ASCII letter or digit: those {@link #found} can find. */
  public static int countable(List<String> sentences) {
    return (int) sentences.stream().filter(s -> !normalise(s).isEmpty()).count();
  }

  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
