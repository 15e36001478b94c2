package io.ascribe.extract.text;

import java.lang.Character.UnicodeScript;
import java.util.regex.Pattern;

/**
 * One block of page text (a line or paragraph of plain text, or a paragraph-level element of
 * HTML) with the surface features that {@link BlockClassifier} judges it by.
 *
 * <p>Features are computed once, from the text alone; the verdict ({@link #kind}, {@link
 * #hardBreak}, the boilerplate reasons) is filled in later by the classifier, which also sees the
 * neighbouring blocks and the page's script.
 */
final class Block {
  /** What a block is, as far as the main text is concerned. */
  enum Kind {
    /** Prose: long enough, with sentence punctuation, and no boilerplate feature. */
    CONTENT,
    /** Neither prose nor boilerplate (a subheading, a short sentence): kept inside a run. */
    SHORT,
    /** Page chrome: dropped wherever it is. */
    BOILERPLATE
  }

  private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣●*–-]|\\d{1,2}[.)])\\s");
  private static final String DOT = "(?:\\.|\\[\\.\\])";
  /** IPv4 address (also defanged), hash, defanged name, CVE, ATT&CK technique or tactic id. */
  private static final Pattern INDICATOR = Pattern.compile(
      "\\d{1,3}" + DOT + "\\d{1,3}" + DOT + "\\d{1,3}" + DOT + "\\d{1,3}"
          + "|\\b[0-9a-fA-F]{32,128}\\b|\\[\\.\\]|hxxp|(?i:cve)-\\d{4}-\\d{4,}"
          + "|\\bTA?\\d{4}(?:\\.\\d{3})?\\b");
  /** A path or assignment inside a word, a command-line option, a file name. */
  private static final Pattern CODE = Pattern.compile("\\S[\\\\/=$%{}<>_@#]\\S|\\s[/-]\\w"
      + "|\\w\\.(?i:exe|dll|dat|sys|ps1|bat|cmd|vbs|js|hta|lnk|iso|zip|rar|7z|docx?|xlsx?|pdf"
      + "|sh|py|elf|bin)\\b");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?:\\p{L}|\\s+\\p{L})");

  final String text;
  /** Characters of text inside links (HTML only; 0 for plain text). */
  final int linkChars;
  final int nonWs;
  final int letters;
  /** Whitespace-separated tokens that hold a letter. */
  final int words;
  /** Size in words, counting two CJK or Thai characters as one word. */
  final double units;
  /** Words starting with an upper-case letter, and words starting with any cased letter. */
  final int capitalized;
  final int cased;
  /** Ends with sentence punctuation (after closing quotes and brackets). */
  final boolean endsSentence;
  /** Ends with a full stop, which a headline does not. */
  final boolean endsWithStop;
  /** Sentence stops followed by more text. */
  final int innerStops;
  /** Stand-alone separators: {@code | · • › » ¦}. */
  final int separators;
  /** Lower-to-upper case changes inside a word ("homepageContact"): menu items run together. */
  final int glue;
  /** Characters in tokens that look like URLs. */
  final int urlChars;
  /** Starts with a clock time glued to or followed by a word ("10:03Phnom Penh"). */
  final boolean startsWithClock;
  final UnicodeScript script;
  final double scriptShare;
  final boolean hasDigit;
  /**
   * A line that belongs to a technical text without being prose: a bulleted or numbered item of
   * three words or more; or, at most 40 words long, a line naming an indicator (IPv4 address,
   * hash, CVE, ATT&CK technique id, defanged domain or URL) or holding code (a path, an option,
   * an assignment, a file name).
   */
  final boolean listOrCode;
  /** Names an indicator: an IPv4 address (also defanged), a hash, a defanged name, a CVE, an ATT&CK id. */
  final boolean holdsIndicator;
  /** (HTML) All of the text sits in date, time, author or meta elements. */
  boolean metadata;

  /**
   * (plain text) The block is a sentence of a long paragraph and not its first, so it joins the block
   * before it with a space rather than a paragraph break.
   */
  final boolean continuesParagraph;

  Kind kind = Kind.SHORT;
  boolean hardBreak;
  /** Bit set of {@link BlockClassifier} reasons why this block is boilerplate. */
  int reasons;

  Block(String text, int linkChars) {
    this(text, linkChars, false);
  }

  Block(String text, int linkChars, boolean continuesParagraph) {
    this.text = text;
    this.continuesParagraph = continuesParagraph;
    this.linkChars = linkChars;
    ScriptCounts counts = ScriptCounts.of(text, Integer.MAX_VALUE);
    this.letters = counts.total();
    this.script = counts.dominant();
    this.scriptShare = script == null ? 0 : counts.share(script);
    int cjk = counts.count(UnicodeScript.HAN) + counts.count(UnicodeScript.HIRAGANA)
        + counts.count(UnicodeScript.KATAKANA) + counts.count(UnicodeScript.THAI);
    int nonWs = 0;
    int words = 0;
    int capitalized = 0;
    int cased = 0;
    int separators = 0;
    int glue = 0;
    int urlChars = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      nonWs += i - start;
      String token = text.substring(start, i);
      if (token.length() == 1 && "|·•›»¦".indexOf(token.charAt(0)) >= 0) {
        separators++;
        continue;
      }
      separators += count(token, '|');
      if (token.startsWith("http://") || token.startsWith("https://") || token.startsWith("www.")) {
        urlChars += token.length();
      }
      int firstLetter = firstLetter(token);
      if (firstLetter < 0) {
        continue;
      }
      words++;
      char c = token.charAt(firstLetter);
      if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
        cased++;
        if (Character.isUpperCase(c)) {
          capitalized++;
        }
      }
      glue += glue(token);
    }
    this.nonWs = nonWs;
    this.words = words;
    this.units = cjk > 0 ? Math.max(words - 1, 0) + cjk / 2.0 : words;
    this.capitalized = capitalized;
    this.cased = cased;
    this.separators = separators;
    this.glue = glue;
    this.urlChars = urlChars;
    int end = n;
    while (end > 0 && "\"'”’»)]}*".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    char last = end > 0 ? text.charAt(end - 1) : ' ';
    this.endsSentence = ".!?。！？…".indexOf(last) >= 0;
    this.endsWithStop = last == '.' || last == '。';
    this.innerStops = innerStops(text, end);
    this.startsWithClock = CLOCK.matcher(text).lookingAt();
    this.hasDigit = text.chars().anyMatch(Character::isDigit);
    this.holdsIndicator = INDICATOR.matcher(text).find();
    this.listOrCode = (words >= 3 && BULLET.matcher(text).lookingAt())
        || (words <= 40 && text.length() <= 2000 && (holdsIndicator || CODE.matcher(text).find()));
  }

  /** True for boilerplate blocks flagged for {@code reason}. */
  boolean has(int reason) {
    return (reasons & reason) != 0;
  }

  /** Link characters as a share of all non-blank characters. */
  double linkDensity() {
    return nonWs == 0 ? 0 : Math.min(1.0, (double) linkChars / nonWs);
  }

  @Override
  public String toString() {
    return kind + (hardBreak ? "!" : "") + " " + text;
  }

  private static int firstLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Lower-to-upper changes after at least two lower-case letters ("iPhone" does not count). */
  private static int glue(String token) {
    int changes = 0;
    int lowerRun = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        lowerRun++;
      } else {
        if (Character.isUpperCase(c) && lowerRun >= 2) {
          changes++;
        }
        lowerRun = 0;
      }
    }
    return changes;
  }

  private static int innerStops(String text, int end) {
    int stops = 0;
    for (int i = 0; i + 1 < end; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        stops++;
      } else if (c == '。' || c == '！' || c == '？') {
        stops++;
      }
    }
    return stops;
  }

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }
}
