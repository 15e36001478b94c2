package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The gutter between two columns of a page region: a vertical line, in the middle {@value
 * #CENTRAL} of the text's width, with text on both sides, at least two body rows having a
 * fragment left of it and at least two one right of it (the columns' baselines need not line up),
 * while no more than one row in {@value #MAX_CROSSING} of the fewer side's count crosses it (a
 * title across the page may). Rows in the page's margin bands and rows of three or more fragments
 * (table rows) do not vote. The best gutter has the most rows on its fewer side, then the fewest
 * crossing rows; it lies in the middle of the first run of such positions, tried a point apart
 * (at most {@value #MAX_STEPS} of them). Counting is linear in the fragments: each row adds to
 * difference arrays over the positions (a row crossing a line may count on a side of it as well).
 */
final class Gutter {
  static final float CENTRAL = 0.6f;
  static final int MAX_CROSSING = 4;
  static final int MAX_STEPS = 2_000;

  private Gutter() {}

  /** The x of the region's column gutter, or null for a region of one column; {@code height} is the page's. */
  static Float find(List<List<Fragment>> rows, float height) {
    List<List<Fragment>> voters = new ArrayList<>();
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (List<Fragment> row : rows) {
      float baseline = row.getFirst().baseline();
      if (row.size() < 3 && PageLayout.inBody(baseline, height)) {
        voters.add(row);
        min = Math.min(min, row.getFirst().x0());
        max = Math.max(max, row.getLast().x1());
      }
    }
    float width = max - min;
    if (voters.isEmpty() || !(width >= 1)) {
      return null;
    }
    int steps = Math.max(1, Math.min(MAX_STEPS, (int) (CENTRAL * width)));
    float step = CENTRAL * width / steps;
    float from = min + (1 - CENTRAL) / 2 * width;
    int[] left = new int[steps + 2];
    int[] right = new int[steps + 2];
    int[] cross = new int[steps + 2];
    for (List<Fragment> row : voters) {
      add(left, index(row.getFirst().x1(), from, step, steps) + 1, steps + 1);
      add(right, 0, ceil(row.getLast().x0(), from, step, steps));
      for (Fragment f : row) {
        add(cross, ceil(f.x0(), from, step, steps), index(f.x1(), from, step, steps) + 1);
      }
    }
    int bestSplit = 1;
    int bestCross = 0;
    int runStart = -1;
    int runEnd = -1;
    int l = 0;
    int r = 0;
    int c = 0;
    for (int k = 0; k <= steps; k++) {
      l += left[k];
      r += right[k];
      c += cross[k];
      int split = Math.min(l, r);
      if (split < 2 || c * MAX_CROSSING > split) {
        continue;
      }
      if (split > bestSplit || (split == bestSplit && c < bestCross)) {
        bestSplit = split;
        bestCross = c;
        runStart = k;
        runEnd = k;
      } else if (split == bestSplit && c == bestCross && runEnd == k - 1) {
        runEnd = k;
      }
    }
    return runStart < 0 ? null : from + step * (runStart + runEnd) / 2f;
  }

  /** Adds one over positions {@code [from, to)} of a difference array. */
  private static void add(int[] diff, int from, int to) {
    int a = Math.max(0, from);
    int b = Math.min(diff.length - 1, to);
    if (a < b) {
      diff[a]++;
      diff[b]--;
    }
  }

  /** The last position at or left of {@code x}, clamped to -1 .. steps. */
  private static int index(float x, float from, float step, int steps) {
    return (int) Math.max(-1, Math.min(steps, Math.floor((x - from) / step)));
  }

  /** The first position at or right of {@code x}, clamped to 0 .. steps + 1. */
  private static int ceil(float x, float from, float step, int steps) {
    return (int) Math.max(0, Math.min(steps + 1, Math.ceil((x - from) / step)));
  }

  /** Whether a fragment of the row spans {@code x}. */
  static boolean covers(List<Fragment> row, float x) {
    for (Fragment f : row) {
      if (f.x0() <= x && x <= f.x1()) {
        return true;
      }
    }
    return false;
  }
}
