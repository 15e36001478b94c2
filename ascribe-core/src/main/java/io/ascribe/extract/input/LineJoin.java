package io.ascribe.extract.input;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a wrapped line to the text before it, undoing what a typesetter did at the line end. All
 * rules but the first apply only when the line above was full: a token is cut only where the line
 * has no room left.
 *
 * <ul>
 *   <li>A line ending in a letter and {@code '-'}, followed by one starting with a lower-case
 *       letter, was a word hyphenated at the line end: {@code "exfil-" + "tration"} gives {@code
 *       "exfiltration"}, unless the caller knows the hyphenated form as a word of the document
 *       ({@code "command-and-" + "control"} when {@code command-and-control} is written
 *       elsewhere on one line), when the hyphen is a real one and is kept.
 *   <li>A run of hex digits at the end of the line, continued by a run at the start of the next,
 *       is a hash cut at the line end, joined without a space when the joined run has a hash's
 *       length (32, 40, 64 or 128), or when the line above was that run alone, not a whole hash,
 *       and the joined run is no longer than 128; never when the next run is a whole hash itself
 *       (a list of hashes, one a line).
 *   <li>A URL, path or defanged indicator ({@code ://}, {@code hxxp}, {@code [.]}, {@code [:]},
 *       {@code \}) cut at the line end is joined without a space when the line above was that
 *       token alone, or it ends in {@code /}, {@code \}, {@code [.]}, {@code =}, {@code ?},
 *       {@code &} or {@code _}.
 *   <li>A token of {@value #MIN_CUT_TOKEN} or more characters alone on a line that it fills was
 *       too wide for the line and cut where the line was full: it is joined without a space.
 *   <li>Two whole hashes, one ending a line and one starting the next, stay apart.
 *   <li>Anything else is joined with one space.
 * </ul>
 */
final class LineJoin {
  static final int MIN_CUT_TOKEN = 12;
  private static final Pattern HEX_END = Pattern.compile("[0-9a-fA-F]+$");
  private static final Pattern HEX_START = Pattern.compile("^[0-9a-fA-F]+");
  private static final Pattern TECHNICAL =
      Pattern.compile("://|hxxp|\\[\\.]|\\(\\.\\)|\\[:]|\\\\");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private LineJoin() {}

  /**
   * {@code before} and {@code next} joined.
   *
   * @param alone whether the last line of {@code before} was a single token
   * @param full whether that line reached the right edge of its column or cell
   * @param hyphenatedWords whether a word, lower case and hyphenated ({@code command-and-control}),
   *     is one the document writes so
   */
  static String join(String before, String next, boolean alone, boolean full,
      Predicate<String> hyphenatedWords) {
    StringBuilder text = new StringBuilder(before);
    append(text, next, alone, full, hyphenatedWords);
    return text.toString();
  }

  /** Appends {@code next} to {@code text} as {@link #join} joins them, in time linear in {@code next}. */
  static void append(StringBuilder text, String next, boolean alone, boolean full,
      Predicate<String> hyphenatedWords) {
    if (text.isEmpty()) {
      text.append(next);
      return;
    }
    String last = lastToken(text);
    String first = firstToken(next);
    int n = last.length();
    if (n >= 2 && last.charAt(n - 1) == '-' && Character.isLetter(last.charAt(n - 2))
        && !first.isEmpty() && Character.isLowerCase(first.charAt(0))) {
      if (!hyphenatedWords.test(word(last + first))) {
        text.setLength(text.length() - 1);
      }
      text.append(next);
      return;
    }
    boolean cut = !(isWholeHash(last) && isWholeHash(first)) && (first.isEmpty() || full
        && (hashContinues(last, first, alone) || urlContinues(last, alone)
        || (alone && n >= MIN_CUT_TOKEN)));
    if (!cut) {
      text.append(' ');
    }
    text.append(next);
  }

  private static boolean hashContinues(String last, String first, boolean alone) {
    Matcher end = HEX_END.matcher(last);
    Matcher start = HEX_START.matcher(first);
    if (!end.find() || !start.find()) {
      return false;
    }
    int before = end.group().length();
    int after = start.group().length();
    if (before < 8 || isHashLength(after) && after == first.length()) {
      return false;
    }
    int joined = before + after;
    return isHashLength(joined) || (alone && before == last.length() && !isHashLength(before)
        && joined <= 128);
  }

  private static boolean isWholeHash(String token) {
    return isHashLength(token.length()) && HEX_START.matcher(token).replaceFirst("").isEmpty();
  }

  private static boolean isHashLength(int n) {
    return n == 32 || n == 40 || n == 64 || n == 128;
  }

  private static boolean urlContinues(String last, boolean alone) {
    if (!TECHNICAL.matcher(last).find()) {
      return false;
    }
    return alone || last.endsWith("/") || last.endsWith("\\") || last.endsWith("[.]")
        || last.endsWith("=") || last.endsWith("?") || last.endsWith("&") || last.endsWith("_");
  }

  /** A token as a word: lower case, without the punctuation around it. */
  static String word(String token) {
    return EDGE_PUNCTUATION.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static String lastToken(CharSequence s) {
    int i = s.length();
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return s.subSequence(i, s.length()).toString();
  }

  private static String firstToken(String s) {
    int i = 0;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }
}
