package io.ascribe.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import io.ascribe.store.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk loader stores documents whole, once per sha256, a batch at a time: on the embedded
 * database through batched inserts, on PostgreSQL (the store tests' second run) through COPY.
 */
class BulkLoaderTest {
  @TempDir Path tmp;

  private static String sha(int n) {
    return HexFormat.of().withLowerCase().toHexDigits(n).repeat(8);
  }

  private static ExtractedDocument doc(int n, String evidence) {
    Claim accusation = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "The ministry\tof \"foreign\" affairs", "GB",
        "Russia's GRU", "RU", "APT28", "a \\ backslash target", "2024-03-0" + (1 + n % 9), evidence);
    Claim denial = new Claim(ClaimType.DENIAL, ClaimForm.STATEMENT, "The embassy", "RU", "Russia", "RU", null, null, null,
        "The embassy denied it,\nsaying nothing.");
    return new ExtractedDocument("https://news.example/" + n, sha(n), "Story " + n, "2024-03-01", "Example News", "en",
        "Story " + n + " says the ministry blamed APT28.\r\nLine two\\with a backslash.", 7,
        List.of(new Indicator("ipv4", "203.0.113." + n, 12, true, null),
            new Indicator("domain", "example.com", 40, false, "top-domains")),
        List.of(new TechniqueMention("T1566", "Phishing", 0.75, List.of("They sent \"phishing\" mail."))),
        List.of(new ExtractedDocument.Entity("actor", "APT28", "G0007", 2, null, null, null, null),
            new ExtractedDocument.Entity("country", "Russia", null, null, null, null, "RU", null)),
        List.of(accusation, denial));
  }

  private static List<ExtractedDocument> docs(int from, int to) {
    List<ExtractedDocument> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(doc(n, "The ministry said APT28 did it (" + n + ")."));
    }
    return out;
  }

  private static Map<String, Long> counts(Store store) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : List.of("doc_document", "doc_indicator", "doc_technique", "doc_entity", "claim")) {
      counts.put(table, store.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table)
          .mapTo(Long.class).one()));
    }
    return counts;
  }

  @Test
  void load_everyField_readsBackAsTheDocumentStoreStoresIt() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      ExtractedDocument d = doc(1, "It said so.");
      new BulkLoader(store).load(List.of(d).iterator(), Tlp.AMBER, LoadListener.NONE);

      StoredDocument stored = new DocumentStore(store).document(d.sha256(), Tlp.RED).orElseThrow();
      assertThat(stored.header().tlp()).isEqualTo(Tlp.AMBER);
      assertThat(stored.header().text()).isEqualTo(d.text());
      assertThat(stored.header().title()).isEqualTo("Story 1");
      assertThat(stored.claims()).isEqualTo(d.claims());
      assertThat(stored.indicators()).isEqualTo(d.indicators());
      assertThat(stored.techniques()).isEqualTo(d.techniques());
      assertThat(stored.entities()).extracting(ExtractedDocument.Entity::name).containsExactly("APT28", "Russia");
      assertThat(new DocumentStore(store).document(d.sha256(), Tlp.GREEN)).isEmpty();
    }
  }

  @Test
  void load_twice_secondLoadAddsNothing() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      List<Long> progress = new ArrayList<>();
      LoadSummary first = new BulkLoader(store, 4).load(docs(0, 10).iterator(), Tlp.CLEAR, progress::add);
      Map<String, Long> after = counts(store);
      LoadSummary second = new BulkLoader(store, 4).load(docs(0, 10).iterator(), Tlp.CLEAR, LoadListener.NONE);

      assertThat(first).isEqualTo(new LoadSummary(10, 10, 0, 20));
      assertThat(progress).containsExactly(4L, 8L, 10L);
      assertThat(second).isEqualTo(new LoadSummary(10, 0, 10, 0));
      assertThat(counts(store)).isEqualTo(after).containsEntry("doc_document", 10L).containsEntry("claim", 20L)
          .containsEntry("doc_indicator", 20L);
    }
  }

  @Test
  void load_sameShaTwiceInOneBatchOrStoredAtAnotherMarking_storedOnce() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      new DocumentStore(store).add(doc(3, "Stored by an upload."), Tlp.RED);
      List<ExtractedDocument> source = new ArrayList<>(docs(0, 5));
      source.add(doc(1, "A second copy of the same bytes."));

      LoadSummary summary = new BulkLoader(store).load(source.iterator(), Tlp.CLEAR, LoadListener.NONE);

      assertThat(summary).isEqualTo(new LoadSummary(6, 4, 2, 8));
      assertThat(counts(store)).containsEntry("doc_document", 5L);
      assertThat(new DocumentStore(store).document(sha(3), Tlp.RED).orElseThrow().header().tlp()).isEqualTo(Tlp.RED);
    }
  }

  @Test
  void load_failingDocument_rollsBackItsWholeBatchAndKeepsEarlierBatches() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      List<ExtractedDocument> source = new ArrayList<>(docs(0, 5));
      source.add(doc(5, null)); // claim.evidence is not null: the database refuses the sixth document
      source.addAll(docs(6, 8));

      assertThatThrownBy(() -> new BulkLoader(store, 3).load(source.iterator(), Tlp.CLEAR, LoadListener.NONE))
          .isInstanceOf(RuntimeException.class);

      assertThat(counts(store)).containsEntry("doc_document", 3L).containsEntry("claim", 6L)
          .containsEntry("doc_indicator", 6L).containsEntry("doc_technique", 3L).containsEntry("doc_entity", 6L);
      source.set(5, doc(5, "Now with its sentence."));
      LoadSummary rerun = new BulkLoader(store, 3).load(source.iterator(), Tlp.CLEAR, LoadListener.NONE);
      assertThat(rerun).isEqualTo(new LoadSummary(8, 5, 3, 10));
      assertThat(counts(store)).containsEntry("doc_document", 8L).containsEntry("claim", 16L);
    }
  }

  @Test
  void load_badSha_isRefusedNamingTheDocument() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      ExtractedDocument bad = new ExtractedDocument("https://news.example/x", "ABC", null, null, null, "en", "text", 0,
          List.of(), List.of(), List.of(), List.of());
      assertThatThrownBy(() -> new BulkLoader(store).load(List.of(bad).iterator(), Tlp.CLEAR, LoadListener.NONE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("document https://news.example/x: sha256 must be 64 lower-case hex digits, got 'ABC'");
      assertThat(counts(store)).containsEntry("doc_document", 0L);
    }
  }

  @Test
  void indexMissing_afterLoad_indexesTheLoadedDocumentsOnce() throws Exception {
    try (Store store = TestStores.open(tmp); SearchIndex index = new SearchIndex(store.indexDir())) {
      BulkLoader loader = new BulkLoader(store);
      loader.load(docs(0, 7).iterator(), Tlp.CLEAR, LoadListener.NONE);

      assertThat(loader.indexMissing(index)).isEqualTo(7);
      assertThat(loader.indexMissing(index)).isZero();
      assertThat(index.documentIds()).hasSize(7);
    }
  }
}
