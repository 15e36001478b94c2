package io.ascribe.extract.technique;

import java.util.Arrays;
import java.util.List;

/**
 * Maps hashed bucket counts to the model's feature space: only buckets seen in at least
 * {@code minDf} training sentences are kept (renumbered densely), each weighted by
 * {@code (1 + ln tf) * idf}; each namespace's part of the vector is L2-normalised and then scaled
 * by that namespace's weight. Buckets are looked up in a hash table, since a sentence has hundreds.
 */
final class Vectorizer {
  private final int bits;
  private final int[] active;
  private final float[] idf;
  private final float[] namespaceWeights;
  /** Open-addressing table from bucket to its index in {@code active}: keys, then values. */
  private final int[] slotKeys;
  private final int[] slotValues;
  private final int slotMask;

  Vectorizer(int bits, int[] active, float[] idf, float[] namespaceWeights) {
    this.bits = bits;
    this.active = active;
    this.idf = idf;
    this.namespaceWeights = namespaceWeights;
    int size = Integer.highestOneBit(Math.max(2, active.length) * 2 - 1) << 1;
    this.slotKeys = new int[size];
    this.slotValues = new int[size];
    this.slotMask = size - 1;
    Arrays.fill(slotKeys, -1);
    for (int i = 0; i < active.length; i++) {
      int slot = FeatureHasher.mix(active[i]) & slotMask;
      while (slotKeys[slot] != -1) {
        slot = (slot + 1) & slotMask;
      }
      slotKeys[slot] = active[i];
      slotValues[slot] = i;
    }
  }

  /** The feature index of a bucket, or -1 when the bucket is not a feature. */
  private int indexOf(int bucket) {
    int slot = FeatureHasher.mix(bucket) & slotMask;
    while (true) {
      int key = slotKeys[slot];
      if (key == bucket) {
        return slotValues[slot];
      }
      if (key == -1) {
        return -1;
      }
      slot = (slot + 1) & slotMask;
    }
  }

  /** Learns the active buckets and their IDF from training sentences. */
  static Vectorizer fit(int bits, List<FeatureHasher.Raw> docs, int minDf, float[] namespaceWeights) {
    int[] all = new int[16];
    int n = 0;
    for (FeatureHasher.Raw r : docs) {
      if (n + r.buckets().length > all.length) {
        all = Arrays.copyOf(all, Math.max(all.length * 2, n + r.buckets().length));
      }
      System.arraycopy(r.buckets(), 0, all, n, r.buckets().length);
      n += r.buckets().length;
    }
    int[] sorted = Arrays.copyOf(all, n);
    Arrays.sort(sorted);
    int[] keep = new int[n];
    int[] dfs = new int[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i >= minDf) {
        keep[k] = sorted[i];
        dfs[k] = j - i;
        k++;
      }
      i = j;
    }
    int[] active = Arrays.copyOf(keep, k);
    float[] idf = new float[k];
    for (int i = 0; i < k; i++) {
      idf[i] = (float) (Math.log((docs.size() + 1.0) / (dfs[i] + 1.0)) + 1.0);
    }
    return new Vectorizer(bits, active, idf, namespaceWeights.clone());
  }

  int dimension() {
    return active.length;
  }

  int bits() {
    return bits;
  }

  int[] active() {
    return active;
  }

  float[] idf() {
    return idf;
  }

  float[] namespaceWeights() {
    return namespaceWeights;
  }

  /** A sparse vector: feature indices (ascending) and values. */
  record Sparse(int[] index, float[] value) {}

  Sparse transform(FeatureHasher.Raw raw) {
    int[] idx = new int[raw.buckets().length];
    float[] val = new float[raw.buckets().length];
    int[] namespaceOf = new int[raw.buckets().length];
    double[] norms = new double[FeatureHasher.NAMESPACES];
    int m = 0;
    for (int i = 0; i < raw.buckets().length; i++) {
      int b = raw.buckets()[i];
      int at = indexOf(b);
      if (at < 0) {
        continue;
      }
      int ns = b >>> bits;
      if (namespaceWeights[ns] == 0f) {
        continue;
      }
      float v = (float) ((1.0 + Math.log(raw.counts()[i])) * idf[at]);
      idx[m] = at;
      val[m] = v;
      namespaceOf[m] = ns;
      norms[ns] += (double) v * v;
      m++;
    }
    for (int i = 0; i < m; i++) {
      int ns = namespaceOf[i];
      val[i] = (float) (val[i] / Math.sqrt(norms[ns]) * namespaceWeights[ns]);
    }
    return new Sparse(Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
  }
}
