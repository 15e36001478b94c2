package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first page's total summed from the maintained counts ({@link LedgerTotals}) equals the number
 * of claims the whole ledger lists for the same filter and clearance, for ranges that start and
 * end inside months and years, after copies and deletions; other filters are counted to the cap.
 */
class LedgerTotalsTest {
  private static final long SEED = 1402;
  private static final String[] COUNTRIES = {"US", "CN", "RU", "GB", null};
  private static final ClaimType[] TYPES = ClaimType.values();
  private static final Tlp[] MARKINGS = {Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED};

  @TempDir Path tmp;

  private static String sha(int n) {
    return HexFormat.of().toHexDigits(n).repeat(8);
  }

  /** 60 documents of 1-5 claims dated over 2021-2023 (one in eight undated), at every marking. */
  private static void fill(DocumentStore docs, Random r) {
    for (int n = 0; n < 60; n++) {
      List<Claim> claims = new ArrayList<>();
      for (int k = 0, size = 1 + r.nextInt(5); k < size; k++) {
        String date = r.nextInt(8) == 0 ? null : LocalDate.of(2021, 1, 1).plusDays(r.nextInt(3 * 365)).toString();
        claims.add(new Claim(TYPES[r.nextInt(TYPES.length)], ClaimForm.STATEMENT, "someone",
            COUNTRIES[r.nextInt(COUNTRIES.length)], "someone else", COUNTRIES[r.nextInt(COUNTRIES.length)], null, null,
            date, "Claim " + k + " of document " + n + "."));
      }
      docs.add(new ExtractedDocument("doc-" + n, sha(n), "Doc " + n, null, null, "en", "text", 0, List.of(), List.of(),
          List.of(), claims), MARKINGS[1 + r.nextInt(3)]);
    }
  }

  private static String date(Random r) {
    return r.nextInt(4) == 0 ? null : LocalDate.of(2020, 11, 1).plusDays(r.nextInt(4 * 365)).toString();
  }

  private static void assertTotals(DocumentStore docs, LedgerPages pages, Random r) {
    for (int i = 0; i < 150; i++) {
      String since = date(r);
      String until = date(r);
      String type = r.nextInt(3) == 0 ? null : TYPES[r.nextInt(TYPES.length)].id();
      String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
      DocumentStore.LedgerQuery q = new DocumentStore.LedgerQuery(null, country == null ? null : country.toLowerCase(),
          null, null, type, since, until, MARKINGS[r.nextInt(MARKINGS.length)]);
      LedgerSlice first = pages.after(q, null, 2);
      assertThat(first.total()).as("%s, seed %d", q, SEED).isEqualTo(docs.claims(q).size());
      assertThat(first.totalExact()).isTrue();
    }
  }

  @Test
  void total_byCountryTypeAndDates_equalsTheClaimsListed() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      Random r = new Random(SEED);
      fill(docs, r);
      LedgerPages pages = new LedgerPages(store);
      assertTotals(docs, pages, r);
      // copies of stored bytes, less restricted (the older copy's claims stop counting), and deletions
      docs.add(new ExtractedDocument("doc-3-again", sha(3), "Doc 3 again", null, null, "en", "text", 0, List.of(),
          List.of(), List.of(), List.of(new Claim(ClaimType.ATTRIBUTION, ClaimForm.REPORT, "again", "US", "x", "US", null,
              null, "2022-06-15", "The public copy's claim."))), Tlp.CLEAR);
      docs.delete(sha(4), Tlp.RED, "test");
      docs.delete(sha(3), Tlp.RED, "test");
      assertTotals(docs, pages, r);
      // a date shaped like one but no calendar day is compared as text, as the page compares it
      DocumentStore.LedgerQuery odd = new DocumentStore.LedgerQuery(null, "us", null, null, null, "2022-02-30", null,
          Tlp.RED);
      assertThat(pages.after(odd, null, 2).total()).isEqualTo(docs.claims(odd).size());
    }
  }

  @Test
  void total_byActor_isCountedFromTheClaimsUpToTheCap() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(new ExtractedDocument("doc", sha(1), "Doc", null, null, "en", "text", 0, List.of(), List.of(), List.of(),
          List.of(new Claim(ClaimType.ATTRIBUTION, ClaimForm.REPORT, "a", "US", "b", "CN", "APT1", null, "2022-01-05",
              "One."), new Claim(ClaimType.ATTRIBUTION, ClaimForm.REPORT, "a", "US", "b", "CN", "APT2", null,
              "2022-01-06", "Two."))), Tlp.GREEN);
      LedgerSlice s = new LedgerPages(store).after(new DocumentStore.LedgerQuery("apt1", null, null, null, Tlp.RED), null, 10);
      assertThat(s.total()).isEqualTo(1);
      assertThat(s.totalExact()).isTrue();
    }
  }
}
