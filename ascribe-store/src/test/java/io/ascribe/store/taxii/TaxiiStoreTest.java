package io.ascribe.store.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TAXII table over the mini ATT&amp;CK fixture and two imports of 150 synthetic indicators each
 * (the second also updating ten of the first): paging concatenates to the whole result for any
 * page size and filter, and every page is an index seek.
 */
class TaxiiStoreTest {
  @TempDir static Path home;
  static Store store;
  static TaxiiStore taxii;
  static KbImporter importer;
  static Instant between;

  @BeforeAll
  static void load() throws Exception {
    store = TestStores.open(home);
    importer = new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE);
    importer.importAll(List.of(Fixtures.write(home, Fixtures.MINI_ATTACK).toString(),
        Fixtures.write(home, "first.json", bundle(0, 150, "2025-01-01T00:00:00.000Z")).toString()), KbImporter.Options.DEFAULT);
    Thread.sleep(10);
    between = Instant.now();
    Thread.sleep(10);
    importer.importAll(List.of(Fixtures.write(home, "second.json", bundle(140, 300, "2025-02-01T00:00:00.000Z")).toString()),
        KbImporter.Options.DEFAULT);
    taxii = new TaxiiStore(store);
    assertThat(taxii.refresh()).isPositive();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static String bundle(int from, int to, String modified) {
    StringBuilder b = new StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--00000000-0000-4000-8000-0000000" + from
        + "\",\"objects\":[");
    for (int i = from; i < to; i++) {
      b.append(i > from ? "," : "").append("{\"type\":\"").append(i % 3 == 0 ? "indicator" : "x-thing")
          .append("\",\"spec_version\":\"2.1\",\"id\":\"").append(i % 3 == 0 ? "indicator" : "x-thing")
          .append(String.format("--00000000-0000-4000-8000-%012d", i)).append("\",\"created\":\"2025-01-01T00:00:00.000Z\",")
          .append("\"modified\":\"").append(modified).append("\",\"name\":\"n").append(i).append("\"}");
    }
    return b.append("]}").toString();
  }

  static List<TaxiiRecord> all(TaxiiQuery q) {
    List<TaxiiRecord> out = new ArrayList<>();
    TaxiiPage page = taxii.page(q);
    out.addAll(page.records());
    while (page.more()) {
      page = taxii.page(q.after(page.lastKey()));
      assertThat(page.records()).isNotEmpty();
      out.addAll(page.records());
    }
    return out;
  }

  static List<String> keys(List<TaxiiRecord> records) {
    return records.stream().map(TaxiiRecord::sortKey).toList();
  }

  @Test
  void page_randomLimitsAndFilters_concatenateToTheSingleLargePage() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 60; i++) {
      List<String> types = switch (random.nextInt(4)) {
        case 0 -> List.of("indicator");
        case 1 -> List.of("indicator", "x-thing");
        default -> List.of();
      };
      VersionMatch versions = switch (random.nextInt(4)) {
        case 0 -> VersionMatch.any();
        case 1 -> VersionMatch.parse("first");
        case 2 -> VersionMatch.parse("first,last");
        default -> VersionMatch.latest();
      };
      TaxiiQuery q = new TaxiiQuery(Tlp.CLEAR, random.nextBoolean() ? between : null, types, List.of(), versions,
          random.nextBoolean() ? List.of("2.1") : List.of(), 1 + random.nextInt(40), null, random.nextBoolean());
      TaxiiQuery whole = new TaxiiQuery(q.collection(), q.addedAfter(), types, List.of(), versions, q.specVersions(),
          100_000, null, false);
      List<TaxiiRecord> expected = taxii.page(whole).records();
      List<TaxiiRecord> paged = all(q);
      assertThat(keys(paged)).as("seed %d, query %s", seed, q).containsExactlyElementsOf(keys(expected)).doesNotHaveDuplicates();
      assertThat(keys(paged)).as("seed %d: collection order", seed).isSorted();
    }
  }

  @Test
  void page_versions_followTheImportsThatBroughtThem() {
    String updated = "x-thing--00000000-0000-4000-8000-000000000145";
    TaxiiQuery q = new TaxiiQuery(Tlp.CLEAR, null, List.of(), List.of(updated), VersionMatch.any(), List.of(), 10, null, false);
    assertThat(taxii.page(q).records()).extracting(TaxiiRecord::version)
        .containsExactly("2025-01-01T00:00:00.000Z", "2025-02-01T00:00:00.000Z");
    assertThat(taxii.page(q).records().get(0).dateAdded()).isBefore(between);
    assertThat(taxii.page(q).records().get(1).dateAdded()).isAfter(between);
    TaxiiQuery latest = new TaxiiQuery(Tlp.CLEAR, null, List.of(), List.of(updated), VersionMatch.latest(), List.of(), 10,
        null, true);
    assertThat(taxii.page(latest).records()).singleElement().satisfies(r -> assertThat(r.json()).contains("2025-02-01"));
  }

  /** Regression: ordering by sort_key alone made H2 sort the rest of the collection for every page (O(n) a page). */
  @Test
  void plan_everyQueryShape_readsThePageInIndexOrder() {
    org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "the plan check reads H2's EXPLAIN output");
    List<TaxiiQuery> shapes = List.of(
        TaxiiQuery.all(Tlp.CLEAR, 10),
        TaxiiQuery.all(Tlp.CLEAR, 10).after("000000000000001 a 0000000000000000001"),
        new TaxiiQuery(Tlp.CLEAR, between, List.of(), List.of(), VersionMatch.latest(), List.of(), 10, null, true),
        new TaxiiQuery(Tlp.CLEAR, null, List.of("indicator"), List.of(), VersionMatch.latest(), List.of(), 10, null, true),
        new TaxiiQuery(Tlp.CLEAR, null, List.of("indicator", "tool"), List.of(), VersionMatch.any(), List.of("2.1"), 10,
            null, false));
    for (TaxiiQuery q : shapes) {
      assertThat(taxii.plan(q)).as(q.toString()).contains("index sorted");
    }
  }

  @Test
  void refresh_withoutChanges_doesNothingAndAfterAnImportRebuilds() throws Exception {
    assertThat(taxii.refresh()).isEqualTo(-1);
    long before = taxii.size(Tlp.CLEAR);
    importer.importAll(List.of(Fixtures.write(home, "third.json", bundle(300, 310, "2025-03-01T00:00:00.000Z")).toString()),
        KbImporter.Options.DEFAULT);
    assertThat(taxii.refresh()).isPositive();
    assertThat(taxii.size(Tlp.CLEAR)).isEqualTo(before + 10);
  }
}
