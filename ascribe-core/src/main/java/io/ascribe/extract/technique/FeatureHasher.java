package io.ascribe.extract.technique;

import java.util.Arrays;
import java.util.List;

/**
 * Hashes a sentence's tokens into feature buckets: word unigrams and bigrams, optionally character
 * n-grams of each word, and optionally the unigrams of the neighbouring sentences. Each kind has
 * its own namespace in the two top bits of the bucket number, so that its weight can be set
 * apart ({@link Vectorizer}).
 */
final class FeatureHasher {
  static final int WORDS = 0;
  static final int CHARS = 1;
  static final int CONTEXT = 2;
  static final int NAMESPACES = 3;

  private final int bits;
  private final int mask;
  private final boolean bigrams;
  private final int charMin;
  private final int charMax;

  /**
   * @param bits buckets per namespace, as a power of two
   * @param charMin shortest character n-gram, 0 for none
   */
  FeatureHasher(int bits, boolean bigrams, int charMin, int charMax) {
    if (bits < 8 || bits > 28) {
      throw new IllegalArgumentException("hash bits must be between 8 and 28, got " + bits);
    }
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.bigrams = bigrams;
    this.charMin = charMin;
    this.charMax = charMax;
  }

  int bits() {
    return bits;
  }

  boolean bigrams() {
    return bigrams;
  }

  int charMin() {
    return charMin;
  }

  int charMax() {
    return charMax;
  }

  /** Bucket counts of one sentence, given its tokens and those of its neighbours (null for none). */
  Raw hash(List<String> tokens, List<String> before, List<String> after) {
    Counter c = new Counter();
    int[] h = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      h[i] = tokens.get(i).hashCode();
      c.add(bucket(WORDS, mix(h[i])));
      if (bigrams && i > 0) {
        c.add(bucket(WORDS, mix(h[i - 1] * 0x9E3779B1 + h[i] + 0x7F4A7C15)));
      }
      if (charMin > 0) {
        addChars(c, tokens.get(i));
      }
    }
    if (before != null) {
      for (String t : before) {
        c.add(bucket(CONTEXT, mix(t.hashCode())));
      }
    }
    if (after != null) {
      for (String t : after) {
        c.add(bucket(CONTEXT, mix(t.hashCode())));
      }
    }
    return c.build();
  }

  private void addChars(Counter c, String token) {
    if (token.startsWith("_")) {
      return;
    }
    String w = "<" + token + ">";
    for (int n = charMin; n <= charMax; n++) {
      for (int i = 0; i + n <= w.length(); i++) {
        int h = 0x1505 + n;
        for (int k = i; k < i + n; k++) {
          h = h * 31 + w.charAt(k);
        }
        c.add(bucket(CHARS, mix(h)));
      }
    }
  }

  private int bucket(int namespace, int hash) {
    return (namespace << bits) | (hash & mask);
  }

  /** The murmur3 finaliser: spreads a Java hash code over all bits. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The namespace of a bucket. */
  int namespace(int bucket) {
    return bucket >>> bits;
  }

  /** Sorted distinct buckets with their counts. */
  record Raw(int[] buckets, float[] counts) {}

  private static final class Counter {
    private int[] items = new int[64];
    private int size;

    void add(int bucket) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = bucket;
    }

    Raw build() {
      int[] sorted = Arrays.copyOf(items, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          distinct++;
        }
      }
      int[] buckets = new int[distinct];
      float[] counts = new float[distinct];
      int j = -1;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          buckets[++j] = sorted[i];
        }
        counts[j]++;
      }
      return new Raw(buckets, counts);
    }
  }
}
