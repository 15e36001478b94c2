package io.ascribe.store.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25-like, with the default {@code k1}, {@code b} and pivot), computed
 * without the hash table Lucene's {@link PassageScorer#score} builds for every candidate passage
 * (a 32 KB block each time, the largest single cost of highlighting). A passage holds a handful of
 * matches, so the distinct terms are found by comparing with the ones seen before; they are summed
 * in the same order (first appearance) with the same arithmetic, so every score, and so every
 * snippet, is the same.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] inPassage = new int[matches];
    int[] inDoc = new int[matches];
    int count = 0;
    for (int i = 0; i < matches; i++) {
      int seen = indexOf(distinct, count, terms[i]);
      if (seen < 0) {
        seen = count++;
        distinct[seen] = terms[i];
        inDoc[seen] = freqsInDoc[i];
      }
      inPassage[seen]++;
    }
    double score = 0d;
    for (int i = 0; i < count; i++) {
      score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static int indexOf(BytesRef[] terms, int count, BytesRef term) {
    for (int i = 0; i < count; i++) {
      if (terms[i].bytesEquals(term)) {
        return i;
      }
    }
    return -1;
  }
}
