package io.ascribe.extract.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts blocks into content, short and boilerplate by their surface features.
 *
 * <p>A block is <b>boilerplate</b> when any of these holds (each is a bit in {@link
 * Block#reasons}):
 *
 * <ul>
 *   <li>{@link #NO_LETTERS}: neither letters nor digits (rules, dots, bullets);
 *   <li>{@link #MARKER}: a chrome phrase: "©", "all rights reserved", "we use cookies" in a block of at
 *       most 60 words;
 *       "copyright", "privacy policy", "newsletter", "follow us", "read more" and the like in a
 *       sentence of at most 12 words or a non-sentence of at most 25 (never "sponsored", which
 *       attribution prose is full of: "state-sponsored");
 *   <li>{@link #CHROME_WORD}: the whole block is a widget label ("Print", "Share", "Add Comment",
 *       "Leave a comment", "Home", "Sign in", "Advertisement");
 *   <li>{@link #RELATED}: a heading that opens a list of other stories ("Related articles", "More
 *       stories", "Latest headlines", "You may also like"); it is also a <i>hard break</i>;
 *   <li>{@link #SEPARATORS}: two or more separators ({@code | · • › »}), at least one per ten
 *       words: menus, share bars, partner lists;
 *   <li>{@link #GLUED}: three or more lower-to-upper case changes inside words, at least one per ten
 *       words, and no sentence end: menu items scraped without spaces ("homepageContact usAdd to FavoritesHome");
 *   <li>{@link #CLOCK}: starts with a clock time and has at most six words ("10:03Phnom Penh");
 *   <li>{@link #DATE_ONLY}: a date (and time) alone; a hard break when the block before it looks
 *       like a headline, since a headline followed by its date starts another story;
 *   <li>{@link #DATED_HEADLINE}: a date inside a non-sentence of at most 20 words;
 *   <li>{@link #TITLE_CASE}: four or more cased words, 80% of them capitalised, and no sentence
 *       end: headlines of other stories and menu bars;
 *   <li>{@link #FOREIGN}: most of its letters are in another script than the page's main script
 *       (Cyrillic widgets on an English page);
 *   <li>{@link #LINKS}: (HTML) more than half of its characters are link text;
 *   <li>{@link #URLS}: more than half of its characters are URLs;
 *   <li>{@link #METADATA}: (HTML) at most 12 words, all in {@code <time>} or in elements whose
 *       class or id says date, time, author or meta.
 * </ul>
 *
 * <p>Code and indicator lines ({@link Block#listOrCode}) are forgiven glue, title case and dates,
 * which command lines and logs are full of.
 *
 * <p>A block that is not boilerplate is <b>content</b> when it reads as prose: it ends a sentence
 * and has at least 8 words, or it has at least 25 words and a sentence stop inside (two CJK
 * characters count as a word). Everything else is <b>short</b>.
 */
final class BlockClassifier {
  static final int NO_LETTERS = 1;
  static final int MARKER = 1 << 1;
  static final int CHROME_WORD = 1 << 2;
  static final int RELATED = 1 << 3;
  static final int SEPARATORS = 1 << 4;
  static final int GLUED = 1 << 5;
  static final int CLOCK = 1 << 6;
  static final int DATE_ONLY = 1 << 7;
  static final int DATED_HEADLINE = 1 << 8;
  static final int TITLE_CASE = 1 << 9;
  static final int FOREIGN = 1 << 10;
  static final int LINKS = 1 << 11;
  static final int METADATA = 1 << 12;
  static final int URLS = 1 << 13;

  /** Reasons that also rule a block out as a page title. */
  private static final int NOT_A_TITLE = NO_LETTERS | MARKER | CHROME_WORD | RELATED | SEPARATORS
      | GLUED | CLOCK | DATE_ONLY | DATED_HEADLINE | FOREIGN | LINKS | METADATA | URLS;

  /** Reasons that do not make a code or indicator line boilerplate: CamelCase, dates in logs. */
  private static final int FORGIVEN_IN_CODE = GLUED | TITLE_CASE | DATED_HEADLINE;

  static final int MIN_CONTENT_WORDS = 8;
  static final int MIN_UNPUNCTUATED_CONTENT_WORDS = 25;
  private static final int SHORT_SENTENCE_WORDS = 12;
  private static final int SHORT_BLOCK_WORDS = 25;
  private static final int MAX_DATED_HEADLINE_WORDS = 20;
  /** Words in a block, at most, for a strong chrome phrase to mark it: a cookie banner, not a paragraph quoting one. */
  private static final int MAX_MARKED_WORDS = 60;
  /** Words per case change inside a word, at most, for a block to read as glued menu items. */
  private static final int GLUE_WORDS = 10;

  private static final List<String> STRONG_MARKERS = List.of("©", "all rights reserved",
      "we use cookies", "use of cookies", "uses cookies", "cookie policy", "cookie settings",
      "accept all cookies", "subscribe to our newsletter", "sign up for our newsletter",
      "enable javascript", "javascript is disabled", "skip to content", "skip to main content",
      "все права защищены", "tous droits réservés", "alle rechte vorbehalten",
      "todos los derechos reservados", "版权所有");
  private static final List<String> WEAK_MARKERS = List.of("copyright", "privacy policy",
      "terms of use", "terms of service", "terms and conditions", "newsletter", "follow us",
      "share this", "share on", "click here", "cookies", "advertisement", "read more",
      "continue reading", "sign up", "subscribe");
  private static final Set<String> CHROME_WORDS = Set.of("print", "share", "tweet", "email",
      "e mail", "comment", "comments", "add comment", "leave a comment", "post a comment",
      "leave a reply", "reply", "more", "subscribe", "advertisement", "ad", "sponsored",
      "sponsored content", "home", "menu", "search", "login", "log in", "sign in", "sign up",
      "register", "back to top", "top", "next", "previous", "next article", "previous article",
      "close", "accept", "reject", "ok", "facebook", "twitter", "x", "linkedin", "whatsapp",
      "telegram", "reddit", "copy link", "tags", "share this article", "listen", "save",
      "font size", "print this page", "show comments", "hide comments", "load more");
  private static final Pattern RELATED_HEADING = Pattern.compile("(?:related(?: articles?| stories"
      + "| news| posts| content| coverage| reading)?|more (?:stories|news|articles|from .{1,30})"
      + "|you (?:may|might) also like|recommended(?: for you| reading| stories)?"
      + "|most (?:read|popular|viewed)|latest(?: news| headlines| stories| articles)?"
      + "|top stories|see also|further reading|trending(?: now)?|editor s picks|also read"
      + "|read also|in other news)");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private BlockClassifier() {}

  /** The script most letters of the page are written in, or null for a page without letters. */
  static UnicodeScript pageScript(List<Block> blocks) {
    Map<UnicodeScript, Long> letters = new EnumMap<>(UnicodeScript.class);
    for (Block b : blocks) {
      if (b.script != null) {
        letters.merge(b.script, Math.round(b.letters * b.scriptShare), Long::sum);
      }
    }
    return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Sets kind, reasons and hard breaks of every block of one page, in page order. */
  static void classify(List<Block> blocks) {
    UnicodeScript page = pageScript(blocks);
    Block previous = null;
    for (Block b : blocks) {
      b.reasons = reasons(b, page);
      b.hardBreak = b.has(RELATED)
          || (b.has(DATE_ONLY) && previous != null && headlineShaped(previous));
      if (b.reasons != 0) {
        b.kind = Block.Kind.BOILERPLATE;
      } else if ((b.endsSentence && b.units >= MIN_CONTENT_WORDS)
          || (b.units >= MIN_UNPUNCTUATED_CONTENT_WORDS && b.innerStops >= 1)) {
        b.kind = Block.Kind.CONTENT;
      } else {
        b.kind = Block.Kind.SHORT;
      }
      previous = b;
    }
  }

  /**
   * True when a classified block could be the page title: a non-sentence of 3 to 30 words, mostly
   * letters, with no boilerplate feature other than title case, and no byline or source label.
   */
  static boolean titleLike(Block b) {
    if ((b.reasons & NOT_A_TITLE) != 0 || b.endsWithStop || b.text.endsWith(":")) {
      return false;
    }
    if (b.letters == 0 || b.units < 3 || b.units > 30 || b.letters * 2 < b.nonWs) {
      return false;
    }
    String lower = b.text.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("by ") || lower.startsWith("source:") || lower.startsWith("author")
        || lower.startsWith("posted") || lower.startsWith("updated")
        || lower.startsWith("published") || lower.startsWith("photo")
        || lower.startsWith("image") || lower.startsWith("credit"));
  }

  private static boolean headlineShaped(Block b) {
    return !b.endsSentence && b.words >= 3 && b.letters > 0;
  }

  private static int reasons(Block b, UnicodeScript page) {
    if (b.letters == 0 && !b.hasDigit) {
      return NO_LETTERS;
    }
    int r = 0;
    String lower = b.text.toLowerCase(Locale.ROOT);
    boolean shortBlock = b.words <= SHORT_SENTENCE_WORDS
        || (!b.endsSentence && b.words <= SHORT_BLOCK_WORDS);
    if ((b.words <= MAX_MARKED_WORDS && containsAny(lower, STRONG_MARKERS))
        || (shortBlock && containsAny(lower, WEAK_MARKERS))) {
      r |= MARKER;
    }
    if (b.words <= 6) {
      String bare = NON_LETTERS.matcher(lower).replaceAll(" ").strip();
      if (CHROME_WORDS.contains(bare)) {
        r |= CHROME_WORD;
      }
      if (RELATED_HEADING.matcher(bare).matches()) {
        r |= RELATED;
      }
    }
    if (b.separators >= 2 && b.separators * 10 >= b.words) {
      r |= SEPARATORS;
    }
    if (b.glue >= 3 && b.glue * GLUE_WORDS >= b.words && !b.endsSentence) {
      r |= GLUED;
    }
    if (b.startsWithClock && b.words <= 6 && !b.endsSentence) {
      r |= CLOCK;
    }
    if (!b.endsSentence && b.words <= MAX_DATED_HEADLINE_WORDS) {
      if (Dates.isDateOnly(b.text)) {
        r |= DATE_ONLY;
      } else if (Dates.find(b.text, false) != null) {
        r |= DATED_HEADLINE;
      }
    }
    if (b.metadata && b.words <= SHORT_SENTENCE_WORDS) {
      r |= METADATA;
    }
    if (!b.endsSentence && b.cased >= 4 && b.capitalized * 5 >= b.cased * 4) {
      r |= TITLE_CASE;
    }
    if (page != null && b.script != page && b.scriptShare > 0.5) {
      r |= FOREIGN;
    }
    if (b.linkChars * 2 > b.nonWs) {
      r |= LINKS;
    }
    if (b.urlChars * 2 > b.nonWs) {
      r |= URLS;
    }
    if (b.listOrCode) {
      r &= ~FORGIVEN_IN_CODE;
    }
    return r;
  }

  private static boolean containsAny(String text, List<String> needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
