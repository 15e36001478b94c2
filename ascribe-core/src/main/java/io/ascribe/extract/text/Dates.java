package io.ascribe.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in text or in meta values, for the {@code published} field.
 *
 * <p>Recognised forms: ISO {@code 2024-04-16} (also with {@code /} or {@code .}, and with a time
 * after it); numeric day-first {@code 11.02.2020} and {@code 11-02-2020}; slashed {@code
 * 02/11/2020}, read month-first when the caller says so (American English) and day-first
 * otherwise, unless one of the numbers is above 12; month names in English, French, German,
 * Spanish and Russian ({@code 15 April 2024}, {@code April 15, 2024}, {@code 15 de abril de 2024},
 * {@code 15 апреля 2024}); and CJK {@code 2024年4月16日}. Only years 1990 to 2099 count, and the
 * date must exist. When a text holds several dates, the first one wins.
 */
final class Dates {
  private static final int MIN_YEAR = 1990;
  private static final String YEAR = "((?:19|20)\\d{2})";

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d.])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.:/-])(\\d{1,2})([./-])(\\d{1,2})\\2" + YEAR + "(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?"
          + YEAR + "(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CJK =
      Pattern.compile(YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  private static final Pattern TIME = Pattern.compile(
      "\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEFTOVER_WORDS = Pattern.compile(
      "(?i)\\b(?:gmt|utc|cet|cest|est|edt|pst|pdt|bst|msk|on|at|am|pm|t|z)\\b");

  private static final Map<String, Integer> MONTHS = months();

  private Dates() {}

  /** The first valid date in {@code text}, or null. */
  static LocalDate find(CharSequence text, boolean monthFirstSlashes) {
    Found first = null;
    first = earlier(first, iso(text));
    first = earlier(first, numeric(text, monthFirstSlashes));
    first = earlier(first, named(text, DAY_MONTH, 2, 1));
    first = earlier(first, named(text, MONTH_DAY, 1, 2));
    first = earlier(first, cjk(text));
    return first == null ? null : first.date;
  }

  /** True when {@code line} holds a date and little else (times, time zones, separators). */
  static boolean isDateOnly(String line) {
    if (line.length() > 60 || find(line, false) == null) {
      return false;
    }
    String rest = ISO.matcher(line).replaceAll(" ");
    rest = NUMERIC.matcher(rest).replaceAll(" ");
    rest = CJK.matcher(rest).replaceAll(" ");
    rest = stripNamed(rest, DAY_MONTH, 2);
    rest = stripNamed(rest, MONTH_DAY, 1);
    rest = TIME.matcher(rest).replaceAll(" ");
    rest = LEFTOVER_WORDS.matcher(rest).replaceAll(" ");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isLetter(rest.charAt(i))) {
        letters++;
      }
    }
    return letters <= 3;
  }

  private record Found(int start, LocalDate date) {}

  private static Found earlier(Found a, Found b) {
    if (a == null) {
      return b;
    }
    return b != null && b.start < a.start ? b : a;
  }

  private static Found iso(CharSequence text) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        return new Found(m.start(), d);
      }
    }
    return null;
  }

  private static Found numeric(CharSequence text, boolean monthFirstSlashes) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean monthFirst = b > 12 || (a <= 12 && monthFirstSlashes && m.group(2).equals("/"));
      LocalDate d = monthFirst
          ? date(m.group(4), m.group(1), m.group(3))
          : date(m.group(4), m.group(3), m.group(1));
      if (d != null) {
        return new Found(m.start(), d);
      }
    }
    return null;
  }

  private static Found named(CharSequence text, Pattern pattern, int monthGroup, int dayGroup) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month != null) {
        LocalDate d = date(m.group(3), String.valueOf(month), m.group(dayGroup));
        if (d != null) {
          return new Found(m.start(), d);
        }
      }
    }
    return null;
  }

  private static Found cjk(CharSequence text) {
    Matcher m = CJK.matcher(text);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Found(m.start(), d);
      }
    }
    return null;
  }

  private static String stripNamed(String text, Pattern pattern, int monthGroup) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      boolean month = MONTHS.containsKey(m.group(monthGroup).toLowerCase(Locale.ROOT));
      m.appendReplacement(sb, month ? " " : Matcher.quoteReplacement(m.group()));
    }
    return m.appendTail(sb).toString();
  }

  private static LocalDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "januar", "jänner", "enero", "января", "январь"},
      {"february", "feb", "février", "fevrier", "februar", "febrero", "февраля", "февраль"},
      {"march", "mar", "mars", "märz", "marzo", "марта", "март"},
      {"april", "apr", "avril", "abril", "апреля", "апрель"},
      {"may", "mai", "mayo", "мая", "май"},
      {"june", "jun", "juin", "juni", "junio", "июня", "июнь"},
      {"july", "jul", "juillet", "juli", "julio", "июля", "июль"},
      {"august", "aug", "août", "aout", "agosto", "августа", "август"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября", "сентябрь"},
      {"october", "oct", "octobre", "oktober", "octubre", "октября", "октябрь"},
      {"november", "nov", "novembre", "noviembre", "ноября", "ноябрь"},
      {"december", "dec", "décembre", "decembre", "dezember", "diciembre", "декабря", "декабрь"},
    };
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
