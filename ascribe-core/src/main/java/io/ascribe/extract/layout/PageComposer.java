package io.ascribe.extract.layout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Places lines of text on A4 pages in two columns: the left column of a page is filled top to
 * bottom, then the right one, then the next page. Full-width lines (a title) go across both
 * columns at the current height and start a new band of columns below them. When done, every page
 * gets a running header and a footer "Page N of M". Not thread-safe; one composer per document.
 */
final class PageComposer {
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 54;
  static final float GUTTER = 20;
  static final float BODY_TOP = PAGE.getHeight() - 66;
  static final float BODY_BOTTOM = 60;
  static final float COLUMN_WIDTH = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
  static final float FULL_WIDTH = PAGE.getWidth() - 2 * MARGIN;
  static final float HEADER_SIZE = 8;

  private final PDDocument document;
  private PDPageContentStream content;
  private int column;
  private float y;
  private float bandTop;
  private boolean afterFullWidth;

  PageComposer(PDDocument document) throws IOException {
    this.document = document;
    newPage();
  }

  /** Lines across both columns at the current height, in a new page if the right column is in use. */
  void fullWidth(List<String> lines, PDFont font, float size, float leading) throws IOException {
    if (column == 1 || y - leading * lines.size() < BODY_BOTTOM) {
      newPage();
    }
    for (String line : lines) {
      show(line, font, size, MARGIN, y - leading * 0.8f);
      y -= leading;
    }
    bandTop = y;
    afterFullWidth = true;
  }

  /** Lines in the current column, moving on to the next column or page when this one is full. */
  void inColumn(List<String> lines, PDFont font, float size, float leading) throws IOException {
    inColumn(lines, font, size, leading, 0);
  }

  /** Lines in the current column, indented by {@code indent} points (a sidebar). */
  void inColumn(List<String> lines, PDFont font, float size, float leading, float indent)
      throws IOException {
    for (String line : lines) {
      if (y - leading < BODY_BOTTOM) {
        nextColumn();
      }
      show(line, font, size, columnX() + indent, y - leading * 0.8f);
      y -= leading;
      afterFullWidth = false;
    }
  }

  /**
   * One table row across both columns: cell {@code k} shows its lines from {@code cellX[k]} points
   * right of the left margin, all cells starting on the same baseline; the row goes to a new page
   * when the right column is in use or the row does not fit.
   */
  void fullWidthRow(List<List<String>> cells, float[] cellX, PDFont font, float size, float leading)
      throws IOException {
    int height = 0;
    for (List<String> cell : cells) {
      height = Math.max(height, cell.size());
    }
    if (column == 1 || y - leading * height < BODY_BOTTOM) {
      newPage();
    }
    for (int k = 0; k < cells.size(); k++) {
      List<String> cell = cells.get(k);
      for (int i = 0; i < cell.size(); i++) {
        show(cell.get(i), font, size, MARGIN + cellX[k], y - leading * (i + 0.8f));
      }
    }
    y -= leading * height;
    bandTop = y;
    afterFullWidth = true;
  }

  /** Vertical space, below a full-width element across both columns, else unless at the top of a column. */
  void gap(float height) throws IOException {
    if (afterFullWidth) {
      y -= height;
      bandTop = y;
    } else if (y < bandTop) {
      y -= height;
      if (y < BODY_BOTTOM) {
        nextColumn();
      }
    }
  }

  /** Ends the layout: closes the last page and writes the header and footer on every page. */
  void finish(String header, PDFont font) throws IOException {
    content.close();
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream margins =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        content = margins;
        show(header, font, HEADER_SIZE, MARGIN, PAGE.getHeight() - 40);
        margins.setLineWidth(0.5f);
        margins.moveTo(MARGIN, PAGE.getHeight() - 46);
        margins.lineTo(PAGE.getWidth() - MARGIN, PAGE.getHeight() - 46);
        margins.stroke();
        String footer = "Page " + (i + 1) + " of " + count;
        float width = font.getStringWidth(footer) / 1000 * HEADER_SIZE;
        show(footer, font, HEADER_SIZE, (PAGE.getWidth() - width) / 2, 34);
      }
    }
  }

  private float columnX() {
    return MARGIN + column * (COLUMN_WIDTH + GUTTER);
  }

  private void nextColumn() throws IOException {
    if (column == 0) {
      column = 1;
      y = bandTop;
    } else {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    column = 0;
    y = BODY_TOP;
    bandTop = BODY_TOP;
    afterFullWidth = false;
  }

  private void show(String text, PDFont font, float size, float x, float baseline)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }
}
