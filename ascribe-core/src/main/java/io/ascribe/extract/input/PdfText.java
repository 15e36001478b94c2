package io.ascribe.extract.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF in reading order, as one {@link RawDocument} of UTF-8 plain text ({@value
 * #CONTENT_TYPE}): one paragraph a line, paragraphs separated by a blank line. The document's
 * title, when its metadata gives one, is the first line, followed by a blank line.
 *
 * <p>PDFBox gives the glyphs of each page; the order is found by geometry: {@link PageLayout}
 * reads columns left to right and each top to bottom (titles and tables across the page stay in
 * place) from the rows of {@link PageRows} and the gutter of {@link Gutter}, {@link TableCells} puts wrapped cell lines back in their cells, {@link RunningLines}
 * drops running headers, footers and page numbers, and {@link Paragraphs} joins lines into
 * paragraphs, undoing end-of-line hyphens ({@link LineJoin}).
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
      LayoutStripper stripper = new LayoutStripper(maxPages, maxChars);
      stripper.setSortByPosition(false);
      stripper.setEndPage(maxPages);
      stripper.writeText(document, Writer.nullWriter());
      String title = document.getDocumentInformation().getTitle();
      return withTitle(title, Paragraphs.text(RunningLines.strip(stripper.pages(), title)));
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

  /**
   * PDFBox's stripper, taking each page's glyphs to {@link PageLayout} instead of writing them, and
   * stopped when a page lies beyond the page limit, has too many glyphs, or the text grows too long.
   * Only glyphs written in the page's main direction and upright are kept: text up a margin and
   * diagonal watermarks would cut across the lines.
   */
  private static final class LayoutStripper extends PDFTextStripper {
    private static final float SLANT = 0.05f;
    private final int maxPages;
    private final int maxChars;
    private final List<RunningLines.Page> pages = new ArrayList<>();
    private int glyphs;
    private long chars;

    LayoutStripper(int maxPages, int maxChars) {
      this.maxPages = maxPages;
      this.maxChars = maxChars;
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

    @Override
    protected void writePage() {
      float dir = mainDirection();
      List<Glyph> page = new ArrayList<>();
      for (List<TextPosition> article : charactersByArticle) {
        for (TextPosition t : article) {
          String unicode = t.getUnicode() == null ? "" : t.getUnicode();
          chars += unicode.length();
          if (chars > maxChars) {
            throw new LimitException("PDF text is longer than the limit of " + maxChars + " characters");
          }
          if (t.getDir() == dir && isUpright(t.getTextMatrix())) {
            float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
            page.add(new Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
          }
        }
      }
      PDRectangle box = getCurrentPage().getCropBox();
      float height = dir % 180 == 0 ? box.getHeight() : box.getWidth();
      pages.add(new RunningLines.Page(TableCells.merge(PageLayout.read(page, height)), height));
    }

    /** The direction most of the page's glyphs are written in (0, 90, 180 or 270 degrees). */
    private float mainDirection() {
      Map<Float, Integer> counts = new HashMap<>();
      for (List<TextPosition> article : charactersByArticle) {
        for (TextPosition t : article) {
          counts.merge(t.getDir(), 1, Integer::sum);
        }
      }
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(0f);
    }

    /** Whether text is set along an axis, not slanted (a diagonal watermark). */
    private static boolean isUpright(Matrix m) {
      float a = Math.abs(m.getScaleX());
      float b = Math.abs(m.getShearY());
      float c = Math.abs(m.getShearX());
      float d = Math.abs(m.getScaleY());
      return (b <= SLANT * a && c <= SLANT * d) || (a <= SLANT * b && d <= SLANT * c);
    }

    List<RunningLines.Page> pages() {
      return pages;
    }
  }
}
