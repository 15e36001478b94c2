package io.ascribe.extract.indicator;

import java.util.Arrays;

/**
 * The entries of the "substring" warning lists in one Aho-Corasick automaton, so that "does the
 * value contain an entry" costs about one table probe per char of the value, however many entries
 * there are.
 *
 * <p>Nodes are trie prefixes of the entries; edges live in one open-addressing table keyed by
 * {@code node << 16 | char}. {@link #build()} adds the failure links (the longest proper suffix of
 * a node that is also a node) and, for each node, the nearest node on its failure chain where an
 * entry ends. Entries are added first, then the automaton is built once; it is read-only after.
 */
final class SubstringTrie {
  private long[] keys = new long[1 << 10];
  private int[] targets = new int[1 << 10];
  private int edgeCount;
  private int[] parent = new int[64];
  private char[] label = new char[64];
  private int[] depth = new int[64];
  /** Lists whose entry ends at each node (ascending), or null. */
  private int[][] terminal = new int[64][];
  private int nodes = 1;
  private int[] fail;
  private int[] outputLink;
  private final ListIndexSets sets = new ListIndexSets();

  SubstringTrie() {
    Arrays.fill(keys, -1L);
  }

  /** Adds {@code entry} (already lower case, non-empty) of the list {@code listIndex}. */
  void add(String entry, int listIndex) {
    if (fail != null) {
      throw new IllegalStateException("add after build");
    }
    int node = 0;
    for (int p = 0; p < entry.length(); p++) {
      char c = entry.charAt(p);
      int next = edge(node, c);
      if (next < 0) {
        next = newNode(node, c);
      }
      node = next;
    }
    terminal[node] = sets.with(terminal[node], listIndex);
  }

  /** Computes the failure and output links; call once, after the last {@link #add}. */
  SubstringTrie build() {
    fail = new int[nodes];
    outputLink = new int[nodes];
    Integer[] byDepth = new Integer[nodes];
    for (int k = 0; k < nodes; k++) {
      byDepth[k] = k;
    }
    Arrays.sort(byDepth, (a, b) -> Integer.compare(depth[a], depth[b]));
    for (int k : byDepth) {
      if (depth[k] <= 1) {
        continue;
      }
      char c = label[k];
      int f = fail[parent[k]];
      int target;
      while ((target = edge(f, c)) < 0 && f != 0) {
        f = fail[f];
      }
      fail[k] = Math.max(target, 0);
      int fk = fail[k];
      outputLink[k] = terminal[fk] != null ? fk : outputLink[fk];
    }
    return this;
  }

  /** The lowest applicable list index with an entry contained in {@code value}, or -1. */
  int first(String value, boolean[] applicable) {
    if (nodes == 1) {
      return -1;
    }
    int best = -1;
    int node = 0;
    for (int p = 0; p < value.length(); p++) {
      char c = value.charAt(p);
      int next;
      while ((next = edge(node, c)) < 0 && node != 0) {
        node = fail[node];
      }
      node = Math.max(next, 0);
      for (int m = terminal[node] != null ? node : outputLink[node]; m > 0; m = outputLink[m]) {
        int l = ListIndexSets.first(terminal[m], applicable);
        if (l >= 0 && (best < 0 || l < best)) {
          best = l;
        }
      }
    }
    return best;
  }

  private int newNode(int from, char c) {
    if (nodes == parent.length) {
      int size = nodes * 2;
      parent = Arrays.copyOf(parent, size);
      label = Arrays.copyOf(label, size);
      depth = Arrays.copyOf(depth, size);
      terminal = Arrays.copyOf(terminal, size);
    }
    int node = nodes++;
    parent[node] = from;
    label[node] = c;
    depth[node] = depth[from] + 1;
    if (2 * (edgeCount + 1) > keys.length) {
      rehash(keys.length * 2);
    }
    put(((long) from << 16) | c, node);
    edgeCount++;
    return node;
  }

  private int edge(int node, char c) {
    long key = ((long) node << 16) | c;
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return targets[i];
      }
      if (k == -1L) {
        return -1;
      }
    }
  }

  private void put(long key, int target) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != -1L) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    targets[i] = target;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[capacity];
    targets = new int[capacity];
    Arrays.fill(keys, -1L);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1L) {
        put(oldKeys[i], oldTargets[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
