package io.ascribe.extract.indicator;

import java.util.Arrays;

/**
 * A hash table from strings to sets of list indexes that keeps every key's chars in one shared
 * array: about 400,000 warning-list entries cost a few large arrays instead of a String, a byte
 * array and a map node each, which makes loading faster and leaves the garbage collector little to
 * copy.
 *
 * <p>Keys are added through {@link #add}, which merges the list index into the key's set (via
 * {@link ListIndexSets}, so lists must come in ascending order); {@link #get} is safe to call from
 * many threads once adding is over.
 */
final class StringTable {
  private char[] chars = new char[1 << 16];
  private int charCount;
  /** Key {@code k} is {@code chars[keyStart[k], keyStart[k + 1])}. */
  private int[] keyStart = new int[1 << 10];
  private int[] keyHash = new int[1 << 10];
  private int[][] lists = new int[1 << 10][];
  private int count;
  /** Open addressing: key index + 1, or 0 for an empty slot. */
  private int[] slots = new int[1 << 11];

  /** Drops the spare capacity of the growing arrays; call once adding is over. */
  StringTable trim() {
    chars = Arrays.copyOf(chars, charCount);
    keyStart = Arrays.copyOf(keyStart, count + 1);
    keyHash = Arrays.copyOf(keyHash, count);
    lists = Arrays.copyOf(lists, count);
    return this;
  }

  /** Number of distinct keys. */
  int size() {
    return count;
  }

  /** The list set of {@code key}, or null when the table does not hold it. */
  int[] get(String key) {
    int h = hash(key);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int k = slots[i] - 1;
      if (k < 0) {
        return null;
      }
      if (keyHash[k] == h && equals(k, key)) {
        return lists[k];
      }
    }
  }

  /** Adds list {@code listIndex} to the set of the key {@code s[from, to)}. */
  void add(char[] s, int from, int to, int listIndex, ListIndexSets sets) {
    int h = hash(s, from, to);
    int mask = slots.length - 1;
    int i = h & mask;
    while (true) {
      int k = slots[i] - 1;
      if (k < 0) {
        break;
      }
      if (keyHash[k] == h && equals(k, s, from, to)) {
        lists[k] = sets.with(lists[k], listIndex);
        return;
      }
      i = (i + 1) & mask;
    }
    int len = to - from;
    if (charCount + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
    }
    System.arraycopy(s, from, chars, charCount, len);
    if (count + 2 > keyStart.length) {
      int size = keyStart.length * 2;
      keyStart = Arrays.copyOf(keyStart, size);
      keyHash = Arrays.copyOf(keyHash, size);
      lists = Arrays.copyOf(lists, size);
    }
    keyStart[count] = charCount;
    charCount += len;
    keyStart[count + 1] = charCount;
    keyHash[count] = h;
    lists[count] = sets.with(null, listIndex);
    count++;
    slots[i] = count;
    if (2 * count > slots.length) {
      rehash();
    }
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int k = 0; k < count; k++) {
      int i = keyHash[k] & mask;
      while (grown[i] != 0) {
        i = (i + 1) & mask;
      }
      grown[i] = k + 1;
    }
    slots = grown;
  }

  private boolean equals(int k, String key) {
    int from = keyStart[k];
    if (keyStart[k + 1] - from != key.length()) {
      return false;
    }
    for (int j = 0; j < key.length(); j++) {
      if (chars[from + j] != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private boolean equals(int k, char[] s, int from, int to) {
    int at = keyStart[k];
    return Arrays.equals(chars, at, keyStart[k + 1], s, from, to);
  }

  private static int hash(String s) {
    int h = 0;
    for (int j = 0; j < s.length(); j++) {
      h = 31 * h + s.charAt(j);
    }
    return mix(h);
  }

  private static int hash(char[] s, int from, int to) {
    int h = 0;
    for (int j = from; j < to; j++) {
      h = 31 * h + s[j];
    }
    return mix(h);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
