package io.ascribe.store.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.export.ActorIds;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TAXII table grown document batch by document batch equals a full rebuild and the
 * whole-ledger builder it replaced ({@link WholeLedgerBuilder}) on the same store, over seeded
 * random ledgers: every marking, parties spelled several ways, actors of the knowledge base and
 * unknown ones, claims with and without dates, and the same bytes stored under two markings.
 */
class TaxiiLedgerBuildTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CLAIMANTS = {"the FBI", "The FBI", "US Department of Justice",
      "Foreign Ministry spokesperson Wang", "Microsoft", "the NCSC", "China", "Russia"};
  private static final String[] COUNTRIES = {"US", "CN", "RU", "GB", "KP", null};
  private static final String[] ACCUSED = {"China", "Russia", "the APT-X group", "hackers", null};
  private static final String[] ACTORS = {"Alpha Panda", "Tea Leaf", "Beta Bear", "Unknown Kitten", "unknown kitten",
      null, null};
  private static final String[] TARGETS = {"Equifax", "equifax", "the Bundestag", null, null};
  private static final String[] DATES = {"2024-03-01", "2023-11", "2021", null, "not a date"};
  private static final Tlp[] LEVELS = {Tlp.CLEAR, Tlp.CLEAR, Tlp.CLEAR, Tlp.GREEN, Tlp.GREEN, Tlp.AMBER,
      Tlp.AMBER_STRICT, Tlp.RED, Tlp.RED};

  @TempDir Path home;

  @Test
  void refresh_documentsAddedInBatches_equalsFullRebuildAndWholeLedgerBuilder() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (Store store = open()) {
      TaxiiStore taxii = new TaxiiStore(store, 7);
      DocumentStore docs = new DocumentStore(store);
      List<ExtractedDocument> stored = new ArrayList<>();
      for (int batch = 0; batch < 4; batch++) {
        for (int i = 0; i < 15 + random.nextInt(30); i++) {
          ExtractedDocument d = document(random, stored.size());
          if (batch == 0 && random.nextInt(8) == 0) {
            // the same bytes under a second, less restrictive marking (the only order the store takes)
            docs.add(d, Tlp.RED);
            docs.add(d, LEVELS[random.nextInt(LEVELS.length - 2)]);
          } else {
            docs.add(d, LEVELS[random.nextInt(LEVELS.length)]);
          }
          stored.add(d);
        }
        TaxiiStore.Refresh done = taxii.refresh(false, n -> {}).orElseThrow();
        assertThat(done.full()).as("seed %d, batch %d: %s", seed, batch, done.reason()).isEqualTo(batch == 0);
        assertThat(snapshot(store)).as("seed %d, batch %d", seed, batch).containsExactlyElementsOf(wholeLedger(store));
      }
      List<String> grown = snapshot(store);
      assertThat(grown).as("seed %d: the ledger is published", seed).anyMatch(r -> r.contains("attributed-to"));
      assertThat(taxii.refresh()).isEqualTo(-1);
      assertThat(taxii.refresh(true, n -> {}).orElseThrow().full()).isTrue();
      assertThat(snapshot(store)).as("seed %d: full rebuild", seed).containsExactlyElementsOf(grown);
      assertThat(taxii.refresh(true, n -> {}).orElseThrow().full()).isTrue();
      assertThat(snapshot(store)).as("seed %d: rebuilt again", seed).containsExactlyElementsOf(grown);
      assertMarkingsMatchCollections(store);
    }
  }

  @Test
  void refresh_newCopyOfAStoredDocument_rebuildsAndEqualsWholeLedgerBuilder() throws Exception {
    Random random = new Random(14);
    try (Store store = open()) {
      TaxiiStore taxii = new TaxiiStore(store, 5);
      DocumentStore docs = new DocumentStore(store);
      List<ExtractedDocument> stored = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        stored.add(document(random, i));
        docs.add(stored.get(i), Tlp.GREEN);
      }
      taxii.refresh();
      docs.add(stored.get(3), Tlp.CLEAR);
      TaxiiStore.Refresh done = taxii.refresh(false, n -> {}).orElseThrow();
      assertThat(done.full()).isTrue();
      assertThat(done.reason()).isEqualTo("1 new document(s) are further copies of documents built before");
      assertThat(snapshot(store)).containsExactlyElementsOf(wholeLedger(store));
      assertMarkingsMatchCollections(store);
    }
  }

  @Test
  void refresh_interrupted_leavesThePreviousTableAndMark() throws Exception {
    Random random = new Random(5);
    try (Store store = open()) {
      TaxiiStore taxii = new TaxiiStore(store, 4);
      DocumentStore docs = new DocumentStore(store);
      for (int i = 0; i < 12; i++) {
        docs.add(document(random, i), Tlp.CLEAR);
      }
      taxii.refresh();
      List<String> before = snapshot(store);
      for (int i = 12; i < 30; i++) {
        docs.add(document(random, i), LEVELS[random.nextInt(LEVELS.length)]);
      }
      assertThatThrownBy(() -> taxii.refresh(false, n -> {
        if (n >= 8) {
          throw new IllegalStateException("stopped after " + n + " documents");
        }
      })).hasMessage("stopped after 8 documents");
      assertThat(snapshot(store)).containsExactlyElementsOf(before);
      TaxiiStore.Refresh done = taxii.refresh(false, n -> {}).orElseThrow();
      assertThat(done.full()).isFalse();
      assertThat(done.documents()).isEqualTo(18);
      assertThat(snapshot(store)).containsExactlyElementsOf(wholeLedger(store));
    }
  }

  private Store open() throws Exception {
    Store store = TestStores.open(home);
    KbImporter importer = new DerivedIndexes(store).importer(
        new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE);
    importer.importAll(List.of(Fixtures.write(home, Fixtures.MINI_ATTACK).toString()), KbImporter.Options.DEFAULT);
    return store;
  }

  private static ExtractedDocument document(Random random, int n) {
    List<Claim> claims = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
      String accused = pick(random, ACCUSED);
      String accusedCountry = pick(random, COUNTRIES);
      claims.add(new Claim(type, ClaimForm.values()[random.nextInt(ClaimForm.values().length)],
          CLAIMANTS[random.nextInt(CLAIMANTS.length)], pick(random, COUNTRIES), accused, accusedCountry,
          pick(random, ACTORS), pick(random, TARGETS), pick(random, DATES), "Sentence " + random.nextInt(4) + "."));
    }
    byte[] sha = new byte[32];
    random.nextBytes(sha);
    String hex = HexFormat.of().formatHex(sha);
    return new ExtractedDocument(random.nextBoolean() ? "https://news" + n % 3 + ".example/a/" + n : "file-" + n + ".txt",
        hex, random.nextInt(4) == 0 ? null : "Story " + n, "2024-04-16", null, "en", "Text " + n + ".", 0, List.of(),
        List.of(), List.of(), claims);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Every column but {@code ledger_order}, in collection order. */
  private static List<String> snapshot(Store store) {
    return store.jdbi().withHandle(TaxiiLedgerBuildTest::snapshot);
  }

  private static List<String> snapshot(Handle h) {
    return h.createQuery("select collection, object_id, object_type, version, version_micros, date_added, spec_version, "
            + "is_first, is_last, sort_key, body from taxii_object order by collection, sort_key")
        .map((rs, ctx) -> String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Long.toString(rs.getLong(5)), rs.getObject(6, OffsetDateTime.class).toInstant().toString(), rs.getString(7),
            Boolean.toString(rs.getBoolean(8)), Boolean.toString(rs.getBoolean(9)), rs.getString(10), rs.getString(11)))
        .list();
  }

  /** What the whole-ledger builder writes for the same store, in a transaction rolled back afterwards. */
  private static List<String> wholeLedger(Store store) {
    KnowledgeBase kb = new KnowledgeBase(store);
    ActorIds ids = ActorIds.of(kb.linked().actors());
    return store.jdbi().withHandle(h -> {
      h.begin();
      try {
        new WholeLedgerBuilder(h, () -> ids).rebuild();
        return snapshot(h);
      } finally {
        h.rollback();
      }
    });
  }

  private static void assertMarkingsMatchCollections(Store store) {
    List<String[]> rows = store.jdbi().withHandle(h -> h.createQuery(
            "select collection, object_id, body from taxii_object where ledger_order is not null")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list());
    assertThat(rows).isNotEmpty();
    for (String[] r : rows) {
      JsonNode o = Optional.ofNullable(read(r[2])).orElseThrow();
      assertThat(TaxiiRow.level(r[1], o.get("type").asText(), o)).as(r[1]).isEqualTo(Tlp.valueOf(r[0]));
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
