package io.ascribe.extract.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Extracts the clean main text of a news page or report, with its title, date, publisher and
 * language, from plain text, HTML or raw bytes. Stateless and thread-safe.
 *
 * <p><b>Plain text</b> ({@link #fromPlainText}) is cut into blocks, one per line or per paragraph
 * of hard-wrapped text, and a long paragraph into its sentences ({@link PlainTextBlocks}). Each block is classified as content, short or
 * boilerplate by its features: length, sentence punctuation, word count, menu-like short lines,
 * separators such as {@code |} or {@code ·}, words run together, clock lines, headline and date
 * pairs, copyright and cookie markers, letters of another script than the page's ({@link
 * BlockClassifier}). The main text is the stretch of blocks where content most outweighs what is
 * not ({@link MainRun}), never across a hard break such as a "Related articles" heading or a
 * headline followed by its date; inside it, short blocks are kept and boilerplate dropped. Title, date and publisher come
 * from the blocks just before the run ({@link PageHeader}). When that would keep under a third of
 * a long text, the whole text is kept instead ({@link MainText#KEPT_ALL}).
 *
 * <p><b>HTML</b> ({@link #fromHtml}) is parsed with jsoup; scripts, styles, comments and form
 * controls are skipped, navigation, header, footer, aside, form and widget elements are marked as
 * chrome, and the main content block is the element richest in paragraphs ({@link
 * MainBlockFinder}). See {@link HtmlExtraction}.
 *
 * <p><b>Bytes</b> ({@link #fromBytes}) are decoded and sniffed first ({@link DecodedBytes}); binary
 * input yields {@link CleanText#empty()}.
 *
 * <p>No input makes it throw (other than null arguments) or recurse: every tree walk is iterative,
 * and HTML beyond {@value HtmlSizeGuard#MAX_CHARS} characters is shrunk before parsing.
 */
public final class TextExtractor {
  /**
   * Non-blank characters above which a plain text whose main text would keep under a third of them
   * is kept whole ({@link MainText#KEPT_ALL}): removal that drastic on a long text means the
   * classifier misread the layout, and losing a report's body costs more than keeping its furniture.
   */
  static final int KEEP_ALL_ABOVE = 2_000;

  private final LanguageGuesser languages = new LanguageGuesser();

  /** The main text of a page scraped to plain text (lines or paragraphs). */
  public CleanText fromPlainText(String raw) {
    Objects.requireNonNull(raw, "raw text must not be null");
    List<Block> blocks = PlainTextBlocks.split(raw);
    BlockClassifier.classify(blocks);
    MainRun run = MainRun.find(blocks);
    // No block reads as prose (a short note, say): keep whatever is not boilerplate.
    List<Block> kept = run == null
        ? blocks.stream().filter(b -> b.kind != Block.Kind.BOILERPLATE).toList() : run.kept(blocks);
    String text = join(kept);
    long visible = nonBlank(raw);
    MainText choice = MainText.EXTRACTED;
    if (visible > KEEP_ALL_ABOVE && nonBlank(text) * 3 < visible) {
      text = join(blocks);
      choice = MainText.KEPT_ALL;
    }
    String language = languages.guess(prose(kept, text));
    PageHeader header = PageHeader.find(blocks, run == null ? -1 : run.first(),
        run == null ? -1 : run.last(), language.equals("en"));
    LocalDate published = header.published();
    return new CleanText(header.title(), published == null ? null : published.toString(),
        header.publisher(), language, text, removed(visible, text), choice);
  }

  /**
   * Text that already is the main text (an analyst's notes, an excerpt pasted into an evidence
   * file): nothing is removed and no title or date is looked for; only the language is identified.
   */
  public CleanText asGiven(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String trimmed = text.strip();
    return new CleanText(null, null, null, languages.guess(trimmed), trimmed, 0, MainText.GIVEN);
  }

  /** The main text of an HTML page; {@code baseUri} (may be null) names where it came from. */
  public CleanText fromHtml(String html, String baseUri) {
    Objects.requireNonNull(html, "html must not be null");
    return HtmlExtraction.extract(html, baseUri, languages);
  }

  /**
   * The main text of a document given as bytes: the charset is detected, HTML and plain text are
   * told apart by sniffing, and binary data gives {@link CleanText#empty()}.
   *
   * @param nameOrContentType a file name or content type such as {@code text/html;
   *     charset=utf-8}, used as a hint; may be null
   */
  public CleanText fromBytes(byte[] bytes, String nameOrContentType) {
    Objects.requireNonNull(bytes, "bytes must not be null");
    DecodedBytes decoded = DecodedBytes.of(bytes, nameOrContentType);
    if (decoded.binary()) {
      return CleanText.empty();
    }
    return decoded.html() ? fromHtml(decoded.text(), null) : fromPlainText(decoded.text());
  }

  /** The content blocks of the kept text, which the language is guessed from: not its tables and hashes. */
  private static String prose(List<Block> kept, String text) {
    String prose = join(kept.stream().filter(b -> b.kind == Block.Kind.CONTENT).toList());
    return prose.isEmpty() ? text : prose;
  }

  static String join(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (!sb.isEmpty()) {
        sb.append(b.continuesParagraph ? " " : "\n\n");
      }
      sb.append(b.text);
    }
    return sb.toString();
  }

  /** Visible non-blank characters not kept in {@code text}, clamped to the int range. */
  static int removed(long visibleNonBlank, String text) {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, visibleNonBlank - nonBlank(text)));
  }

  private static long nonBlank(String s) {
    long k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
        k++;
      }
    }
    return k;
  }
}
