package io.ascribe.spark.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MinHasher}: shingles, signatures, and how well they estimate the Jaccard similarity. */
class MinHasherTest {
  private final MinHasher hasher = new MinHasher(5, 128, 14);

  @Test
  void shingles_caseAndPunctuation_ignored() {
    assertThat(hasher.shingles("The quick, brown fox jumps over")).containsExactly(
        hasher.shingles("the QUICK brown fox -- jumps; over!"));
    assertThat(hasher.shingles("one two three four five six")).hasSize(2);
  }

  @Test
  void signature_fewerWordsThanAShingle_null() {
    assertThat(hasher.signature("only four words here")).isNull();
    assertThat(hasher.signature("")).isNull();
    assertThat(hasher.signature(null)).isNull();
  }

  @Test
  void signature_sameSeed_sameValuesAnotherSeed_others() {
    String text = "the ministry said on tuesday that the attack had been stopped";
    assertThat(new MinHasher(5, 128, 14).signature(text)).containsExactly(hasher.signature(text));
    assertThat(new MinHasher(5, 128, 15).signature(text)).isNotEqualTo(hasher.signature(text));
  }

  /** Over seeded random texts, the estimate stays within four standard errors of the exact Jaccard similarity. */
  @Test
  void similarity_randomEdits_estimatesTheJaccardSimilarity() {
    long seed = 14;
    Random random = new Random(seed);
    for (int trial = 0; trial < 50; trial++) {
      List<String> words = words(random, 200 + random.nextInt(400));
      List<String> edited = new ArrayList<>(words);
      int edits = random.nextInt(words.size() / 4 + 1);
      for (int e = 0; e < edits; e++) {
        edited.set(random.nextInt(edited.size()), "w" + random.nextInt(1_000_000));
      }
      String a = String.join(" ", words);
      String b = String.join(" ", edited);
      double exact = jaccard(hasher.shingles(a), hasher.shingles(b));
      double estimate = MinHasher.similarity(hasher.signature(a), hasher.signature(b));
      double error = Math.sqrt(exact * (1 - exact) / 128);
      assertThat(Math.abs(estimate - exact)).as("seed %d, trial %d: exact %.3f, estimate %.3f", seed, trial, exact,
          estimate).isLessThanOrEqualTo(4 * error + 1e-9);
    }
  }

  @Test
  void similarity_differentLengths_rejected() {
    assertThatThrownBy(() -> MinHasher.similarity(new int[2], new int[3]))
        .hasMessage("signatures of different lengths: 2 and 3");
  }

  @Test
  void constructor_nonPositiveSizes_rejected() {
    assertThatThrownBy(() -> new MinHasher(0, 8, 1)).hasMessage("words must be positive, got 0");
    assertThatThrownBy(() -> new MinHasher(5, -1, 1)).hasMessage("size must be positive, got -1");
  }

  private static List<String> words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + random.nextInt(1_000_000));
    }
    return out;
  }

  static double jaccard(long[] a, long[] b) {
    Set<Long> union = new HashSet<>();
    Set<Long> left = new HashSet<>();
    for (long x : a) {
      union.add(x);
      left.add(x);
    }
    int both = 0;
    for (long x : b) {
      if (left.contains(x)) {
        both++;
      }
      union.add(x);
    }
    return union.isEmpty() ? 0 : (double) both / union.size();
  }
}
