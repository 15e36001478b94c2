package io.ascribe.extract.input;

import java.util.List;

/**
 * A line of a page in reading order: one fragment for a line of running text, several for the
 * cells of a table row.
 *
 * @param cells the fragments, left to right; never empty
 * @param flow which column of which band of the page the line belongs to; lines of one flow
 *     follow each other in a column, a change of flow is a jump to another column or band
 * @param full whether the line reaches the right edge of its flow (a line that was wrapped)
 */
record TextLine(List<Fragment> cells, int flow, boolean full) {
  TextLine {
    cells = List.copyOf(cells);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a line needs at least one fragment");
    }
  }

  float x0() {
    return cells.getFirst().x0();
  }

  float baseline() {
    return cells.getFirst().baseline();
  }

  float size() {
    float size = 0;
    for (Fragment f : cells) {
      size = Math.max(size, f.size());
    }
    return size;
  }

  boolean isTableRow() {
    return cells.size() > 1;
  }

  /**
   * The line's text: its cells joined by a tab (not {@code " | "}, which the main-text stage takes
   * for a menu bar and drops).
   */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Fragment f : cells) {
      if (!out.isEmpty()) {
        out.append('\t');
      }
      out.append(f.text());
    }
    return out.toString();
  }
}
