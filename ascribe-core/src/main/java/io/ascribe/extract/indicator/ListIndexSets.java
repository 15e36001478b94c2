package io.ascribe.extract.indicator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Shares the small ascending arrays of list indexes that the warning-list tables map each entry
 * to, so that 100,000 entries on the same three lists hold one array, not 100,000.
 *
 * <p>Lists must be added in ascending index order, every entry of a list before the next list:
 * then equal sets are always built the same way and come out as the same array.
 */
final class ListIndexSets {
  private final Map<Integer, int[]> singles = new HashMap<>();
  private final Map<int[], int[]> appended = new IdentityHashMap<>();
  private int appendingFor = -1;

  /** The set {@code current} plus {@code listIndex} (the highest index so far); null means empty. */
  int[] with(int[] current, int listIndex) {
    if (current == null) {
      return singles.computeIfAbsent(listIndex, k -> new int[] {k});
    }
    if (current[current.length - 1] == listIndex) {
      return current;
    }
    if (appendingFor != listIndex) {
      appended.clear();
      appendingFor = listIndex;
    }
    return appended.computeIfAbsent(current, c -> {
      int[] grown = Arrays.copyOf(c, c.length + 1);
      grown[c.length] = listIndex;
      return grown;
    });
  }

  /** The first list of {@code lists} (ascending, may be null) with {@code applicable[list]}, or -1. */
  static int first(int[] lists, boolean[] applicable) {
    if (lists != null) {
      for (int l : lists) {
        if (applicable[l]) {
          return l;
        }
      }
    }
    return -1;
  }
}
