package io.ascribe.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sorted CIDR structure: longest prefix, ties, applicability, against a brute-force oracle. */
class CidrRangesTest {
  private static final boolean[] ALL = {true, true, true, true, true, true, true, true};

  private static long v4(int a, int b, int c, int d) {
    return ((long) a << 24) | (b << 16) | (c << 8) | d;
  }

  @Test
  void lookup_nestedBlocks_deepestContainingWins() {
    CidrRanges.Builder b = new CidrRanges.Builder(true);
    b.add(0, v4(10, 0, 0, 0), 96 + 8, 0);
    b.add(0, v4(10, 1, 0, 0), 96 + 16, 1);
    b.add(0, v4(10, 1, 2, 0), 96 + 24, 2);
    b.add(0, v4(10, 3, 0, 0), 96 + 16, 3);
    CidrRanges r = b.build();

    assertThat(r.lookup(0, v4(10, 1, 2, 3), ALL)).isEqualTo(2);
    assertThat(r.lookup(0, v4(10, 1, 3, 3), ALL)).isEqualTo(1);
    assertThat(r.lookup(0, v4(10, 2, 0, 0), ALL)).as("after a nested block, back to its parent").isEqualTo(0);
    assertThat(r.lookup(0, v4(10, 3, 255, 255), ALL)).isEqualTo(3);
    assertThat(r.lookup(0, v4(11, 0, 0, 0), ALL)).isEqualTo(-1);
    assertThat(r.lookup(0, v4(9, 255, 255, 255), ALL)).isEqualTo(-1);
  }

  @Test
  void lookup_equalBlocks_lowestApplicableListWins() {
    CidrRanges.Builder b = new CidrRanges.Builder(true);
    b.add(0, v4(10, 0, 0, 0), 96 + 8, 5);
    b.add(0, v4(10, 0, 0, 0), 96 + 8, 2);
    b.add(0, v4(10, 1, 0, 0), 96 + 16, 7);
    CidrRanges r = b.build();
    boolean[] not2Not7 = {true, true, false, true, true, true, true, false};

    assertThat(r.lookup(0, v4(10, 9, 9, 9), ALL)).isEqualTo(2);
    assertThat(r.lookup(0, v4(10, 1, 9, 9), not2Not7)).isEqualTo(5);
  }

  @Test
  void lookup_wholeSpaceAndIpv6Extremes_found() {
    CidrRanges.Builder b = new CidrRanges.Builder(false);
    b.add(0, 0, 0, 0);
    b.add(-1L, -1L, 128, 1);
    CidrRanges r = b.build();

    assertThat(r.lookup(-1L, -1L, ALL)).isEqualTo(1);
    assertThat(r.lookup(-1L, -2L, ALL)).isEqualTo(0);
    assertThat(r.lookup(0x20010db800000000L, 1, ALL)).isEqualTo(0);
  }

  /**
   * Regression: blocks were sorted by the address as written, host bits included, so {@code
   * 10.0.0.9/8} sorted after {@code 10.0.0.5/32}, became its child, and hid it from lookups.
   */
  @Test
  void lookup_blockWrittenWithHostBits_sortsByMaskedStart() {
    CidrRanges.Builder b = new CidrRanges.Builder(true);
    b.add(0, v4(10, 0, 0, 9), 96 + 8, 0);
    b.add(0, v4(10, 0, 0, 5), 128, 1);
    CidrRanges r = b.build();

    assertThat(r.lookup(0, v4(10, 0, 0, 5), ALL)).isEqualTo(1);
    assertThat(r.lookup(0, v4(10, 0, 0, 6), ALL)).isEqualTo(0);
  }

  @Test
  void add_prefixOutOfRange_throwsWithValue() {
    assertThatThrownBy(() -> new CidrRanges.Builder(false).add(0, 0, 129, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prefix must be 0-128, got 129");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void lookup_randomBlocks_agreesWithBruteForce(long seed) {
    Random r = new Random(seed);
    int n = 2000;
    long[] start = new long[n];
    int[] prefix = new int[n];
    int[] list = new int[n];
    CidrRanges.Builder b = new CidrRanges.Builder(true);
    for (int i = 0; i < n; i++) {
      prefix[i] = 8 + r.nextInt(25);
      long mask = (0xffffffffL << (32 - prefix[i])) & 0xffffffffL;
      start[i] = (r.nextInt(4) == 0 ? 0x0a000000L | r.nextInt(1 << 20) : r.nextLong() & 0xffffffffL) & mask;
      list[i] = r.nextInt(8);
      b.add(0, start[i] | r.nextInt(256) & ~mask & 0xff, 96 + prefix[i], list[i]);
    }
    CidrRanges ranges = b.build();
    boolean[] applicable = new boolean[8];
    for (int q = 0; q < 20_000; q++) {
      Arrays.fill(applicable, true);
      applicable[r.nextInt(8)] = false;
      long address = q % 2 == 0 ? r.nextLong() & 0xffffffffL : start[r.nextInt(n)] + r.nextInt(1 << 10);
      address &= 0xffffffffL;
      int best = -1;
      int bestPrefix = -1;
      for (int i = 0; i < n; i++) {
        long mask = (0xffffffffL << (32 - prefix[i])) & 0xffffffffL;
        if ((address & mask) == start[i] && applicable[list[i]]
            && (prefix[i] > bestPrefix || (prefix[i] == bestPrefix && list[i] < best))) {
          best = list[i];
          bestPrefix = prefix[i];
        }
      }
      assertThat(ranges.lookup(0, address, applicable)).as("seed %d, address %x", seed, address).isEqualTo(best);
    }
  }
}
