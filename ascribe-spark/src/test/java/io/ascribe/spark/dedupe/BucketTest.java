package io.ascribe.spark.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Bucket}: links within a band's bucket form a spanning forest rooted at the smallest sha256. */
class BucketTest {
  private static final int[] A = {1, 2, 3, 4};
  private static final int[] A_NEARLY = {1, 2, 3, 9};
  private static final int[] B = {5, 6, 7, 8};

  @Test
  void link_copiesOfTwoTexts_eachLinkedToItsGroupsSmallestSha() {
    Map<String, String> links = new LinkedHashMap<>();
    Bucket.Counts counts = Bucket.link(List.of(member("d", A), member("b", B), member("c", A_NEARLY),
        member("e", B), member("a", A)), 0.75, 256, links::put);

    assertThat(links).containsOnly(Map.entry("c", "a"), Map.entry("d", "a"), Map.entry("e", "b"));
    assertThat(counts.compared()).as("identical signatures are not compared").isEqualTo(3);
    assertThat(counts.capped()).isFalse();
  }

  @Test
  void link_belowTheSimilarity_noLink() {
    Map<String, String> links = new LinkedHashMap<>();
    Bucket.link(List.of(member("a", A), member("c", A_NEARLY)), 0.8, 256, links::put);

    assertThat(links).isEmpty();
  }

  @Test
  void link_oneMember_nothing() {
    assertThat(Bucket.link(List.of(member("a", A)), 0.5, 256, (x, y) -> {}).compared()).isZero();
  }

  /** Past the cap, members are compared in chunks: the cost stays linear, pairs across chunks are not compared. */
  @Test
  void link_moreDistinctSignaturesThanTheCap_comparedInChunks() {
    List<Bucket.Member> members = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      members.add(member(String.format("s%02d", i), new int[] {1, 2, 3, 100 + i}));
    }
    Map<String, String> links = new LinkedHashMap<>();

    Bucket.Counts counts = Bucket.link(members, 0.75, 4, links::put);

    assertThat(counts.capped()).isTrue();
    assertThat(counts.compared()).isEqualTo(6 + 6 + 1);
    assertThat(links.values()).containsOnly("s00", "s04", "s08");
  }

  private static Bucket.Member member(String sha, int[] signature) {
    return new Bucket.Member(sha, signature);
  }
}
