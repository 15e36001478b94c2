package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, server bug 6: an AMBER analyst who uploaded the exact bytes of a RED document was told
 * "unchanged, same bytes already ingested", learning that the RED document exists. Now the upload
 * becomes the uploader's own copy at their marking, answered exactly as a new document, and every
 * read shows a reader one copy of the bytes.
 */
class UploadAcrossClearanceTest {
  private static final byte[] REPORT = ("Partner report\n\nThe intruders staged data on 203.0.113.7 before "
      + "exfiltrating it over HTTPS.\n").getBytes(StandardCharsets.UTF_8);
  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(new IndicatorExtractor(WarningLists.none()),
      new NameMatcher<>(Map.of(), 4), new TechniqueMentions(Map.of()));

  @TempDir Path tmp;

  private static Ingestor.Outcome upload(Store store, String name, Tlp marking, Tlp clearance) throws Exception {
    Ingestor in = new Ingestor(EXTRACTOR, new DocumentStore(store), new SearchIndex(store.indexDir()), marking, clearance);
    Ingestor.Outcome o = in.ingest(new RawDocument(name, REPORT, "text/plain"));
    in.flush();
    return o;
  }

  @Test
  void ingest_bytesOfAHiddenRedDocument_storesTheUploadersOwnCopyAndRevealsNothing() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      Ingestor.Outcome red = upload(store, "partner-red.txt", Tlp.RED, Tlp.RED);
      Ingestor.Outcome amber = upload(store, "my-upload.txt", Tlp.AMBER, Tlp.AMBER);

      assertThat(red.status()).isEqualTo("stored");
      assertThat(amber).as("answered exactly as a new document").isEqualTo(new Ingestor.Outcome("my-upload.txt",
          "stored", red.sha256(), red.title(), red.claims(), red.indicators(), red.message()));
      DocumentStore docs = new DocumentStore(store);
      assertThat(docs.document(red.sha256(), Tlp.AMBER)).hasValueSatisfying(d -> {
        assertThat(d.header().tlp()).isEqualTo(Tlp.AMBER);
        assertThat(d.header().source()).isEqualTo("my-upload.txt");
      });
      assertThat(docs.document(red.sha256(), Tlp.GREEN)).isEmpty();
      assertThat(docs.document(red.sha256(), Tlp.RED)).as("one copy, never ambiguous")
          .hasValueSatisfying(d -> assertThat(d.header().tlp()).isEqualTo(Tlp.AMBER));
      assertThat(docs.storedMarking(red.sha256(), Tlp.AMBER)).contains(Tlp.AMBER);

      Ingestor.Outcome again = upload(store, "my-upload.txt", Tlp.AMBER, Tlp.AMBER);
      assertThat(again.status()).isEqualTo("unchanged");
      assertThat(again.message()).isEqualTo("same bytes already ingested");
      assertThat(docs.count()).isEqualTo(2);
    }
  }

  @Test
  void ingest_stricterMarkingThanAVisibleCopy_isUnchangedAndNamesThatMarking() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      upload(store, "public.txt", Tlp.GREEN, Tlp.GREEN);

      Ingestor.Outcome amber = upload(store, "again.txt", Tlp.AMBER, Tlp.AMBER);

      assertThat(amber.status()).isEqualTo("unchanged");
      assertThat(amber.message()).isEqualTo("same bytes already ingested at TLP:GREEN, less restrictive than TLP:AMBER: "
          + "kept as they are");
      assertThat(new DocumentStore(store).count()).isEqualTo(1);
    }
  }

  @Test
  void ingest_lessRestrictiveThanAVisibleCopy_addsACopyAndSaysSo() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      upload(store, "secret.txt", Tlp.RED, Tlp.RED);

      Ingestor.Outcome green = upload(store, "published.txt", Tlp.GREEN, Tlp.RED);

      assertThat(green.status()).isEqualTo("stored");
      assertThat(green.message()).isEqualTo("stored as a copy at TLP:GREEN; the same bytes are also stored at TLP:RED");
      assertThat(new DocumentStore(store).document(green.sha256(), Tlp.GREEN)).isPresent();
    }
  }

  @Test
  void reads_twoCopiesOfTheSameBytes_showEachReaderOneCopy() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      String sha = "c".repeat(64);
      docs.add(doc(sha, "partner"), Tlp.RED);
      docs.add(doc(sha, "upload"), Tlp.AMBER);

      for (Tlp reader : List.of(Tlp.AMBER, Tlp.RED)) {
        assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null, reader)))
            .as("ledger at %s", reader).singleElement().satisfies(e -> assertThat(e.tlp()).isEqualTo(Tlp.AMBER));
        assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null, reader), 0, 10).total()).isEqualTo(1);
        assertThat(docs.recent(10, reader)).as("recent at %s", reader).singleElement()
            .satisfies(d -> assertThat(d.source()).isEqualTo("file-upload"));
        DocumentLibrary library = new DocumentLibrary(store);
        assertThat(library.page(LibraryQuery.all(reader), 0, 10).total()).as("library at %s", reader).isEqualTo(1);
        assertThat(new ClaimMatrix(store).cells(null, null, reader)).singleElement()
            .satisfies(c -> assertThat(c.attributions()).isEqualTo(1L));
      }
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null, Tlp.GREEN))).isEmpty();
      assertThat(docs.recent(10, Tlp.GREEN)).isEmpty();
      long redId = store.jdbi().withHandle(h -> h.createQuery("select id from doc_document where tlp = 'RED'")
          .mapTo(Long.class).one());
      assertThat(docs.sha256OfIndexKey("doc:" + redId, Tlp.RED)).as("the stricter copy is not a second search hit")
          .isEmpty();
    }
  }

  @Test
  void add_copyNoLessRestrictiveThanOneStored_isRefused() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      String sha = "d".repeat(64);
      docs.add(doc(sha, "first"), Tlp.AMBER);

      for (Tlp marking : List.of(Tlp.AMBER, Tlp.RED)) {
        assertThatThrownBy(() -> docs.add(doc(sha, "second"), marking)).isInstanceOf(IllegalStateException.class)
            .hasMessage("document " + sha + " is stored already at " + marking.label() + " or a less restrictive marking");
      }
      assertThat(docs.count()).isEqualTo(1);
    }
  }

  @Test
  void new_markingAboveTheUploadersClearance_isRefused() {
    assertThatThrownBy(() -> new Ingestor(EXTRACTOR, null, null, Tlp.RED, Tlp.AMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an uploader cleared for TLP:AMBER cannot store a document marked TLP:RED");
  }

  private static ExtractedDocument doc(String sha, String source) {
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", null, null,
        "2024-01-02", "The US attributed the intrusion to China.");
    return new ExtractedDocument("file-" + source, sha, "Report", "2024-01-02", null, "en", "Text.", 0, List.of(),
        List.of(), List.of(), List.of(c));
  }
}
