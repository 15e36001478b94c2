package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a page: glyphs whose baselines lie within {@value #ROW_TOLERANCE} em of a row's first
 * glyph join that row; a row is cut into fragments at gaps wider than {@value #CELL_GAP} em (the
 * gutter between two columns, the space between table cells), and words inside a fragment are
 * separated by one space where the PDF has a space glyph or a gap over {@value #WORD_GAP} em.
 * Glyphs with coordinates that are not finite, or without text, are skipped.
 */
final class PageRows {
  static final float ROW_TOLERANCE = 0.35f;
  static final float WORD_GAP = 0.15f;
  static final float CELL_GAP = 0.8f;

  private PageRows() {}

  /** Glyphs grouped into rows by baseline, top to bottom, each row cut into fragments. */
  static List<List<Fragment>> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (Float.isFinite(g.x()) && Float.isFinite(g.baseline()) && Float.isFinite(g.width())
          && !g.text().isEmpty()) {
        sorted.add(g);
      }
    }
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Fragment>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    for (Glyph g : sorted) {
      if (!row.isEmpty() && g.baseline() - row.getFirst().baseline()
          > ROW_TOLERANCE * Math.max(1, Math.min(g.size(), row.getFirst().size()))) {
        addRow(row, rows);
        row = new ArrayList<>();
      }
      row.add(g);
    }
    addRow(row, rows);
    return rows;
  }

  private static void addRow(List<Glyph> row, List<List<Fragment>> rows) {
    row.sort(Comparator.comparingDouble(Glyph::x));
    List<Fragment> fragments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x0 = 0;
    float x1 = 0;
    float size = 0;
    Glyph previous = null;
    for (Glyph g : row) {
      if (previous != null) {
        float gap = g.x() - previous.right();
        float em = Math.max(1, Math.max(g.size(), previous.size()));
        if (gap > CELL_GAP * em) {
          addFragment(text, x0, x1, row.getFirst().baseline(), size, fragments);
          text.setLength(0);
          size = 0;
        } else if (gap > WORD_GAP * em && !previous.isSpace() && !g.isSpace()) {
          text.append(' ');
        }
      }
      previous = g;
      if (g.isSpace()) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
        continue;
      }
      if (text.isEmpty()) {
        x0 = g.x();
        x1 = g.right();
      }
      text.append(g.text());
      x1 = Math.max(x1, g.right());
      size = Math.max(size, g.size());
    }
    addFragment(text, x0, x1, row.isEmpty() ? 0 : row.getFirst().baseline(), size, fragments);
    if (!fragments.isEmpty()) {
      rows.add(fragments);
    }
  }

  private static void addFragment(StringBuilder text, float x0, float x1, float baseline,
      float size, List<Fragment> fragments) {
    String words = text.toString().strip();
    if (!words.isEmpty()) {
      fragments.add(new Fragment(words, x0, x1, baseline, size));
    }
  }
}
