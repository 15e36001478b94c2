package io.ascribe.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.profile.Profiles;
import io.ascribe.store.kb.ReadModel;
import io.ascribe.store.search.SearchIndex.IndexedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search: the page of visible hits, snippets for that page, and indexes from before offsets. */
class SearchIndexTest {
  @TempDir Path tmp;

  /** A document about ransomware whose relevance falls with its id (fewer mentions, more other words). */
  private static IndexedDocument ransomwareReport(long id) {
    String text = "Ransomware ".repeat((int) (40 - id)) + "filler words about other things ".repeat((int) id);
    return new IndexedDocument(id, "Report " + id, "https://example.org/" + id, text);
  }

  private static List<IndexedDocument> reports(int n) {
    List<IndexedDocument> docs = new ArrayList<>();
    for (long id = 1; id <= n; id++) {
      docs.add(ransomwareReport(id));
    }
    return docs;
  }

  @Test
  void documentIds_afterAddingAndRemoving_listsTheLiveDocumentsOnly() throws Exception {
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.rebuild(new ReadModel(List.of(), List.of(), List.of(), 0), sink -> reports(5).forEach(sink));
      index.add(reports(8).subList(5, 8));
      index.remove(List.of(2L, 6L));
      Set<Long> expected = new HashSet<>();
      reports(8).forEach(d -> expected.add(d.id()));
      expected.removeAll(List.of(2L, 6L));
      assertThat(index.documentIds()).isEqualTo(expected);
    }
  }

  @Test
  void search_hiddenDocumentsAmongTheBest_pageIsFilledFromFurtherDown() throws Exception {
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.add(reports(30));
      List<SearchHit> all = index.search("ransomware", null, 30);
      assertThat(all).hasSize(30);
      Set<String> asked = new HashSet<>();
      List<SearchHit> visible = index.search("ransomware", null, 5, DocumentGate.each(key -> {
        asked.add(key);
        return Long.parseLong(key.substring("doc:".length())) % 3 == 0;
      }));
      List<SearchHit> expected = all.stream().filter(h -> Long.parseLong(h.key().substring(4)) % 3 == 0).limit(5).toList();
      assertThat(visible).containsExactlyElementsOf(expected);
      assertThat(visible).allSatisfy(h -> assertThat(h.snippet()).contains("«Ransomware»"));
      assertThat(asked).as("no batch of hits below the page's last is looked at").hasSize(15);
    }
  }

  @Test
  void search_everyDocumentHidden_returnsNothingAndAsksAboutEach() throws Exception {
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.add(reports(12));
      Set<String> asked = new HashSet<>();
      assertThat(index.search("ransomware", null, 5, DocumentGate.each(key -> {
        asked.add(key);
        return false;
      }))).isEmpty();
      assertThat(asked).hasSize(12);
    }
  }

  @Test
  void search_randomVisibility_sameAsFilteringTheFullRanking() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.add(reports(39));
      List<SearchHit> all = index.search("ransomware filler", null, 100);
      for (int round = 0; round < 20; round++) {
        Set<String> hidden = new HashSet<>();
        for (SearchHit h : all) {
          if (random.nextInt(4) == 0) {
            hidden.add(h.key());
          }
        }
        int limit = 1 + random.nextInt(25);
        List<SearchHit> page = index.search("ransomware filler", null, limit, DocumentGate.each(key -> !hidden.contains(key)));
        assertThat(page).as("seed %d, limit %d", seed, limit)
            .containsExactlyElementsOf(all.stream().filter(h -> !hidden.contains(h.key())).limit(limit).toList());
      }
    }
  }

  @Test
  void search_knowledgeBaseEntities_areNeverAskedAbout() throws Exception {
    Profiles.Technique phishing = new Profiles.Technique("attack-pattern--1", "T1566", "Phishing", List.of(), List.of(),
        null, List.of(), false, false, null, "Adversaries send ransomware by phishing.", List.of(), List.of());
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.rebuild(new ReadModel(List.of(), List.of(), List.of(phishing), 0), sink -> reports(3).forEach(sink));
      List<SearchHit> hits = index.search("ransomware", null, 10, DocumentGate.each(key -> {
        assertThat(key).startsWith("doc:");
        return false;
      }));
      assertThat(hits).extracting(SearchHit::attackId).containsExactly("T1566");
      assertThat(hits.get(0).snippet()).isEqualTo("Adversaries send «ransomware» by phishing.");
    }
  }

  @Test
  void search_limitBelowOne_isRefused() throws Exception {
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.add(reports(1));
      assertThatThrownBy(() -> index.search("ransomware", null, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at least 1, got 0");
    }
  }

  /**
   * Compacting merges the many segments of batch-by-batch adds into one, and every hit stays where it
   * was: documents of equal score (here, the same text) keep their order, which a merge that reorders
   * segments by size would change.
   */
  @Test
  void compact_segmentsOfUnequalSize_oneSegmentSameHitsInSameOrder() throws Exception {
    Path dir = tmp.resolve("index");
    try (SearchIndex index = new SearchIndex(dir)) {
      long id = 1;
      for (int size : new int[] {1, 5, 2, 7, 3}) {
        List<IndexedDocument> batch = new ArrayList<>();
        for (int i = 0; i < size; i++, id++) {
          batch.add(new IndexedDocument(id, "Same " + id, "https://example.org/" + id, "The same ransomware story."));
        }
        batch.add(ransomwareReport(id++));
        index.add(batch);
      }
      List<SearchHit> before = index.search("ransomware story", null, 30);
      assertThat(segments(dir)).isGreaterThan(1);

      index.compact();

      assertThat(segments(dir)).isEqualTo(1);
      assertThat(index.search("ransomware story", null, 30)).isEqualTo(before);
      assertThat(before).hasSize(23);
    }
  }

  private static int segments(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.leaves().size();
    }
  }

  @Test
  void add_newIndex_recordsOffsetsForSnippets() throws Exception {
    Path dir = tmp.resolve("index");
    try (SearchIndex index = new SearchIndex(dir)) {
      index.add(reports(2));
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      assertThat(fields.fieldInfo(SearchIndex.TEXT).getIndexOptions())
          .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      assertThat(fields.fieldInfo(SearchIndex.ALIASES).getIndexOptions())
          .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }
  }

  /**
   * An index built before offsets were recorded must keep taking documents: Lucene refuses a field
   * whose index options change, so an ingest into such a home would fail until it was reindexed.
   */
  @Test
  void add_indexFromBeforeOffsets_takesDocumentsAndStillHighlights() throws Exception {
    Path dir = tmp.resolve("index");
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document old = new Document();
      old.add(new StringField(SearchIndex.KIND, SearchIndex.DOCUMENT, Field.Store.YES));
      old.add(new StringField(SearchIndex.KEY, "doc:100", Field.Store.YES));
      old.add(new TextField(SearchIndex.NAME, "Old report", Field.Store.YES));
      old.add(new TextField(SearchIndex.ALIASES, "", Field.Store.YES));
      old.add(new TextField(SearchIndex.TEXT, "An old note on ransomware.", Field.Store.YES));
      w.addDocument(old);
      w.commit();
    }
    try (SearchIndex index = new SearchIndex(dir)) {
      index.add(reports(3));
      List<SearchHit> hits = index.search("ransomware", null, 10);
      assertThat(hits).extracting(SearchHit::key).contains("doc:100", "doc:1", "doc:2", "doc:3");
      assertThat(hits).allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("«ransomware»"));
    }
  }
}
