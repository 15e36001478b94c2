package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the wrapped lines of table cells back into their cells. A line that follows a table row
 * (two or more cells) in the same flow, within {@value #MAX_ROW_GAP} em below it, and whose
 * fragments each start where one of the row's cells other than the first starts, continues those
 * cells: a long hash or URL wrapped inside its cell becomes one value again, joined by {@link
 * LineJoin} (a cell's line counts as full: a cell wraps only when it has no room left). A line starting under the first cell is a new row.
 */
final class TableCells {
  static final float MAX_ROW_GAP = 1.6f;
  static final float ALIGN = 2.5f;

  private TableCells() {}

  /** The page's lines with every continuation line merged into the table row above it. */
  static List<TextLine> merge(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      TextLine row = lines.get(i++);
      if (!row.isTableRow()) {
        out.add(row);
        continue;
      }
      List<Fragment> cells = new ArrayList<>(row.cells());
      String[] lastLine = cells.stream().map(Fragment::text).toArray(String[]::new);
      float baseline = row.baseline();
      while (i < lines.size() && lines.get(i).flow() == row.flow()
          && lines.get(i).baseline() > baseline
          && lines.get(i).baseline() - baseline <= MAX_ROW_GAP * row.size()
          && continues(row.cells(), lines.get(i).cells())) {
        for (Fragment f : lines.get(i).cells()) {
          int k = cellAt(row.cells(), f);
          Fragment cell = cells.get(k);
          boolean alone = !lastLine[k].contains(" ");
          cells.set(k, cell.withText(LineJoin.join(cell.text(), f.text(), alone, true, w -> false), f.x1()));
          lastLine[k] = f.text();
        }
        baseline = lines.get(i).baseline();
        i++;
      }
      out.add(new TextLine(cells, row.flow(), row.full()));
    }
    return out;
  }

  /** Whether every fragment of {@code next} starts under a cell of {@code row} other than its first. */
  static boolean continues(List<Fragment> row, List<Fragment> next) {
    if (row.size() < 2 || next.size() >= row.size()) {
      return false;
    }
    for (Fragment f : next) {
      if (cellAt(row, f) < 1) {
        return false;
      }
    }
    return true;
  }

  private static int cellAt(List<Fragment> row, Fragment f) {
    for (int k = 0; k < row.size(); k++) {
      if (Math.abs(row.get(k).x0() - f.x0()) <= ALIGN) {
        return k;
      }
    }
    return -1;
  }
}
