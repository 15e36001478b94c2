package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits report text into sentences for the classifier: paragraph breaks always end one; so does
 * '.', '!' or '?' before whitespace and a capital letter, digit or quote, except after common
 * abbreviations ("e.g.", "Inc.") and single-letter initials. Very long runs without an end (code,
 * tables) are cut at 600 characters, at a space where possible.
 */
final class SentenceSplitter {
  private static final int MAX = 600;
  private static final Set<String> ABBREVIATIONS = Set.of(
      "e.g.", "i.e.", "etc.", "vs.", "inc.", "ltd.", "corp.", "co.", "no.", "fig.", "u.s.", "u.k.", "mr.", "ms.", "dr.",
      "al.", "approx.", "ver.", "v.");

  private SentenceSplitter() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\\r?\\n\\s*\\r?\\n")) {
      String p = paragraph.replaceAll("\\s+", " ").trim();
      int start = 0;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
          continue;
        }
        int end = i + 1;
        while (end < p.length() && "\"'”’)".indexOf(p.charAt(end)) >= 0) {
          end++;
        }
        if (end + 1 >= p.length() || p.charAt(end) != ' ') {
          continue;
        }
        char next = p.charAt(end + 1);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"'“‘(".indexOf(next) >= 0)) {
          continue;
        }
        if (c == '.' && abbreviation(p, i)) {
          continue;
        }
        add(out, p.substring(start, end));
        start = end + 1;
      }
      if (start < p.length()) {
        add(out, p.substring(start));
      }
    }
    return out;
  }

  private static boolean abbreviation(String p, int dot) {
    int wordStart = p.lastIndexOf(' ', dot) + 1;
    String word = p.substring(wordStart, dot + 1).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || (word.length() == 2 && Character.isLetter(word.charAt(0)));
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.trim();
    while (s.length() > MAX) {
      int cut = s.lastIndexOf(' ', MAX);
      if (cut < MAX / 2) {
        cut = MAX;
      }
      out.add(s.substring(0, cut).trim());
      s = s.substring(cut).trim();
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
