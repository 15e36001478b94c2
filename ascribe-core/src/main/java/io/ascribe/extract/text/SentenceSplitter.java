package io.ascribe.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean text into sentences: a paragraph break always ends one; so does '.', '!' or '?'
 * (optionally followed by closing quotes or a parenthesis) before a space and a capital letter,
 * digit or opening character, except after an abbreviation of the splitter's list or a
 * single-letter initial ("J. Smith"). Sentences longer than the limit (code, tables) are cut, at a
 * space where possible. Immutable and thread-safe; {@link #STANDARD} is the one configuration
 * every extractor reads: a document is split once, and claims and techniques see the same sentences.
 */
public final class SentenceSplitter {
  /**
   * The sentences of news, statements and threat reports alike: titles, agencies, months and
   * technical abbreviations do not end a sentence; sentences longer than 600 characters (code,
   * tables) are cut.
   */
  public static final SentenceSplitter STANDARD = new SentenceSplitter(Set.of(
      "u.s.", "u.k.", "u.n.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "st.", "no.", "inc.",
      "ltd.", "co.", "corp.", "jr.", "sr.", "vs.", "e.g.", "i.e.", "a.m.", "p.m.", "sen.", "rep.", "gov.", "dept.",
      "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
      "etc.", "fig.", "al.", "approx.", "ver.", "v."), "\"'“‘(", 600);

  private final Set<String> abbreviations;
  private final String openers;
  private final int maxChars;

  /**
   * @param abbreviations lower-case words ending in a dot that do not end a sentence
   * @param openers characters that may open a sentence besides capitals and digits
   * @param maxChars the longest sentence kept whole
   */
  public SentenceSplitter(Set<String> abbreviations, String openers, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
    }
    this.abbreviations = Set.copyOf(abbreviations);
    this.openers = openers;
    this.maxChars = maxChars;
  }

  /** The sentences of {@code text}, whitespace collapsed, none blank. */
  public List<String> split(String text) {
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
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || openers.indexOf(next) >= 0)) {
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

  private boolean abbreviation(String p, int dot) {
    int wordStart = p.lastIndexOf(' ', dot) + 1;
    String word = p.substring(wordStart, dot + 1).toLowerCase(Locale.ROOT).replaceAll("^[\"'(“‘]+", "");
    return abbreviations.contains(word) || (word.length() == 2 && Character.isLetter(word.charAt(0)));
  }

  private void add(List<String> out, String sentence) {
    String s = sentence.trim();
    while (s.length() > maxChars) {
      int cut = s.lastIndexOf(' ', maxChars);
      if (cut < maxChars / 2) {
        cut = maxChars;
      }
      out.add(s.substring(0, cut).trim());
      s = s.substring(cut).trim();
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
