package io.ascribe.extract.indicator;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A sorted range structure answering "which list's CIDR block contains this address" in
 * logarithmic time: the longest matching prefix wins, and among equal blocks the list that came
 * first (the lowest list index).
 *
 * <p>Addresses are 128-bit (two longs, compared unsigned); IPv4 addresses and prefixes are held as
 * {@code (0, address)} with 96 added to the prefix length, in a structure of their own.
 *
 * <p>How it works: CIDR blocks are either nested or disjoint, so sorted by start (then wider
 * first) each block's enclosing blocks come before it. Each block remembers its nearest enclosing
 * block ({@code parent}). A lookup binary-searches the last block starting at or before the
 * address; every block that contains the address is that block or one of its ancestors, the
 * deepest first, so walking up the parents finds the longest match after at most nesting-depth
 * steps. No lookup scans a list. To keep the binary search short (and in cache), a table of 65,536
 * buckets gives, for the top 16 bits of the address space in use (bits 16-31 of an IPv4 address,
 * bits 0-15 of an IPv6 one), the first block starting in that bucket.
 */
final class CidrRanges {
  private final long[] startHi;
  private final long[] startLo;
  private final long[] endHi;
  private final long[] endLo;
  private final int[] parent;
  private final int[] list;
  /** Whether addresses are IPv4, held as {@code (0, address)}: decides the bucket bits. */
  private final boolean v4;
  /** {@code bucket[b]}: index of the first block whose start is in bucket {@code b} or later. */
  private final int[] bucket = new int[(1 << 16) + 1];

  private CidrRanges(Builder b) {
    this.v4 = b.v4;
    int size = b.size;
    Integer[] order = new Integer[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
    }
    long[] d = b.data;
    Arrays.sort(order, (x, y) -> {
      int c = compare(d[4 * x], d[4 * x + 1], d[4 * y], d[4 * y + 1]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(d[4 * x + 2], d[4 * y + 2]);
      // equal blocks: higher list index first, so walking up from the last reaches the lowest first
      return c != 0 ? c : Long.compare(d[4 * y + 3], d[4 * x + 3]);
    });
    startHi = new long[size];
    startLo = new long[size];
    endHi = new long[size];
    endLo = new long[size];
    parent = new int[size];
    list = new int[size];
    Deque<Integer> open = new ArrayDeque<>();
    for (int k = 0; k < size; k++) {
      int e = order[k];
      int prefix = (int) d[4 * e + 2];
      startHi[k] = d[4 * e];
      startLo[k] = d[4 * e + 1];
      endHi[k] = startHi[k] | ~maskHi(prefix);
      endLo[k] = startLo[k] | ~maskLo(prefix);
      list[k] = (int) d[4 * e + 3];
      while (!open.isEmpty()
          && compare(startHi[k], startLo[k], endHi[open.peek()], endLo[open.peek()]) > 0) {
        open.pop();
      }
      parent[k] = open.isEmpty() ? -1 : open.peek();
      open.push(k);
    }
    int k = 0;
    for (int bk = 0; bk <= 1 << 16; bk++) {
      while (k < size && bucketOf(startHi[k], startLo[k]) < bk) {
        k++;
      }
      bucket[bk] = k;
    }
  }

  private static long maskHi(int prefix) {
    return prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
  }

  private static long maskLo(int prefix) {
    return prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
  }

  private int bucketOf(long hi, long lo) {
    return (int) (v4 ? (lo >>> 16) & 0xffff : hi >>> 48);
  }

  /** Number of blocks held. */
  int size() {
    return list.length;
  }

  /**
   * The list index of the longest block containing the address among lists with {@code
   * applicable[list]}, or -1.
   */
  int lookup(long hi, long lo, boolean[] applicable) {
    int b = bucketOf(hi, lo);
    int low = bucket[b];
    int high = bucket[b + 1] - 1;
    int found = low - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (compare(startHi[mid], startLo[mid], hi, lo) <= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    for (int k = found; k >= 0; k = parent[k]) {
      if (compare(hi, lo, endHi[k], endLo[k]) <= 0 && applicable[list[k]]) {
        return list[k];
      }
    }
    return -1;
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int c = Long.compareUnsigned(aHi, bHi);
    return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
  }

  /** Collects blocks, then sorts them once in {@link #build()}. */
  static final class Builder {
    private final boolean v4;
    private long[] data = new long[64];
    private int size;

    /** A builder for IPv4 blocks ({@code v4}, held as {@code (0, address)}) or IPv6 blocks. */
    Builder(boolean v4) {
      this.v4 = v4;
    }

    /** Adds the block {@code (hi, lo)/prefix} (prefix 0-128; host bits are ignored) of a list. */
    void add(long hi, long lo, int prefix, int listIndex) {
      if (prefix < 0 || prefix > 128) {
        throw new IllegalArgumentException("prefix must be 0-128, got " + prefix);
      }
      if (4 * size + 4 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[4 * size] = hi & maskHi(prefix);
      data[4 * size + 1] = lo & maskLo(prefix);
      data[4 * size + 2] = prefix;
      data[4 * size + 3] = listIndex;
      size++;
    }

    CidrRanges build() {
      return new CidrRanges(this);
    }
  }
}
