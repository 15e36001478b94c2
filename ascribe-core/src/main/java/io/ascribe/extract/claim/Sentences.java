package io.ascribe.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at '.', '!' or '?' (optionally followed by a closing quote) before
 * whitespace and a capital letter or opening quote, except after common abbreviations ("U.S.",
 * "Mr.", "Gen.") and initials. Paragraph breaks always end a sentence.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "u.s.", "u.k.", "u.n.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "st.", "no.", "inc.",
      "ltd.", "co.", "corp.", "jr.", "sr.", "vs.", "e.g.", "i.e.", "a.m.", "p.m.", "sen.", "rep.", "gov.", "dept.",
      "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

  private Sentences() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
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
        if (end >= p.length() || p.charAt(end) != ' ' || end + 1 >= p.length()) {
          continue;
        }
        char next = p.charAt(end + 1);
        if (!(Character.isUpperCase(next) || "\"'“‘".indexOf(next) >= 0 || Character.isDigit(next))) {
          continue;
        }
        if (c == '.' && isAbbreviation(p, i)) {
          continue;
        }
        out.add(p.substring(start, end).trim());
        start = end + 1;
      }
      if (start < p.length()) {
        out.add(p.substring(start).trim());
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }

  private static boolean isAbbreviation(String p, int dot) {
    int wordStart = p.lastIndexOf(' ', dot) + 1;
    String word = p.substring(wordStart, dot + 1).toLowerCase(java.util.Locale.ROOT).replaceAll("^[\"'(“‘]+", "");
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    return word.length() == 2 && Character.isLetter(word.charAt(0)); // an initial: "J. Smith"
  }
}
