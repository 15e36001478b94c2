package io.ascribe.store.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Where the highlighter finds a field's matches (offsets from the postings, {@code Weight.matches}
 * for the query's exact match positions), with the query's weight built once per index segment
 * rather than once per highlighted document. Lucene's own strategy makes a searcher, rewrites the
 * query and builds its weight for every document, so each document looked every query term up in
 * the terms dictionary again; one weight remembers each term's place in the segment after its
 * first lookup. The matches are the same. One instance serves one field of one highlighting call.
 */
final class MatchesPerSegment extends PostingsOffsetStrategy {
  private LeafReader segment;
  private LeafReader remapped;
  private Weight weight;

  MatchesPerSegment(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
      throws IOException {
    if (leafReader != segment) {
      prepare(leafReader);
    }
    Matches matches = weight.matches(remapped.getContext(), docId);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.getFieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
  }

  /** The segment's reader with the query's matching fields read from the highlighted one (as Lucene's strategy does), and the weight over it. */
  private void prepare(LeafReader leafReader) throws IOException {
    remapped = new FilterLeafReader(leafReader) {
      @Override
      public Terms terms(String field) throws IOException {
        return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
      }

      @Override
      public CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
    IndexSearcher searcher = new IndexSearcher(remapped);
    searcher.setQueryCache(null);
    weight = searcher.rewrite(components.getQuery()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
    segment = leafReader;
  }
}
