package io.ascribe.extract.input;

/**
 * One piece of text placed on a PDF page, as PDFBox shows it: usually one character. Coordinates
 * are in points in reading direction: {@code x} grows to the right, {@code baseline} grows down
 * from the top of the page.
 *
 * @param text the Unicode text of the glyph (a ligature may give several characters)
 * @param x the left edge
 * @param baseline the baseline, from the top of the page
 * @param width the advance width
 * @param size the font size in points
 */
record Glyph(String text, float x, float baseline, float width, float size) {
  float right() {
    return x + width;
  }

  boolean isSpace() {
    return text.isBlank();
  }
}
