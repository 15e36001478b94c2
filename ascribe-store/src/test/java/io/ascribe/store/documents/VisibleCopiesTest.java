package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.bulk.BulkLoaderAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search's visibility from memory answers exactly as the database does ({@link
 * DocumentStore#sha256sOfIndexKeys}) for every clearance: nothing above a reader's clearance, only
 * the newest copy of the same bytes the reader may see, and never a stale answer after a write,
 * whether the held sets have been read again yet or not.
 */
class VisibleCopiesTest {
  private static final long SEED = 16;

  @TempDir Path tmp;

  /** Runs the rereads only when the test says so, to check answers while the held sets are stale. */
  private static final class Later implements Executor {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public void execute(Runnable r) {
      pending.add(r);
    }

    void run() {
      List<Runnable> now = List.copyOf(pending);
      pending.clear();
      now.forEach(Runnable::run);
    }
  }

  private static ExtractedDocument doc(int n) {
    return new ExtractedDocument("doc-" + n, HexFormat.of().toHexDigits(n).repeat(8), null, null, null, "en", "t", 0,
        List.of(), List.of(), List.of(), List.of());
  }

  private static long maxId(Store store) {
    return store.jdbi().withHandle(h -> h.createQuery("select coalesce(max(id), 0) from doc_document")
        .mapTo(Long.class).one());
  }

  /** Every document key up to past the last id, and keys that are no document's. */
  private static List<String> keys(Store store) {
    List<String> keys = new ArrayList<>(List.of("doc:x", "actor:1", "doc:-1"));
    for (long id = 1; id <= maxId(store) + 2; id++) {
      keys.add("doc:" + id);
    }
    return keys;
  }

  private static void assertExact(Store store, VisibleCopies copies, String when) {
    DocumentStore docs = new DocumentStore(store);
    List<String> keys = keys(store);
    for (Tlp clearance : Tlp.values()) {
      assertThat(copies.visibleKeys(keys, clearance)).as(when + " at " + clearance + ", seed " + SEED)
          .isEqualTo(docs.sha256sOfIndexKeys(keys, clearance).keySet());
    }
  }

  /** Asserts the answers while the held sets are stale, then after they were read again (from memory). */
  private static void assertExactBeforeAndAfterReread(Store store, VisibleCopies copies, Later later, String when) {
    assertExact(store, copies, when + ", sets not read again yet");
    later.run();
    assertThat(copies.held().version()).as("sets current " + when)
        .isEqualTo(store.jdbi().withHandle(DocumentsVersion::read));
    assertExact(store, copies, when + ", from memory");
  }

  @Test
  void visibleKeys_randomMarkingsCopiesBulkLoadsAndDeletes_sameAsTheDatabaseAtEveryClearance() throws Exception {
    Random r = new Random(SEED);
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      Later later = new Later();
      VisibleCopies copies = new VisibleCopies(store, later);
      assertExactBeforeAndAfterReread(store, copies, later, "with no documents");
      List<ExtractedDocument> added = new ArrayList<>();
      for (int n = 0; n < 30; n++) {
        ExtractedDocument d = doc(n);
        docs.add(d, Tlp.values()[r.nextInt(Tlp.values().length)]);
        added.add(d);
      }
      assertExactBeforeAndAfterReread(store, copies, later, "after adds");
      for (int n = 0; n < 30; n += 2) {
        Tlp held = docs.storedMarking(added.get(n).sha256(), Tlp.RED).orElseThrow();
        if (held != Tlp.CLEAR) {
          docs.add(doc(n), Tlp.values()[r.nextInt(held.ordinal())]); // a newer copy, less restrictive
        }
      }
      assertExactBeforeAndAfterReread(store, copies, later, "after newer copies");
      List<ExtractedDocument> bulk = new ArrayList<>();
      for (int n = 30; n < 50; n++) {
        bulk.add(doc(n));
      }
      BulkLoaderAccess.load(store, bulk, Tlp.AMBER);
      assertExactBeforeAndAfterReread(store, copies, later, "after a bulk load");
      for (int n = 0; n < 50; n += 3) {
        String sha = n < 30 ? added.get(n).sha256() : bulk.get(n - 30).sha256();
        docs.delete(sha, Tlp.values()[r.nextInt(Tlp.values().length)], "test");
      }
      assertExactBeforeAndAfterReread(store, copies, later, "after deletes");
    }
  }

  @Test
  void visibleKeys_documentAboveClearance_neverVisibleAndNewerCopyHidesTheOlder() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      VisibleCopies copies = new VisibleCopies(store);
      long red = docs.add(doc(1), Tlp.RED);
      long amber = docs.add(doc(2), Tlp.AMBER);
      long amberNewer = docs.add(doc(2), Tlp.GREEN);
      List<String> keys = List.of("doc:" + red, "doc:" + amber, "doc:" + amberNewer);
      copies.visibleKeys(keys, Tlp.RED); // stale: reads the sets on this thread
      assertThat(copies.held()).isNotNull();

      assertThat(copies.visibleKeys(keys, Tlp.RED)).containsExactlyInAnyOrder("doc:" + red, "doc:" + amberNewer);
      assertThat(copies.visibleKeys(keys, Tlp.AMBER)).isEqualTo(Set.of("doc:" + amberNewer));
      assertThat(copies.visibleKeys(keys, Tlp.GREEN)).isEqualTo(Set.of("doc:" + amberNewer));
      assertThat(copies.visibleKeys(keys, Tlp.CLEAR)).isEmpty();
    }
  }
}
