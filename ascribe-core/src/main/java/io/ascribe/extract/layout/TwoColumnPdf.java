package io.ascribe.extract.layout;

import io.ascribe.digest.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Renders a report as a two-column PDF laid out like a vendor report: the title in 16 pt type
 * across the top of page 1, the paragraphs in 9 pt Times in two columns of an A4 page, left column
 * first, separated by a small vertical gap, long words hyphenated at the end of a column line
 * ("exfil-" / "tration"), a running header (the title, shortened) and a footer "Page N of M" on
 * every page. Characters the standard fonts cannot show become ASCII look-alikes or {@code '?'}.
 *
 * <p>The output is deterministic: the same title and paragraphs give the same bytes (no dates, a
 * file identifier derived from the content). Thread-safe: every call builds its own document.
 */
public final class TwoColumnPdf {
  static final float TITLE_SIZE = 16;
  static final float BODY_SIZE = 9;
  static final float BODY_LEADING = 11;
  static final float PARAGRAPH_GAP = 5;
  static final int HEADER_CHARS = 60;

  private TwoColumnPdf() {}

  /**
   * Renders a report as a two-column PDF: its title, shown on page 1 and set as the document's
   * title, and its paragraphs in reading order; blank paragraphs are skipped.
   *
   * @throws NullPointerException if the title, the list or a paragraph is null
   */
  public static byte[] render(String title, List<String> paragraphs) {
    List<String> copy = List.copyOf(paragraphs);
    try (PDDocument document = new PDDocument()) {
      PDFont body = new PDType1Font(FontName.TIMES_ROMAN);
      PDFont heading = new PDType1Font(FontName.HELVETICA_BOLD);
      PDFont margin = new PDType1Font(FontName.HELVETICA);
      String safeTitle = new WinAnsiText(heading).safe(title).strip();
      PageComposer pages = new PageComposer(document);
      if (!safeTitle.isEmpty()) {
        List<String> titleLines = new LineBreaker(s -> width(heading, s, TITLE_SIZE))
            .lines(safeTitle, PageComposer.FULL_WIDTH);
        pages.fullWidth(titleLines, heading, TITLE_SIZE, TITLE_SIZE * 1.25f);
        pages.gap(TITLE_SIZE * 0.75f);
      }
      WinAnsiText safeBody = new WinAnsiText(body);
      LineBreaker breaker = new LineBreaker(s -> width(body, s, BODY_SIZE));
      for (String paragraph : copy) {
        List<String> lines = breaker.lines(safeBody.safe(paragraph), PageComposer.COLUMN_WIDTH);
        if (!lines.isEmpty()) {
          pages.inColumn(lines, body, BODY_SIZE, BODY_LEADING);
          pages.gap(PARAGRAPH_GAP);
        }
      }
      pages.finish(header(new WinAnsiText(margin).safe(title)), margin);
      document.getDocumentInformation().setTitle(title.strip());
      return save(document, title, copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render PDF: " + e.getMessage(), e);
    }
  }

  /** The running header: the title on one line, cut at a word to about {@value #HEADER_CHARS} characters. */
  static String header(String title) {
    String flat = title.replaceAll("\\s+", " ").strip();
    if (flat.length() <= HEADER_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', HEADER_CHARS);
    return flat.substring(0, cut > HEADER_CHARS / 2 ? cut : HEADER_CHARS) + "...";
  }

  private static double width(PDFont font, String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's bytes, with a file identifier from the content instead of the clock. */
  private static byte[] save(PDDocument document, String title, List<String> paragraphs)
      throws IOException {
    byte[] id = Arrays.copyOf(digest(title, paragraphs), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static byte[] digest(String title, List<String> paragraphs) {
    MessageDigest sha = Sha256.newDigest();
    sha.update(title.getBytes(StandardCharsets.UTF_8));
    for (String paragraph : paragraphs) {
      sha.update((byte) 0);
      sha.update(paragraph.getBytes(StandardCharsets.UTF_8));
    }
    return sha.digest();
  }
}
