package io.ascribe.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passage scores without Lucene's hash table are Lucene's scores, to the last bit. */
class PassageScoresTest {
  @Test
  void score_randomPassages_sameAsLucenesScorer() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    String[] words = {"panda", "bear", "typhoon", "phishing", "spear", "credential", "a", "é"};
    for (int round = 0; round < 2_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      int length = 10 + random.nextInt(400);
      passage.setEndOffset(start + length);
      int matches = random.nextInt(12);
      for (int m = 0; m < matches; m++) {
        int at = start + random.nextInt(length - 5);
        passage.addMatch(at, at + 5, new BytesRef(words[random.nextInt(words.length)]), 1 + random.nextInt(20));
      }
      int contentLength = passage.getEndOffset() + random.nextInt(20_000);
      assertThat(Float.floatToIntBits(ours.score(passage, contentLength)))
          .as("seed %d, round %d", seed, round)
          .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
    }
  }
}
