package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.sql.ResultSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which stored documents each clearance sees, held in memory for search: for every marking, the ids
 * of the copies that are within it and are the newest copy of their bytes within it (as {@link
 * DocumentStore#CURRENT_COPY} says). Search asks about a page of hits per request; asking PostgreSQL
 * (an {@code id in (...)} query with the newer-copy anti-join) cost ~0.4 ms of the database a
 * search at 300,000 documents, on the same cores as the server.
 *
 * <p>Exact, never stale: each request reads {@link DocumentsVersion} (one row); only when the held
 * sets were read at that version does it answer from them. Otherwise it asks the database as before
 * ({@link DocumentStore#sha256sOfIndexKeys}) and starts one reread through the executor, so a write
 * never makes requests wait. The version is read before the sets, so the sets are at least as new
 * as the version they are tagged with: a write between the two reads causes a reread, never a wrong
 * answer.
 */
public final class VisibleCopies {
  private final Store store;
  private final DocumentStore documents;
  private final Executor loader;
  private final AtomicReference<Held> held = new AtomicReference<>();
  private final AtomicBoolean reading = new AtomicBoolean();

  /** Sets read on the calling thread when missing or stale. */
  public VisibleCopies(Store store) {
    this(store, Runnable::run);
  }

  /** Sets read through {@code loader} (e.g. a background thread) when missing or stale. */
  public VisibleCopies(Store store, Executor loader) {
    this.store = store;
    this.documents = new DocumentStore(store);
    this.loader = loader;
  }

  /** The copies each marking sees, as of one documents version; index = a marking's ordinal. */
  record Held(long version, BitSet[] visible) {
    boolean sees(long id, Tlp clearance) {
      return id >= 0 && id < Integer.MAX_VALUE && visible[clearance.ordinal()].get((int) id);
    }
  }

  /**
   * The keys among {@code keys} (search-index keys, {@code doc:<id>}) of documents a reader cleared
   * for {@code clearance} may see, each the copy of its bytes that reader sees; other keys are left out.
   */
  public Set<String> visibleKeys(Collection<String> keys, Tlp clearance) {
    Held h = held.get();
    long version = store.jdbi().withHandle(DocumentsVersion::read);
    if (h == null || h.version() != version) {
      reload();
      return documents.sha256sOfIndexKeys(keys, clearance).keySet();
    }
    Set<String> out = new HashSet<>();
    for (String key : keys) {
      long id = documentId(key);
      if (h.sees(id, clearance)) {
        out.add(key);
      }
    }
    return out;
  }

  /** The sets held now, or null before the first read. */
  Held held() {
    return held.get();
  }

  /** Starts the first read of the sets through the executor (a server calls it as it starts). */
  public void warm() {
    reload();
  }

  private static long documentId(String key) {
    if (key == null || !key.startsWith("doc:")) {
      return -1;
    }
    try {
      return Long.parseLong(key.substring(4));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Starts one read through the executor unless one is under way; a failure is reported and left to the next request. */
  private void reload() {
    if (!reading.compareAndSet(false, true)) {
      return;
    }
    try {
      loader.execute(() -> {
        try {
          held.set(load());
        } catch (RuntimeException e) {
          System.err.println("ascribe: could not read which documents each clearance sees: " + e.getMessage());
        } finally {
          reading.set(false);
        }
      });
    } catch (RuntimeException e) {
      reading.set(false);
      throw e;
    }
  }

  /**
   * Reads the sets: the version first, then every copy newest first (the primary key's order: no
   * sort in the database, where sorting 300,000 rows by their bytes' SHA-256 took seconds); for each
   * marking, the first copy of some bytes within it is the one that marking sees. Which markings
   * have already seen a copy of each bytes is kept only while reading.
   */
  Held load() {
    return store.jdbi().inTransaction(h -> {
      long version = DocumentsVersion.read(h);
      Tlp[] markings = Tlp.values();
      BitSet[] visible = new BitSet[markings.length];
      for (int m = 0; m < markings.length; m++) {
        visible[m] = new BitSet();
      }
      Map<String, Integer> seenBy = new HashMap<>();
      h.createQuery("select id, sha256, tlp from doc_document order by id desc")
          .setFetchSize(10_000)
          .scanResultSet((rows, ctx) -> {
            ResultSet rs = rows.get();
            while (rs.next()) {
              long id = rs.getLong(1);
              if (id >= Integer.MAX_VALUE) {
                throw new IllegalStateException("document id " + id + " is past what the visibility sets hold");
              }
              Tlp tlp = Tlp.valueOf(rs.getString(3));
              int seen = seenBy.getOrDefault(rs.getString(2), 0);
              int now = seen;
              for (Tlp clearance : markings) {
                int bit = 1 << clearance.ordinal();
                if ((seen & bit) == 0 && tlp.visibleUpTo(clearance)) {
                  visible[clearance.ordinal()].set((int) id);
                  now |= bit;
                }
              }
              if (now != seen) {
                seenBy.put(rs.getString(2), now);
              }
            }
            return null;
          });
      return new Held(version, visible);
    });
  }
}
