package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are stored whole or not at all, and the ledger filters and orders claims. */
class DocumentStoreTest {
  @TempDir Path tmp;

  private static Claim claim(ClaimType type, String from, String against, String date, String evidence) {
    return new Claim(type, ClaimForm.STATEMENT, "someone", from, "someone else", against, "Volt Typhoon", null, date, evidence);
  }

  private static ExtractedDocument doc(String sha, List<Claim> claims) {
    return new ExtractedDocument("file-" + sha, sha, "A title", "2024-04-16", "Publisher", "en", "Some text.", 10,
        List.of(new Indicator("ipv4", "203.0.113.7", 3, false, null)), List.of(), List.of(), claims);
  }

  @Test
  void add_failingClaim_storesNothingOfTheDocument() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      ExtractedDocument broken = doc("a".repeat(64), List.of(claim(ClaimType.DENIAL, "CN", "CN", "2024-04-15", null)));
      assertThatThrownBy(() -> docs.add(broken)).isInstanceOf(RuntimeException.class);
      assertThat(docs.count()).isZero();
      assertThat(docs.storedMarking("a".repeat(64), Tlp.RED)).isEmpty();
      long indicators = store.jdbi().withHandle(h -> h.createQuery("select count(*) from doc_indicator").mapTo(Long.class).one());
      assertThat(indicators).isZero();
    }
  }

  @Test
  void claims_filtersByCountryTypeActorAndDate_newestFirst() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc("b".repeat(64), List.of(
          claim(ClaimType.ATTRIBUTION, "US", "CN", "2023-05-24", "The US said China did it."),
          claim(ClaimType.DENIAL, "CN", "CN", "2024-04-15", "China denied it."))));
      assertThat(docs.storedMarking("b".repeat(64), Tlp.RED)).contains(Tlp.CLEAR);
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null)))
          .extracting(DocumentStore.LedgerEntry::date).containsExactly("2024-04-15", "2023-05-24");
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, "us", null, null))).hasSize(1);
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, "denial", null))).hasSize(1);
      assertThat(docs.claims(new DocumentStore.LedgerQuery("volt typhoon", null, null, "2024-01-01")))
          .extracting(DocumentStore.LedgerEntry::evidence).containsExactly("China denied it.");
      assertThat(docs.claims(new DocumentStore.LedgerQuery("APT1", null, null, null))).isEmpty();
    }
  }

  @Test
  void marked_documents_and_their_claims_stay_hidden_from_readers_below_the_marking() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc("c".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "US", "CN", "2023-05-24", "Public."))),
          io.ascribe.model.Tlp.CLEAR);
      docs.add(doc("d".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "GB", "RU", "2023-06-01", "Secret."))),
          io.ascribe.model.Tlp.RED);
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null, io.ascribe.model.Tlp.AMBER)))
          .extracting(DocumentStore.LedgerEntry::evidence).containsExactly("Public.");
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, null, null))).hasSize(2);
      assertThat(docs.document("d".repeat(64), io.ascribe.model.Tlp.AMBER_STRICT)).isEmpty();
      StoredDocument red = docs.document("dddddddd", io.ascribe.model.Tlp.RED).orElseThrow();
      assertThat(red.header().tlp()).isEqualTo(io.ascribe.model.Tlp.RED);
      assertThat(red.claims()).singleElement().satisfies(c -> assertThat(c.accusedCountry()).isEqualTo("RU"));
      assertThat(red.indicators()).extracting(Indicator::value).containsExactly("203.0.113.7");
      assertThat(docs.document("file-" + "c".repeat(64), io.ascribe.model.Tlp.CLEAR)).isPresent();
    }
  }
}
