package io.ascribe.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets of one page of hits: the best passage of the description (or else of the
 * aliases) with the matched words wrapped in {@code «»}. Only the hits handed in are highlighted,
 * from the stored values their {@link Candidate}s already hold; where the index records term
 * offsets the highlighter reads them from the postings instead of analysing the text again, with
 * one query weight per segment ({@link MatchesPerSegment}), and passages are scored without
 * Lucene's per-passage hash table ({@link PassageScores}); the snippets are Lucene's.
 */
final class Snippets {
  /** Characters of a field the highlighter looks at (the rest of a long document is not shown). */
  static final int MAX_LENGTH = 100_000;

  private static final String[] TEXT = {SearchIndex.TEXT};
  private static final String[] ALIASES = {SearchIndex.ALIASES};
  private static final int[] ONE_PASSAGE = {1};

  private final Analyzer analyzer;
  private final PassageScores scores = new PassageScores();

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The page's hits, in the given order, each with its snippet: the description's best passage when
   * it has a match, else the aliases' with "aka" when they have one, else the description's opening.
   * The aliases are highlighted only for the hits whose description has no match.
   */
  List<SearchHit> of(IndexSearcher searcher, Query query, List<Candidate> page) throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> byDoc = new HashMap<>();
    int[] docs = new int[page.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = page.get(i).doc();
      byDoc.put(docs[i], page.get(i));
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
        .withScorer(scores)
        .withMaxLength(MAX_LENGTH);
    UnifiedHighlighter highlighter = new Preloaded(builder, byDoc);
    String[] snippets = highlighter.highlightFields(TEXT, query, docs, ONE_PASSAGE).get(SearchIndex.TEXT);
    int[] unmatched = IntStream.range(0, docs.length).filter(i -> !matched(snippets[i])).toArray();
    if (unmatched.length > 0) {
      int[] rest = Arrays.stream(unmatched).map(i -> docs[i]).toArray();
      String[] aliases = highlighter.highlightFields(ALIASES, query, rest, ONE_PASSAGE).get(SearchIndex.ALIASES);
      for (int k = 0; k < unmatched.length; k++) {
        if (matched(aliases[k])) {
          snippets[unmatched[k]] = "aka " + aliases[k];
        }
      }
    }
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < docs.length; i++) {
      Candidate c = page.get(i);
      hits.add(new SearchHit(c.kind(), c.key(), c.name(), c.attackId(), c.score(), snippets[i]));
    }
    return hits;
  }

  private static boolean matched(String snippet) {
    return snippet != null && snippet.contains("«");
  }

  /**
   * A highlighter that takes field values from the candidates instead of reading stored fields,
   * and finds matches in the postings with one query weight per segment ({@link MatchesPerSegment}).
   */
  private static final class Preloaded extends UnifiedHighlighter {
    private final Map<Integer, Candidate> byDoc;

    Preloaded(Builder builder, Map<Integer, Candidate> byDoc) {
      super(builder);
      this.byDoc = byDoc;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return source == OffsetSource.POSTINGS ? new MatchesPerSegment(components) : super.getOffsetStrategy(source, components);
    }

    /** As the stock loader: each value cut to {@link #MAX_LENGTH} characters, null when absent. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Candidate c = byDoc.get(doc);
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String v = c.field(fields[f]);
          row[f] = v == null ? null : v.substring(0, Math.min(MAX_LENGTH, v.length()));
        }
        values.add(row);
      }
      return values;
    }
  }
}
