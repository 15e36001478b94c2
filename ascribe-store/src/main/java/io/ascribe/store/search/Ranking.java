package io.ascribe.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The first page of a query's hits that the reader may see, in rank order (score, then index
 * order). Documents the visibility check refuses are passed over before anything is made from
 * them, and the page is filled from further down the ranking, one page-sized batch at a time; the
 * check is asked once per batch, about the batch's documents.
 */
final class Ranking {
  /** Hits looked at, at most, to fill one page (bounds the work when most hits are refused). */
  static final int MAX_EXAMINED = 10_000;

  private Ranking() {}

  /**
   * Up to {@code limit} hits of {@code query}; a document hit is kept only when {@code gate} lets
   * its index key through, knowledge-base entities always. Stored fields come
   * through {@code cache}, which must belong to the searcher's reader.
   */
  static List<Candidate> firstVisible(IndexSearcher searcher, StoredCache cache, Query query, int limit,
      DocumentGate gate) throws IOException {
    List<Candidate> page = new ArrayList<>(limit);
    StoredFields stored = searcher.storedFields();
    ScoreDoc last = null;
    int examined = 0;
    while (page.size() < limit && examined < MAX_EXAMINED) {
      int batch = Math.min(limit, MAX_EXAMINED - examined);
      TopDocs top = last == null ? searcher.search(query, batch) : searcher.searchAfter(last, query, batch);
      List<Candidate> ranked = new ArrayList<>(top.scoreDocs.length);
      Set<String> documents = new LinkedHashSet<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Candidate c = new Candidate(hit.doc, hit.score, cache.get(stored, hit.doc));
        ranked.add(c);
        if (c.isDocument()) {
          documents.add(c.key());
        }
      }
      Set<String> visible = documents.isEmpty() ? Set.of() : gate.visible(List.copyOf(documents));
      for (int i = 0; i < ranked.size(); i++) {
        Candidate c = ranked.get(i);
        examined++;
        last = top.scoreDocs[i];
        if (!c.isDocument() || visible.contains(c.key())) {
          page.add(c);
          if (page.size() == limit) {
            break;
          }
        }
      }
      if (top.scoreDocs.length < batch) {
        break;
      }
    }
    return page;
  }
}
