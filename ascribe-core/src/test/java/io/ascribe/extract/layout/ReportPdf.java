package io.ascribe.extract.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A test builder of vendor-style report PDFs richer than {@link TwoColumnPdf}: the same page
 * layout (two columns of 9 pt Times, running header, page footer) with headings, sidebars (8 pt
 * Helvetica, inset), pull quotes (12 pt Times italic, possibly in the middle of a paragraph),
 * indicator tables across the page whose long values wrap inside their cell, and an appendix of
 * hashes one a line in 6 pt Courier.
 */
public final class ReportPdf {
  private static final float SIDEBAR_SIZE = 8;
  private static final float QUOTE_SIZE = 12;
  private static final float TABLE_SIZE = 8;
  private static final float HASH_SIZE = 6;
  private static final float[] TABLE_COLUMNS = {0, 70, 345};
  private static final float[] TABLE_WIDTHS = {60, 265, 140};

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  private sealed interface Block {}

  private record Paragraph(String text, String quote) implements Block {}

  private record Heading(String text) implements Block {}

  private record Sidebar(String text) implements Block {}

  private record Table(List<List<String>> rows) implements Block {}

  private record Hashes(List<String> hashes) implements Block {}

  private ReportPdf(String title) {
    this.title = title;
  }

  /** A report with this title. */
  public static ReportPdf titled(String title) {
    return new ReportPdf(title);
  }

  /** A paragraph of body text. */
  public ReportPdf paragraph(String text) {
    blocks.add(new Paragraph(text, null));
    return this;
  }

  /** A paragraph with a pull quote set in the middle of it, between two of its lines. */
  public ReportPdf paragraphWithQuote(String text, String quote) {
    blocks.add(new Paragraph(text, quote));
    return this;
  }

  /** A heading in 11 pt Helvetica-Bold. */
  public ReportPdf heading(String text) {
    blocks.add(new Heading(text));
    return this;
  }

  /** A sidebar: smaller type, indented, set apart by space. */
  public ReportPdf sidebar(String text) {
    blocks.add(new Sidebar(text));
    return this;
  }

  /** A table across the page of (type, value, comment) rows; the first row is the header. */
  public ReportPdf table(List<List<String>> rows) {
    blocks.add(new Table(List.copyOf(rows)));
    return this;
  }

  /** An appendix of hashes, one a line, in the columns. */
  public ReportPdf hashes(List<String> hashes) {
    blocks.add(new Hashes(List.copyOf(hashes)));
    return this;
  }

  /** The PDF's bytes. */
  public byte[] render() {
    try (PDDocument document = new PDDocument()) {
      PDFont body = new PDType1Font(FontName.TIMES_ROMAN);
      PDFont italic = new PDType1Font(FontName.TIMES_ITALIC);
      PDFont sans = new PDType1Font(FontName.HELVETICA);
      PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
      PDFont mono = new PDType1Font(FontName.COURIER);
      PageComposer pages = new PageComposer(document);
      pages.fullWidth(breaker(bold, TwoColumnPdf.TITLE_SIZE).lines(title, PageComposer.FULL_WIDTH),
          bold, TwoColumnPdf.TITLE_SIZE, TwoColumnPdf.TITLE_SIZE * 1.25f);
      pages.gap(12);
      float column = PageComposer.COLUMN_WIDTH;
      for (Block block : blocks) {
        switch (block) {
          case Paragraph p -> {
            List<String> lines = breaker(body, TwoColumnPdf.BODY_SIZE).lines(p.text(), column);
            int half = p.quote() == null ? lines.size() : lines.size() / 2;
            pages.inColumn(lines.subList(0, half), body, TwoColumnPdf.BODY_SIZE, TwoColumnPdf.BODY_LEADING);
            if (p.quote() != null) {
              pages.gap(8);
              pages.inColumn(breaker(italic, QUOTE_SIZE).lines(p.quote(), column - 20), italic,
                  QUOTE_SIZE, QUOTE_SIZE * 1.2f, 10);
              pages.gap(8);
              pages.inColumn(lines.subList(half, lines.size()), body, TwoColumnPdf.BODY_SIZE,
                  TwoColumnPdf.BODY_LEADING);
            }
          }
          case Heading h -> pages.inColumn(breaker(bold, 11).lines(h.text(), column), bold, 11, 14);
          case Sidebar s -> {
            pages.gap(8);
            pages.inColumn(breaker(sans, SIDEBAR_SIZE).lines(s.text(), column - 16), sans,
                SIDEBAR_SIZE, SIDEBAR_SIZE * 1.25f, 8);
            pages.gap(8);
          }
          case Table t -> {
            LineBreaker cells = breaker(sans, TABLE_SIZE);
            for (List<String> row : t.rows()) {
              List<List<String>> wrapped = new ArrayList<>();
              for (int k = 0; k < row.size(); k++) {
                wrapped.add(cells.lines(row.get(k), TABLE_WIDTHS[k]));
              }
              pages.fullWidthRow(wrapped, TABLE_COLUMNS, sans, TABLE_SIZE, TABLE_SIZE * 1.25f);
              pages.gap(4);
            }
          }
          case Hashes h -> {
            for (String hash : h.hashes()) {
              pages.inColumn(List.of(hash), mono, HASH_SIZE, HASH_SIZE * 1.4f);
            }
          }
        }
        pages.gap(TwoColumnPdf.PARAGRAPH_GAP);
      }
      pages.finish(TwoColumnPdf.header(title), sans);
      document.getDocumentInformation().setTitle(title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LineBreaker breaker(PDFont font, float size) {
    return new LineBreaker(s -> {
      try {
        return font.getStringWidth(s) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
