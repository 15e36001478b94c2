package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.bulk.BulkLoaderAccess;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix read from the maintained counts, and the one summed from the counts held in memory,
 * equal the matrix grouped from the claims themselves, for random dates and every clearance, after
 * documents are added, copied at a less restrictive marking, bulk-loaded and deleted; and the held
 * counts are known stale after each of those writes.
 */
class ClaimMatrixCountsTest {
  private static final long SEED = 2014;
  private static final String[] COUNTRIES = {"US", "CN", "RU", "GB", "IR"};
  private static final Tlp[] MARKINGS = {Tlp.RED, Tlp.AMBER_STRICT, Tlp.AMBER, Tlp.GREEN, Tlp.CLEAR};

  @TempDir Path tmp;

  private static ExtractedDocument doc(int n, Random r) {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0, size = 1 + r.nextInt(4); k < size; k++) {
      ClaimType type = ClaimType.values()[r.nextInt(3)];
      String date = r.nextInt(8) == 0 ? null : LocalDate.of(2022, 11, 20).plusDays(r.nextInt(800)).toString();
      claims.add(new Claim(type, ClaimForm.STATEMENT, "x", r.nextInt(10) == 0 ? null : COUNTRIES[r.nextInt(5)], "y",
          COUNTRIES[r.nextInt(5)], null, null, date, "Claim " + k + " of " + n + "."));
    }
    return new ExtractedDocument("doc-" + n, HexFormat.of().toHexDigits(n).repeat(8), null, null, null, "en", "t", 0,
        List.of(), List.of(), List.of(), claims);
  }

  /** The matrix as it was computed before the counts: one group-by over the visible claims. */
  private static List<ClaimMatrix.Cell> grouped(Store store, String since, String until, Tlp max) {
    DocumentStore.LedgerQuery q = new DocumentStore.LedgerQuery(null, null, null, null, null, since, until, max);
    LedgerFilter filter = LedgerFilter.of(q);
    String sql = "select c.claimant_country, c.accused_country, sum(case when c.type = 'attribution' then 1 else 0 end), "
        + "sum(case when c.type = 'counter_accusation' then 1 else 0 end) from claim c join doc_document d "
        + "on d.id = c.document_id where d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY
        + " and c.type in ('attribution', 'counter_accusation') and c.claimant_country is not null"
        + " and c.accused_country is not null" + filter.sql()
        + " group by c.claimant_country, c.accused_country order by c.claimant_country, c.accused_country";
    return store.jdbi().withHandle(h -> {
      Query query = filter.bind(h.createQuery(sql).bindList("visible", DocumentStore.visible(max)));
      return query.map((rs, ctx) -> new ClaimMatrix.Cell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
          .list();
    });
  }

  /**
   * Every way of answering gives the claims grouped: the request, the database, a whole read, and
   * {@code before} (counts read before the last writes) advanced by the logged changes.
   */
  private static void assertSame(Store store, ClaimMatrix matrix, Random r, MatrixCounts before) {
    MatrixCounts held = matrix.load();
    MatrixCounts advanced = matrix.advance(before).orElseThrow(() -> new AssertionError("changes since "
        + before.version() + " not all logged"));
    assertThat(advanced.version()).isEqualTo(held.version());
    List<String[]> ranges = new ArrayList<>(List.of(new String[] {null, null}, new String[] {"2023-01-01", "2023-12-31"},
        new String[] {"2023-02-14", null}, new String[] {null, "2024-03-31"}, new String[] {"2024-02-03", "2024-02-27"},
        new String[] {"2024-05-01", "2023-01-01"}, new String[] {"2023-03-31", "2023-04-01"}));
    for (int i = 0; i < 30; i++) {
      LocalDate a = LocalDate.of(2022, 10, 1).plusDays(r.nextInt(900));
      String since = r.nextInt(10) == 0 ? null : a.toString();
      String until = r.nextInt(10) == 0 ? null : a.plusDays(r.nextInt(i % 2 == 0 ? 40 : 500)).toString();
      ranges.add(new String[] {since, until});
    }
    for (String[] range : ranges) {
      ClaimMatrix.Cover cover = ClaimMatrix.Cover.of(range[0] == null ? null : LocalDate.parse(range[0]),
          range[1] == null ? null : LocalDate.parse(range[1]));
      for (Tlp max : Tlp.values()) {
        List<ClaimMatrix.Cell> expected = grouped(store, range[0], range[1], max);
        String as = String.format("%s to %s at %s, seed %d", range[0], range[1], max, SEED);
        assertThat(matrix.cells(range[0], range[1], max)).as(as).isEqualTo(expected);
        assertThat(matrix.counted(cover, max)).as("from the database, " + as).isEqualTo(expected);
        assertThat(held.cells(cover, max)).as("from memory, " + as).isEqualTo(expected);
        assertThat(advanced.cells(cover, max)).as("advanced from version " + before.version() + ", " + as)
            .isEqualTo(expected);
      }
    }
  }

  private static long version(Store store) {
    return store.jdbi().withHandle(h -> h.createQuery("select version from claim_count_version").mapTo(Long.class).one());
  }

  @Test
  void cells_afterAddsCopiesBulkLoadsAndDeletes_equalTheClaimsGrouped() throws Exception {
    Random r = new Random(SEED);
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      ClaimMatrix matrix = new ClaimMatrix(store);
      MatrixCounts empty = matrix.load();
      List<ExtractedDocument> added = new ArrayList<>();
      for (int n = 0; n < 30; n++) {
        ExtractedDocument d = doc(n, r);
        docs.add(d, MARKINGS[r.nextInt(MARKINGS.length)]);
        added.add(d);
      }
      assertSame(store, matrix, r, empty);
      MatrixCounts read = matrix.load();
      long before = version(store);
      for (int n = 0; n < 30; n += 3) {
        Tlp held = docs.storedMarking(added.get(n).sha256(), Tlp.RED).orElseThrow();
        if (held != Tlp.CLEAR) {
          docs.add(doc(n, new Random(n)), Tlp.values()[held.ordinal() - 1]);
        }
      }
      assertThat(version(store)).as("copies raise the version").isGreaterThan(before);
      assertSame(store, matrix, r, read);
      read = matrix.load();
      before = version(store);
      List<ExtractedDocument> bulk = new ArrayList<>();
      for (int n = 30; n < 60; n++) {
        bulk.add(doc(n, r));
      }
      BulkLoaderAccess.load(store, bulk, Tlp.GREEN);
      assertThat(version(store)).as("a bulk load raises the version").isGreaterThan(before);
      assertThat(matrix.load().version()).isEqualTo(version(store));
      assertSame(store, matrix, r, read);
      read = matrix.load();
      before = version(store);
      for (int n = 0; n < 60; n += 4) {
        docs.delete(added.size() > n ? added.get(n).sha256() : bulk.get(n - 30).sha256(), Tlp.AMBER, "test");
      }
      assertThat(version(store)).as("deletes raise the version").isGreaterThan(before);
      assertSame(store, matrix, r, read);

      // the migration's backfill counts what the writers counted
      String v9;
      try (var in = ClaimMatrixCountsTest.class.getResourceAsStream("/db/migration/V9__claim_pair_counts.sql")) {
        v9 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      String backfill = v9.substring(v9.indexOf("insert into claim_pair_count")).strip().replaceAll(";$", "");
      store.jdbi().useHandle(h -> {
        h.execute("delete from claim_pair_count");
        h.execute(backfill);
      });
      assertSame(store, matrix, r, matrix.load());
    }
  }

  @Test
  void advance_changesNoLongerKept_readsTheCountsWhole() throws Exception {
    Random r = new Random(SEED);
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      ClaimMatrix matrix = new ClaimMatrix(store);
      MatrixCounts empty = matrix.load();
      assertThat(matrix.cells(null, null, Tlp.RED)).isEmpty();
      for (int n = 0; n < 5; n++) {
        docs.add(doc(n, r), Tlp.GREEN);
      }
      assertThat(matrix.advance(empty)).isPresent();
      store.jdbi().useHandle(h -> h.execute("delete from claim_count_change where version = "
          + (empty.version() + 1)));
      assertThat(matrix.advance(empty)).as("a version's changes missing").isEmpty();
      assertThat(matrix.cells(null, null, Tlp.RED)).isEqualTo(grouped(store, null, null, Tlp.RED));
    }
  }

  @Test
  void cover_rangeInsideAndAcrossMonthsAndYears_periodsAndEdgeDays() {
    ClaimMatrix.Cover c = ClaimMatrix.Cover.of(LocalDate.parse("2023-11-15"), LocalDate.parse("2025-02-28"));
    assertThat(c.periods()).containsExactly("2023-12", "2024", "2025-01", "2025-02");
    assertThat(c.days()).singleElement().satisfies(d -> assertThat(d).containsExactly(LocalDate.parse("2023-11-15"),
        LocalDate.parse("2023-11-30")));
    assertThat(ClaimMatrix.Cover.of(null, null).periods()).containsExactly("*");
    assertThat(ClaimMatrix.Cover.of(LocalDate.parse("2020-01-01"), null).periods()).startsWith("2020").endsWith("2199")
        .hasSize(180);
  }
}
