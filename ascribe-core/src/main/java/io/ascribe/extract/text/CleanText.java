package io.ascribe.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The main text of one document with what the page says about it: the result of {@link
 * TextExtractor}.
 *
 * @param title the headline, or null when none was found
 * @param published the publication date as {@code yyyy-MM-dd}, or null when unknown
 * @param publisher the publishing organisation or site, or null when unknown
 * @param language ISO 639-1 code of {@code text} (see {@link LanguageGuesser}), or {@code "und"}
 * @param text the article's own paragraphs joined by blank lines ({@code "\n\n"}); empty when no
 *     main text was found (binary input, a page of links)
 * @param boilerplateCharsRemoved non-whitespace characters of the input's visible text (for HTML,
 *     the text of the page, not its markup) that are not in {@code text}: chrome, title and date
 *     lines, comments, related stories
 * @param mainText how {@code text} was chosen: furniture removed, everything kept because removal
 *     would have left too little, or given as clean
 */
public record CleanText(
    String title,
    String published,
    String publisher,
    String language,
    String text,
    int boilerplateCharsRemoved,
    MainText mainText) {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LANGUAGE = Pattern.compile("und|[a-z]{2,3}");

  public CleanText {
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(mainText, "mainText must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (published != null && !isIsoDate(published)) {
      throw new IllegalArgumentException(
          "published must be an ISO date yyyy-MM-dd or null, got " + published);
    }
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be an ISO 639-1 code or \"und\", got " + language);
    }
    if (boilerplateCharsRemoved < 0) {
      throw new IllegalArgumentException(
          "boilerplateCharsRemoved must be >= 0, got " + boilerplateCharsRemoved);
    }
  }

  /** A main text from which furniture was removed ({@link MainText#EXTRACTED}). */
  public CleanText(String title, String published, String publisher, String language, String text,
      int boilerplateCharsRemoved) {
    this(title, published, publisher, language, text, boilerplateCharsRemoved, MainText.EXTRACTED);
  }

  /** The result for input that holds no text (binary data, an empty page). */
  public static CleanText empty() {
    return new CleanText(null, null, null, LanguageGuesser.UNDETERMINED, "", 0);
  }

  private static boolean isIsoDate(String s) {
    if (!ISO_DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
