package io.ascribe.spark.dedupe;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The documents whose signatures agree on one band: candidates for being copies of one story.
 * {@link #link} compares them pairwise on their whole signatures and gives a spanning forest of
 * the pairs similar enough: each member of a group of two or more linked to the group's smallest
 * sha256, so a bucket of {@code n} copies gives {@code n - 1} links, not {@code n(n-1)/2} pairs.
 */
final class Bucket {
  /** A document of a bucket. */
  record Member(String sha256, int[] signature) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** What linking a bucket did, for the job's counters. */
  record Counts(long compared, boolean capped) {}

  private Bucket() {}

  /**
   * Links the members of one bucket.
   *
   * @param members the bucket's members (any order)
   * @param minSimilarity the least estimated Jaccard similarity of two copies
   * @param cap the most distinct signatures compared all against all; a larger bucket is compared
   *     in chunks of {@code cap} (in sha256 order), so its cost stays linear in its size
   * @param links receives {@code (member, root)} for every member that is not its group's root
   */
  static Counts link(List<Member> members, double minSimilarity, int cap, BiConsumer<String, String> links) {
    if (members.size() < 2) {
      return new Counts(0, false);
    }
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Member::sha256));
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // the same signature (the same text, or nearly) is the same story without comparing
    Map<Signature, Integer> first = new HashMap<>();
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Integer seen = first.putIfAbsent(new Signature(sorted.get(i).signature()), i);
      if (seen == null) {
        distinct.add(i);
      } else {
        union(parent, seen, i);
      }
    }
    long compared = 0;
    for (int from = 0; from < distinct.size(); from += cap) {
      int to = Math.min(distinct.size(), from + cap);
      for (int i = from; i < to; i++) {
        int[] a = sorted.get(distinct.get(i)).signature();
        for (int j = i + 1; j < to; j++) {
          compared++;
          if (MinHasher.similarity(a, sorted.get(distinct.get(j)).signature()) >= minSimilarity) {
            union(parent, distinct.get(i), distinct.get(j));
          }
        }
      }
    }
    for (int i = 0; i < parent.length; i++) {
      int root = find(parent, i);
      if (root != i) {
        links.accept(sorted.get(i).sha256(), sorted.get(root).sha256());
      }
    }
    return new Counts(compared, distinct.size() > cap);
  }

  /** Joins two groups under the smaller index, so a root is its group's smallest sha256. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** A signature as a map key. */
  private record Signature(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
