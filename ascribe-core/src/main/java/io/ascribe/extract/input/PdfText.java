package io.ascribe.extract.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, taken with PDFBox and sorted by position on the page, as one {@link
 * RawDocument} of UTF-8 plain text ({@value #CONTENT_TYPE}). The document's title, when its
 * metadata gives one, is the first line, followed by a blank line; paragraphs found by PDFBox are
 * separated by blank lines.
 *
 * <p>Limits against PDF bombs, each giving an {@link InputProblem} and no document: more than
 * {@value #MAX_PAGES} pages, more than {@value #MAX_CHARS} characters of text, more than {@value
 * #MAX_GLYPHS_PER_PAGE} glyphs on one page. Decoded streams are buffered in at most {@value
 * #MAIN_MEMORY_BYTES} bytes of heap per document, then in a scratch file, and fail beyond {@value
 * #STORAGE_BYTES} bytes in all.
 *
 * <p>A PDF that needs a password, a corrupt PDF and one without any text (a scanned image) give
 * a problem too. Only the empty user password is tried. Thread-safe: every call builds its own
 * PDFBox objects.
 */
final class PdfText {
  static final int MAX_PAGES = 2_000;
  static final int MAX_CHARS = 20_000_000;
  static final int MAX_GLYPHS_PER_PAGE = 250_000;
  static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;
  static final long STORAGE_BYTES = 512L * 1024 * 1024;
  static final String CONTENT_TYPE = "text/plain; charset=utf-8";
  static final String ENCRYPTED = "encrypted PDF: a password is needed";

  private final int maxPages;
  private final int maxChars;

  PdfText() {
    this(MAX_PAGES, MAX_CHARS);
  }

  /** A reader with other limits, for tests. */
  PdfText(int maxPages, int maxChars) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be positive, got " + maxPages);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
    this.maxPages = maxPages;
    this.maxChars = maxChars;
  }

  /** Opens the PDF's bytes for PDFBox: a file read in place, or an array already in memory. */
  interface Source {
    RandomAccessRead open() throws IOException;
  }

  /** Reads one PDF, giving exactly one document or one problem. */
  void read(String source, Source pdf, Consumer<RawDocument> documents, Consumer<InputProblem> problems) {
    String text;
    try {
      text = text(pdf);
    } catch (InvalidPasswordException e) {
      problems.accept(new InputProblem(source, ENCRYPTED));
      return;
    } catch (LimitException e) {
      problems.accept(new InputProblem(source, e.getMessage()));
      return;
    } catch (IOException | RuntimeException e) {
      problems.accept(new InputProblem(source, "cannot read PDF: " + message(e)));
      return;
    }
    if (text.isBlank()) {
      problems.accept(new InputProblem(source, "PDF holds no text (a scanned image?)"));
      return;
    }
    documents.accept(new RawDocument(source, text.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE));
  }

  private String text(Source pdf) throws IOException {
    try (RandomAccessRead in = pdf.open();
        PDDocument document = Loader.loadPDF(in, "",
            MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES, STORAGE_BYTES).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages > maxPages) {
        throw new LimitException("PDF has " + pages + " pages, more than the limit of " + maxPages);
      }
      LimitedStripper stripper = new LimitedStripper(maxPages);
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      stripper.setPageEnd("\n");
      stripper.setEndPage(maxPages);
      LimitedWriter out = new LimitedWriter(maxChars);
      stripper.writeText(document, out);
      return withTitle(document.getDocumentInformation().getTitle(), out.text());
    }
  }

  /** The title on a line of its own before the text, unless it is blank or starts the text. */
  static String withTitle(String title, String text) {
    String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
    if (t.isEmpty() || text.stripLeading().startsWith(t)) {
      return text;
    }
    return t + "\n\n" + text;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A limit was reached; unchecked so that no PDFBox catch block swallows it. */
  private static final class LimitException extends RuntimeException {
    LimitException(String message) {
      super(message, null, false, false);
    }
  }

  /** PDFBox's stripper, stopped when a page lies beyond the page limit or has too many glyphs. */
  private static final class LimitedStripper extends PDFTextStripper {
    private final int maxPages;
    private int glyphs;

    LimitedStripper(int maxPages) {
      this.maxPages = maxPages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      // the page count checked before can lie: the page tree may hold more pages than it says
      if (getCurrentPageNo() > maxPages) {
        throw new LimitException("PDF has more than the limit of " + maxPages + " pages");
      }
      glyphs = 0;
      super.processPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (++glyphs > MAX_GLYPHS_PER_PAGE) {
        throw new LimitException("PDF page " + getCurrentPageNo() + " has more than the limit of "
            + MAX_GLYPHS_PER_PAGE + " glyphs");
      }
      super.processTextPosition(text);
    }
  }

  /** Collects the text, failing once it grows past the character limit. */
  private static final class LimitedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    LimitedWriter(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      check(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      check(length);
      text.append(s, offset, offset + length);
    }

    private void check(int length) {
      if ((long) text.length() + length > maxChars) {
        throw new LimitException("PDF text is longer than the limit of " + maxChars + " characters");
      }
    }

    String text() {
      return text.toString();
    }

    @Override
    public void flush() {
      // nothing buffered
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
