package io.ascribe.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets of one page of hits: the best passage of the description (or else of the
 * aliases) with the matched words wrapped in {@code «»}. Only the hits handed in are highlighted,
 * from the stored values their {@link Candidate}s already hold; where the index records term
 * offsets the highlighter reads them from the postings instead of analysing the text again.
 */
final class Snippets {
  /** Characters of a field the highlighter looks at (the rest of a long document is not shown). */
  static final int MAX_LENGTH = 100_000;

  private static final String[] FIELDS = {SearchIndex.ALIASES, SearchIndex.TEXT};
  private static final int[] PASSAGES = {1, 1};

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The page's hits, in the given order, each with its snippet. */
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
        .withMaxLength(MAX_LENGTH);
    Map<String, String[]> snippets = new Preloaded(builder, byDoc).highlightFields(FIELDS, query, docs, PASSAGES);
    String[] texts = snippets.get(SearchIndex.TEXT);
    String[] aliases = snippets.get(SearchIndex.ALIASES);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < docs.length; i++) {
      Candidate c = page.get(i);
      hits.add(new SearchHit(c.kind(), c.key(), c.name(), c.attackId(), c.score(), best(texts[i], aliases[i])));
    }
    return hits;
  }

  /** The description's passage when it has a match, else the aliases' with "aka", else the description's. */
  private static String best(String text, String aliases) {
    if (text != null && text.contains("«")) {
      return text;
    }
    if (aliases != null && aliases.contains("«")) {
      return "aka " + aliases;
    }
    return text;
  }

  /** A highlighter that takes field values from the candidates instead of reading stored fields. */
  private static final class Preloaded extends UnifiedHighlighter {
    private final Map<Integer, Candidate> byDoc;

    Preloaded(Builder builder, Map<Integer, Candidate> byDoc) {
      super(builder);
      this.byDoc = byDoc;
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
