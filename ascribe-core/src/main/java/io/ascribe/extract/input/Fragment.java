package io.ascribe.extract.input;

/**
 * A run of text on one baseline with no wide gap inside: a column's line, or one cell of a table
 * row. Words are separated by single spaces.
 *
 * @param text the words, never blank
 * @param x0 the left edge
 * @param x1 the right edge
 * @param baseline the baseline, from the top of the page
 * @param size the largest font size in the run
 */
record Fragment(String text, float x0, float x1, float baseline, float size) {
  /** This fragment with {@code more} text, extending its right edge. */
  Fragment withText(String more, float right) {
    return new Fragment(more, x0, Math.max(x1, right), baseline, size);
  }
}
