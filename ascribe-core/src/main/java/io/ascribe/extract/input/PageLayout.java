package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of one PDF page in reading order, found by geometry alone (never by the order of the
 * content stream, which real PDFs do not keep).
 *
 * <ol>
 *   <li>Glyphs on one baseline form a row; a row is cut into fragments at gaps wider than {@value
 *       #CELL_GAP} em, so the lines of two columns, or the cells of a table, are apart.
 *   <li>A gutter is a vertical line, in the middle three fifths of the text, with text on both
 *       sides: at least two body rows have a fragment left of it and at least two one right of it
 *       (the columns' baselines need not line up), while no more than one row in {@value
 *       #MAX_CROSSING} of the fewer side's count crosses it (a title across the page may). Rows in
 *       the top and bottom {@value #MARGIN_BAND} of the page, and rows of three or more fragments
 *       (table rows), do not vote. The best gutter has the most rows on its fewer side.
 *   <li>Rows are then read top to bottom in bands: a run of rows that do not cross the gutter is a
 *       two-column band, read left column first, then right column; a row that crosses it (a title,
 *       a table across the page, and the wrapped-cell rows under a table row) stays in its place.
 *       A band whose longest left fragments stop well short of the gutter (a two-cell key/value
 *       table) is not columns, and is read row by row. Each column is read the same way in turn,
 *       down to {@value #MAX_DEPTH} levels, so three or four columns are read in order too when
 *       their baselines differ; three columns on common baselines read as the rows of a table.
 * </ol>
 */
final class PageLayout {
  static final float ROW_TOLERANCE = 0.35f;
  static final float WORD_GAP = 0.15f;
  static final float CELL_GAP = 0.8f;
  static final float MARGIN_BAND = 0.08f;
  static final float FULL_SLACK = 0.12f;
  static final int MAX_CROSSING = 4;
  static final int MAX_DEPTH = 2;

  private PageLayout() {}

  /** The page's lines in reading order; {@code height} is the page height in points. */
  static List<TextLine> read(List<Glyph> glyphs, float height) {
    Reading reading = new Reading(height);
    reading.region(rows(glyphs), 0);
    return withFullness(reading.lines, reading.flows, height);
  }

  /** The lines read so far, each with its flow. */
  private static final class Reading {
    final float height;
    final List<List<Fragment>> lines = new ArrayList<>();
    final List<Integer> flows = new ArrayList<>();
    int flow;

    Reading(float height) {
      this.height = height;
    }

    /** Reads a region of rows: the page, or one column of a band, split again up to a depth. */
    void region(List<List<Fragment>> rows, int depth) {
      Float gutter = depth < MAX_DEPTH ? gutter(rows, height) : null;
      int i = 0;
      while (i < rows.size()) {
        boolean crossing = gutter == null || crosses(rows, i, gutter);
        int end = i + 1;
        while (end < rows.size() && (gutter == null || crosses(rows, end, gutter)) == crossing) {
          end++;
        }
        List<List<Fragment>> band = rows.subList(i, end);
        if (!crossing && isColumns(band, gutter)) {
          region(side(band, gutter, true), depth + 1);
          region(side(band, gutter, false), depth + 1);
        } else {
          for (List<Fragment> row : band) {
            lines.add(row);
            flows.add(flow);
          }
          flow++;
        }
        i = end;
      }
    }
  }

  /** Glyphs grouped into rows by baseline, top to bottom, each row cut into fragments. */
  static List<List<Fragment>> rows(List<Glyph> glyphs) {
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

  /** The x of the page's column gutter, or null for a page of one column. */
  static Float gutter(List<List<Fragment>> rows, float height) {
    List<List<Fragment>> voters = new ArrayList<>();
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (List<Fragment> row : rows) {
      float baseline = row.getFirst().baseline();
      if (row.size() < 3 && inBody(baseline, height)) {
        voters.add(row);
        min = Math.min(min, row.getFirst().x0());
        max = Math.max(max, row.getLast().x1());
      }
    }
    if (voters.isEmpty()) {
      return null;
    }
    float width = max - min;
    int bestSplit = 1;
    int bestCross = 0;
    float runStart = Float.NaN;
    float runEnd = Float.NaN;
    for (float x = min + 0.2f * width; x <= min + 0.8f * width; x += 1) {
      int left = 0;
      int right = 0;
      int cross = 0;
      for (List<Fragment> row : voters) {
        if (covers(row, x)) {
          cross++;
          continue;
        }
        left += row.getFirst().x1() < x ? 1 : 0;
        right += row.getLast().x0() > x ? 1 : 0;
      }
      int split = Math.min(left, right);
      if (split < 2 || cross * MAX_CROSSING > split) {
        continue;
      }
      if (split > bestSplit || (split == bestSplit && cross < bestCross)) {
        bestSplit = split;
        bestCross = cross;
        runStart = x;
        runEnd = x;
      } else if (split == bestSplit && cross == bestCross && runEnd == x - 1) {
        runEnd = x;
      }
    }
    return Float.isNaN(runStart) ? null : (runStart + runEnd) / 2;
  }

  private static boolean covers(List<Fragment> row, float x) {
    for (Fragment f : row) {
      if (f.x0() <= x && x <= f.x1()) {
        return true;
      }
    }
    return false;
  }

  /** Whether row {@code i} stays in its place across the columns: it crosses the gutter or continues a table row above. */
  private static boolean crosses(List<List<Fragment>> rows, int i, float gutter) {
    List<Fragment> row = rows.get(i);
    if (covers(row, gutter)) {
      return true;
    }
    boolean left = row.getFirst().x1() < gutter;
    boolean right = row.getLast().x0() > gutter;
    if (row.size() >= 3 && left && right) {
      return true;
    }
    List<Fragment> above = i == 0 ? null : rows.get(i - 1);
    return above != null && covers(above, gutter) && above.size() > 1 && TableCells.continues(above, row);
  }

  /**
   * Whether a band of rows is two columns of text: the longest tenth of its left lines reach within
   * a quarter of the column width of the gutter (the labels of a key/value table stop far short).
   */
  private static boolean isColumns(List<List<Fragment>> band, float gutter) {
    List<Float> ends = new ArrayList<>();
    float left = Float.MAX_VALUE;
    for (List<Fragment> row : band) {
      for (Fragment f : row) {
        if (f.x1() < gutter) {
          ends.add(f.x1());
          left = Math.min(left, f.x0());
        }
      }
    }
    if (ends.isEmpty()) {
      return true;
    }
    ends.sort(null);
    return ends.get(ends.size() * 9 / 10) >= gutter - 0.25f * (gutter - left);
  }

  /** The rows of a band cut to one side of the gutter; rows with nothing on that side left out. */
  private static List<List<Fragment>> side(List<List<Fragment>> band, float gutter, boolean left) {
    List<List<Fragment>> rows = new ArrayList<>();
    for (List<Fragment> row : band) {
      List<Fragment> side = new ArrayList<>();
      for (Fragment f : row) {
        if ((f.x1() < gutter) == left) {
          side.add(f);
        }
      }
      if (!side.isEmpty()) {
        rows.add(side);
      }
    }
    return rows;
  }

  /**
   * The lines, each marked full when it reaches near the right edge of its flow: the rightmost end
   * of the flow's lines outside the top and bottom margin bands (of all its lines if none is).
   */
  private static List<TextLine> withFullness(List<List<Fragment>> lines, List<Integer> flows,
      float height) {
    int count = flows.isEmpty() ? 0 : flows.getLast() + 1;
    float[] left = new float[count];
    float[] right = new float[count];
    float[] anyLeft = new float[count];
    float[] anyRight = new float[count];
    Arrays.fill(left, Float.MAX_VALUE);
    Arrays.fill(right, -Float.MAX_VALUE);
    Arrays.fill(anyLeft, Float.MAX_VALUE);
    Arrays.fill(anyRight, -Float.MAX_VALUE);
    for (int i = 0; i < lines.size(); i++) {
      int flow = flows.get(i);
      List<Fragment> line = lines.get(i);
      anyLeft[flow] = Math.min(anyLeft[flow], line.getFirst().x0());
      anyRight[flow] = Math.max(anyRight[flow], line.getLast().x1());
      if (inBody(line.getFirst().baseline(), height)) {
        left[flow] = Math.min(left[flow], line.getFirst().x0());
        right[flow] = Math.max(right[flow], line.getLast().x1());
      }
    }
    List<TextLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      int flow = flows.get(i);
      float l = right[flow] < left[flow] ? anyLeft[flow] : left[flow];
      float r = right[flow] < left[flow] ? anyRight[flow] : right[flow];
      float end = lines.get(i).getLast().x1();
      out.add(new TextLine(lines.get(i), flow, end >= r - FULL_SLACK * (r - l)));
    }
    return out;
  }

  /** Whether a baseline lies between the top and bottom margin bands of a page. */
  static boolean inBody(float baseline, float height) {
    return baseline > MARGIN_BAND * height && baseline < (1 - MARGIN_BAND) * height;
  }
}
