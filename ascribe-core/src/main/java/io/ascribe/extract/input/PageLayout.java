package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one PDF page in reading order, found by geometry alone (never by the order of the
 * content stream, which real PDFs do not keep).
 *
 * <ol>
 *   <li>Glyphs form rows of fragments ({@link PageRows}), and a column gutter is looked for
 *       ({@link Gutter}); rows in the top and bottom {@value #MARGIN_BAND} of the page are margins
 *       and do not vote for it.
 *   <li>Rows are then read top to bottom in bands: a run of rows that do not cross the gutter is a
 *       two-column band, read left column first, then right column; a row that crosses it (a title,
 *       a table across the page, and the wrapped-cell rows under a table row) stays in its place.
 *       A band whose longest left fragments stop well short of the gutter (a two-cell key/value
 *       table) is not columns, and is read row by row. Each column is read the same way in turn,
 *       down to {@value #MAX_DEPTH} levels, so three or four columns are read in order too when
 *       their baselines differ; three columns on common baselines read as the rows of a table.
 *   <li>Each line is marked full when it reaches near the right edge of its column (within
 *       {@value #FULL_SLACK} of the column's width).
 * </ol>
 */
final class PageLayout {
  static final float MARGIN_BAND = 0.08f;
  static final float FULL_SLACK = 0.12f;
  static final int MAX_DEPTH = 2;

  private PageLayout() {}

  /** The page's lines in reading order; {@code height} is the page height in points. */
  static List<TextLine> read(List<Glyph> glyphs, float height) {
    Reading reading = new Reading(height);
    reading.region(PageRows.of(glyphs), 0);
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
      Float gutter = depth < MAX_DEPTH ? Gutter.find(rows, height) : null;
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

  /** Whether row {@code i} stays in its place across the columns: it crosses the gutter or continues a table row above. */
  private static boolean crosses(List<List<Fragment>> rows, int i, float gutter) {
    List<Fragment> row = rows.get(i);
    if (Gutter.covers(row, gutter)) {
      return true;
    }
    boolean left = row.getFirst().x1() < gutter;
    boolean right = row.getLast().x0() > gutter;
    if (row.size() >= 3 && left && right) {
      return true;
    }
    List<Fragment> above = i == 0 ? null : rows.get(i - 1);
    return above != null && Gutter.covers(above, gutter) && above.size() > 1 && TableCells.continues(above, row);
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
