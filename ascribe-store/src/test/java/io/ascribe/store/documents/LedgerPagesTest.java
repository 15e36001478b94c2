package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyset paging walks the ledger in the order the whole ledger lists it, every claim once, across
 * ties on the date, undated claims, hidden markings and superseded copies; backwards too.
 */
class LedgerPagesTest {
  private static final long SEED = 1414;

  @TempDir Path tmp;

  /** 40 documents of 1-4 claims on five dates (many ties), one claim in six undated, some marked AMBER. */
  private static void fill(DocumentStore docs) {
    Random r = new Random(SEED);
    String[] dates = {"2024-01-01", "2024-01-02", "2024-01-02", "2023-12-31", "2024-02-29", null};
    String[] countries = {"US", "CN", "RU", "GB"};
    for (int n = 0; n < 40; n++) {
      List<Claim> claims = new ArrayList<>();
      for (int k = 0, size = 1 + r.nextInt(4); k < size; k++) {
        claims.add(new Claim(r.nextBoolean() ? ClaimType.ATTRIBUTION : ClaimType.DENIAL, ClaimForm.STATEMENT, "someone",
            countries[r.nextInt(4)], "someone else", countries[r.nextInt(4)], null, null, dates[r.nextInt(dates.length)],
            "Claim " + k + " of document " + n + "."));
      }
      String sha = HexFormat.of().toHexDigits(n).repeat(8);
      docs.add(new ExtractedDocument("doc-" + n, sha, "Doc " + n, null, null, "en", "text", 0, List.of(), List.of(),
          List.of(), claims), n % 5 == 0 ? Tlp.AMBER : Tlp.GREEN);
    }
    // the bytes of document 1 stored again, less restricted: only this copy's claims count
    docs.add(new ExtractedDocument("doc-1-again", HexFormat.of().toHexDigits(1).repeat(8), "Doc 1 again", null, null, "en",
        "text", 0, List.of(), List.of(), List.of(), List.of(new Claim(ClaimType.ATTRIBUTION, ClaimForm.REPORT, "again", "US",
            "x", "CN", null, null, "2024-01-02", "The public copy's claim."))), Tlp.CLEAR);
  }

  private static List<String> forwards(LedgerPages pages, DocumentStore.LedgerQuery q, int limit) {
    List<String> seen = new ArrayList<>();
    LedgerSlice s = pages.after(q, null, limit);
    assertThat(s.newer()).isNull();
    while (true) {
      assertThat(s.claims()).hasSizeLessThanOrEqualTo(limit);
      s.claims().forEach(e -> seen.add(e.evidence()));
      if (s.older() == null) {
        return seen;
      }
      assertThat(s.claims()).hasSize(limit);
      s = pages.after(q, s.older(), limit);
      assertThat(s.newer()).isNotNull();
      assertThat(s.total()).isNull();
    }
  }

  @Test
  void after_walkingEveryPage_listsEveryClaimOnceInLedgerOrder() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      fill(docs);
      LedgerPages pages = new LedgerPages(store);
      for (DocumentStore.LedgerQuery q : List.of(
          new DocumentStore.LedgerQuery(null, null, null, null, Tlp.RED),
          new DocumentStore.LedgerQuery(null, null, null, null, Tlp.GREEN),
          new DocumentStore.LedgerQuery(null, "us", "attribution", "2024-01-01", Tlp.RED))) {
        List<String> all = docs.claims(q).stream().map(DocumentStore.LedgerEntry::evidence).toList();
        assertThat(all).as("seed %d", SEED).hasSizeGreaterThan(3).doesNotHaveDuplicates();
        for (int limit : List.of(1, 3, 7, 500)) {
          assertThat(forwards(pages, q, limit)).as("limit %d, %s, seed %d", limit, q, SEED).isEqualTo(all);
        }
        LedgerSlice first = pages.after(q, null, 3);
        assertThat(first.total()).isEqualTo(all.size());
        assertThat(first.totalExact()).isTrue();
      }
    }
  }

  @Test
  void before_fromTheLastPage_walksBackToTheFirstInTheSameOrder() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      fill(docs);
      LedgerPages pages = new LedgerPages(store);
      DocumentStore.LedgerQuery q = new DocumentStore.LedgerQuery(null, null, null, null, Tlp.RED);
      List<String> all = docs.claims(q).stream().map(DocumentStore.LedgerEntry::evidence).toList();
      LedgerSlice s = pages.after(q, null, 4);
      while (s.older() != null) {
        s = pages.after(q, s.older(), 4);
      }
      List<List<String>> backwards = new ArrayList<>();
      backwards.add(s.claims().stream().map(DocumentStore.LedgerEntry::evidence).toList());
      while (s.newer() != null) {
        s = pages.before(q, s.newer(), 4);
        assertThat(s.older()).isNotNull();
        backwards.add(s.claims().stream().map(DocumentStore.LedgerEntry::evidence).toList());
      }
      Collections.reverse(backwards);
      assertThat(backwards.stream().flatMap(List::stream).toList()).as("seed %d", SEED).isEqualTo(all);
      assertThat(backwards.get(0)).hasSize(4);
    }
  }

  @Test
  void parse_token_roundTripsAndNamesTheParameterWhenMalformed() {
    assertThat(LedgerCursor.parse(new LedgerCursor("2024-03-01", 17).token(), "after"))
        .isEqualTo(new LedgerCursor("2024-03-01", 17));
    assertThat(LedgerCursor.parse("-.9", "after")).isEqualTo(new LedgerCursor(null, 9));
    assertThatThrownBy(() -> LedgerCursor.parse("2024-03-01;drop", "before"))
        .hasMessage("before must be a ledger position like 2024-03-01.1234 (from a 'next' or 'previous' link), "
            + "got '2024-03-01;drop'");
  }
}
