package io.ascribe.store.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.export.ActorIds;
import io.ascribe.model.Tlp;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes {@code taxii_object} inside the caller's transaction, so readers see the table before or
 * after, never half of it:
 *
 * <ul>
 *   <li>every STIX object of the knowledge base, current ({@code kb_object}) and older versions
 *       ({@code kb_object_history}), added when the import that brought that version ran
 *       ({@code kb_source.imported_at}), in the collection of its TLP marking (CLEAR when
 *       unmarked, as ATT&amp;CK is; MISP clusters are not STIX and are left out);
 *   <li>the claims ledger as STIX, document group by document group ({@link LedgerIndexer}): for
 *       each level, what the ledger of the documents at or below that level, built for that
 *       clearance, marks exactly that level, added when the earliest document of that level that
 *       yields the object was ingested; default timestamps are the earliest ingest time among the
 *       documents at or below the level. Ledger objects whose id is a knowledge-base object (an
 *       ATT&amp;CK intrusion set a claim names) are served from the knowledge base.
 * </ul>
 *
 * <p>{@link #rebuild} replaces everything; {@link #addDocuments} adds the ledger objects of
 * documents stored after the last build, which gives the same table as a rebuild when nothing
 * before them changed ({@link TaxiiStore} decides which is needed).
 */
final class TaxiiIndexBuilder {
  static final String INSERT_LEDGER = "insert into taxii_object (collection, object_id, object_type, version, "
      + "version_micros, date_added, spec_version, is_first, is_last, sort_key, body, ledger_order) values "
      + "(:collection, :id, :type, :version, :micros, :added, :spec, true, true, :key, :body, :order)";
  private static final String INSERT_KB = "insert into taxii_object (collection, object_id, object_type, version, "
      + "version_micros, date_added, spec_version, is_first, is_last, sort_key, body) values (:collection, :id, "
      + ":type, :version, :micros, :added, :spec, true, true, :key, :body)";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;
  private final Handle h;
  private final ActorIds actorIds;
  private final LongConsumer progress;
  private final int chunkSize;

  /**
   * @param progress told how many documents of the ledger are done, after each chunk
   * @param chunkSize the documents read at a time
   */
  TaxiiIndexBuilder(Handle h, ActorIds actorIds, LongConsumer progress, int chunkSize) {
    this.h = h;
    this.actorIds = actorIds;
    this.progress = progress;
    this.chunkSize = chunkSize;
  }

  /** Replaces the table's content with the documents up to {@code upTo}; returns the number of rows written. */
  long rebuild(long upTo) {
    h.createUpdate("delete from taxii_object").execute();
    long kb = addKnowledgeBase();
    return kb + ledger().add(0, upTo);
  }

  /** Adds the ledger objects of the documents in {@code (after, upTo]}; returns the rows inserted, moved or re-dated. */
  long addDocuments(long after, long upTo) {
    return ledger().add(after, upTo);
  }

  private LedgerIndexer ledger() {
    if (postgres()) {
      // The merge looks up each chunk's ids (IN lists of 1,000). Without column statistics PostgreSQL
      // takes the default selectivity per value, so a list of 1,000 "matches" the whole table and the
      // lookup becomes a scan of a table growing in this very transaction (quadratic). Statistics
      // gathered now (analyze may run in a transaction, and samples the rows this one wrote) give
      // object_id as unique, which keeps the lookup an index scan as the table grows.
      h.execute("analyze taxii_object");
    }
    Set<String> kbIds = new HashSet<>(h.createQuery("select object_key from kb_object where format = 'STIX'")
        .mapTo(String.class).list());
    boolean copies = h.createQuery("select count(*) from (select sha256 from doc_document group by sha256 "
        + "having count(*) > 1) c").mapTo(Long.class).one() > 0;
    return new LedgerIndexer(h, actorIds, kbIds, defaultTimes(h), copies, progress, chunkSize);
  }

  private boolean postgres() {
    try {
      return h.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot tell which database the TAXII table is in", e);
    }
  }

  /**
   * The default timestamp of each level's ledger: the earliest ingest time of the documents at or
   * below it that have claims (levels with none are absent).
   */
  static Map<Tlp, Instant> defaultTimes(Handle h) {
    Map<Tlp, Instant> earliest = new HashMap<>();
    h.createQuery("select d.tlp, min(d.ingested_at) from doc_document d "
            + "where exists (select 1 from claim c where c.document_id = d.id) group by d.tlp")
        .map((rs, ctx) -> earliest.put(Tlp.valueOf(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .forEach(x -> {});
    Map<Tlp, Instant> asOf = new HashMap<>();
    Instant min = null;
    for (Tlp level : Tlp.values()) {
      Instant t = earliest.get(level);
      if (t != null && (min == null || t.isBefore(min))) {
        min = t;
      }
      if (min != null) {
        asOf.put(level, min);
      }
    }
    return asOf;
  }

  /** Writes the knowledge base's rows (as many as the knowledge base has versions); returns their number. */
  private long addKnowledgeBase() {
    Map<String, long[]> versionRange = new HashMap<>();
    Set<String> written = new HashSet<>();
    List<TaxiiRow> pending = new ArrayList<>();
    long[] count = {0};
    for (String table : List.of("kb_object", "kb_object_history")) {
      h.createQuery("select o.body, s.imported_at from " + table + " o join kb_source s on s.id = o.source_id "
              + "where o.format = 'STIX'")
          .setFetchSize(2_000)
          .map((rs, ctx) -> {
            String body = rs.getString(1);
            TaxiiRow row = TaxiiRow.of(parse(body), body, rs.getObject(2, OffsetDateTime.class).toInstant());
            if (written.add(row.key())) {
              versionRange.merge(row.collection().name() + ' ' + row.id(),
                  new long[] {row.versionMicros(), row.versionMicros(), 1},
                  (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + 1});
              pending.add(row);
              if (pending.size() >= BATCH) {
                count[0] += flush(pending);
              }
            }
            return 0;
          })
          .forEach(x -> {});
    }
    count[0] += flush(pending);
    versionRange.forEach((key, range) -> {
      if (range[2] > 1) {
        int space = key.indexOf(' ');
        LedgerIndexer.fixFirstAndLast(h, key.substring(0, space), key.substring(space + 1));
      }
    });
    return count[0];
  }

  private int flush(List<TaxiiRow> pending) {
    if (pending.isEmpty()) {
      return 0;
    }
    PreparedBatch batch = h.prepareBatch(INSERT_KB);
    pending.forEach(r -> bind(batch, r).add());
    batch.execute();
    int n = pending.size();
    pending.clear();
    return n;
  }

  /** Binds a row's columns (all but {@code ledger_order}) to the named parameters of the inserts. */
  static PreparedBatch bind(PreparedBatch batch, TaxiiRow r) {
    return batch.bind("collection", r.collection().name()).bind("id", r.id()).bind("type", r.type())
        .bind("version", r.version()).bind("micros", r.versionMicros())
        .bind("added", r.dateAdded().atOffset(ZoneOffset.UTC)).bind("spec", r.specVersion())
        .bind("key", r.sortKey()).bind("body", r.json());
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored STIX object is not JSON", e);
    }
  }
}
