package io.ascribe.spark.dedupe;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The MinHash signature of a text: the text becomes the set of its {@code words}-word shingles
 * (lower-cased runs of letters and digits, any script), each shingle a 64-bit hash, and the
 * signature holds, for each of {@code size} hash functions, the smallest hash of the set under it
 * (its upper 32 bits). Two signatures agree at a position with a probability equal to the Jaccard
 * similarity of the two shingle sets, so the share of agreeing positions estimates it (standard
 * error {@code sqrt(J(1-J)/size)}). The same seed gives the same signatures on every machine.
 */
public final class MinHasher {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final int words;
  private final long[] seeds;

  /**
   * A hasher of {@code words}-word shingles into signatures of {@code size} values.
   *
   * @throws IllegalArgumentException unless both are positive
   */
  public MinHasher(int words, int size, long seed) {
    if (words < 1) {
      throw new IllegalArgumentException("words must be positive, got " + words);
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, got " + size);
    }
    this.words = words;
    this.seeds = new SplittableRandom(seed).longs(size).toArray();
  }

  /** The signature's length. */
  public int size() {
    return seeds.length;
  }

  /** The signature of {@code text}, or null when it has fewer words than a shingle. */
  public int[] signature(String text) {
    long[] shingles = shingles(text);
    if (shingles.length == 0) {
      return null;
    }
    int[] signature = new int[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long min = Long.MAX_VALUE;
      for (long s : shingles) {
        long h = mix(s ^ seed) >>> 1;
        if (h < min) {
          min = h;
        }
      }
      signature[i] = (int) (min >>> 31);
    }
    return signature;
  }

  /** The distinct shingle hashes of {@code text}, sorted. */
  long[] shingles(String text) {
    if (text == null || text.isEmpty()) {
      return new long[0];
    }
    String[] tokens = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
    long[] hashes = new long[tokens.length];
    int n = 0;
    for (String t : tokens) {
      if (!t.isEmpty()) {
        hashes[n++] = hash(t);
      }
    }
    if (n < words) {
      return new long[0];
    }
    long[] shingles = new long[n - words + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = 0;
      for (int j = 0; j < words; j++) {
        h = mix(h * 0x9E3779B97F4A7C15L + hashes[i + j]);
      }
      shingles[i] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /** The share of positions where two signatures of one hasher agree: the estimated Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static long hash(String word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001B3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: every bit of the input reaches every bit of the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
