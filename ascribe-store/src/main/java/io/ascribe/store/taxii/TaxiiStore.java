package io.ascribe.store.taxii;

import io.ascribe.export.ActorIds;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentsVersion;
import io.ascribe.store.kb.KnowledgeBase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The objects a TAXII server publishes, one collection per TLP level, stored in {@code
 * taxii_object}. {@link #refresh} brings the table up to date when the knowledge base or the
 * documents changed since the last build: documents added since then are added on their own, any
 * other change rebuilds the table; {@link #page} answers a query with one page in collection order
 * (date added, id, version), seeking to the page's start through an index, so a page costs the
 * same wherever it is in the collection.
 */
public final class TaxiiStore {
  /** Bumped when what the table holds changes meaning, so stores built by older code rebuild. */
  private static final String LAYOUT = "taxii-3";
  private static final String META_KEY = "taxii_fingerprint";
  /** What the last build covered ({@link LedgerMark}), so that the next one can add only what is new. */
  private static final String LEDGER_KEY = "taxii_ledger";
  private final Store store;
  private final KnowledgeBase kb;
  private final int chunkSize;

  public TaxiiStore(Store store) {
    this(store, LedgerIndexer.CHUNK);
  }

  /** A store that reads the ledger {@code chunkSize} documents at a time (tests use small chunks). */
  TaxiiStore(Store store, int chunkSize) {
    this.store = store;
    this.kb = new KnowledgeBase(store);
    this.chunkSize = chunkSize;
  }

  /**
   * What a refresh did.
   *
   * @param full true when the table was rebuilt, false when new documents were added to it
   * @param documents the documents read (all of them on a rebuild, the new ones otherwise)
   * @param rows the rows written (a rebuild) or inserted, moved and re-dated (an addition)
   * @param reason why a rebuild was needed, or null for an addition
   */
  public record Refresh(boolean full, long documents, long rows, String reason) {}

  /**
   * Brings the table up to date with the knowledge base and the claims ledger.
   *
   * @return the number of rows written, or -1 when it was already up to date
   */
  public int refresh() {
    return refresh(false, n -> {}).map(r -> (int) Math.min(Integer.MAX_VALUE, r.rows())).orElse(-1);
  }

  /**
   * Brings the table up to date, in one transaction: readers keep the previous table until it
   * commits, and an interrupted refresh leaves it as it was.
   *
   * @param full rebuild even when only documents were added
   * @param progress told how many documents are done, after each chunk of them
   * @return what was done, or empty when the table was already up to date (and {@code full} is false)
   */
  public synchronized Optional<Refresh> refresh(boolean full, LongConsumer progress) {
    String fingerprint = fingerprint();
    Optional<String> built = meta(META_KEY);
    if (!full && built.isPresent() && built.get().equals(fingerprint)) {
      return Optional.empty();
    }
    return Optional.of(store.jdbi().inTransaction(h -> {
      String kbPart = kbPart();
      LedgerMark now = LedgerMark.read(h, kbPart, h.createQuery("select coalesce(max(id), 0) from doc_document")
          .mapTo(Long.class).one());
      Optional<LedgerMark> before = meta(h, LEDGER_KEY).map(LedgerMark::parse);
      String reason = full ? "asked for" : before.isEmpty() ? "no earlier build" : before.get().whyNotExtendedBy(h, now);
      TaxiiIndexBuilder builder = new TaxiiIndexBuilder(h, ActorIds.of(kb.linked().actors()), progress, chunkSize);
      Refresh done;
      if (reason == null) {
        long after = before.orElseThrow().maxDocument();
        long documents = h.createQuery("select count(*) from doc_document where id > :a and id <= :b")
            .bind("a", after).bind("b", now.maxDocument()).mapTo(Long.class).one();
        done = new Refresh(false, documents, builder.addDocuments(after, now.maxDocument()), null);
      } else {
        long documents = h.createQuery("select count(*) from doc_document where id <= :b")
            .bind("b", now.maxDocument()).mapTo(Long.class).one();
        done = new Refresh(true, documents, builder.rebuild(now.maxDocument()), reason);
      }
      putMeta(h, META_KEY, fingerprint);
      putMeta(h, LEDGER_KEY, now.toString());
      return done;
    }));
  }

  private Optional<String> meta(String key) {
    return store.jdbi().withHandle(h -> meta(h, key));
  }

  private static Optional<String> meta(Handle h, String key) {
    return h.createQuery("select meta_value from kb_meta where meta_key = :k").bind("k", key).mapTo(String.class)
        .findOne();
  }

  private static void putMeta(Handle h, String key, String value) {
    h.createUpdate("delete from kb_meta where meta_key = :k").bind("k", key).execute();
    h.createUpdate("insert into kb_meta (meta_key, meta_value) values (:k, :v)").bind("k", key).bind("v", value)
        .execute();
  }

  private String kbPart() {
    return LAYOUT + "/" + kb.fingerprint();
  }

  /**
   * What the table was built from: the layout, the knowledge base and the documents' version (V16,
   * raised by every writer of documents), so that checking it on each request reads one row
   * instead of aggregating every document.
   */
  private String fingerprint() {
    return kbPart() + "/documents-" + store.jdbi().withHandle(DocumentsVersion::read);
  }

  /** One page of {@code q}'s records, with whether more follow. */
  public TaxiiPage page(TaxiiQuery q) {
    return store.jdbi().withHandle(h -> {
      List<TaxiiRecord> rows = prepare(h, q, "").map((rs, ctx) -> new TaxiiRecord(rs.getString(1), rs.getString(2),
          rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
          q.withBodies() ? rs.getString(7) : null, rs.getString(6))).list();
      boolean more = rows.size() > q.limit();
      return new TaxiiPage(more ? rows.subList(0, q.limit()) : rows, more);
    });
  }

  /** The database's plan for {@code q} ({@code explain}), so tests can check that a page is an index seek. */
  String plan(TaxiiQuery q) {
    return store.jdbi().withHandle(h -> prepare(h, q, "explain ").mapTo(String.class).one());
  }

  private static Query prepare(Handle h, TaxiiQuery q, String prefix) {
    StringBuilder sql = new StringBuilder(prefix).append("select object_id, object_type, version, date_added, spec_version, sort_key")
        .append(q.withBodies() ? ", body" : "")
        .append(" from taxii_object where collection = :collection");
    // The page starts after the cursor or at the first key added after added_after, whichever is later.
    String addedKey = q.addedAfter() == null ? null : SortKeys.addedAfter(q.addedAfter());
    boolean fromCursor = q.after() != null && (addedKey == null || q.after().compareTo(addedKey) >= 0);
    String from = fromCursor ? q.after() : addedKey;
    if (from != null) {
      sql.append(fromCursor ? " and sort_key > :from" : " and sort_key >= :from");
    }
    // One type: equality, so the (collection, object_type, sort_key) index serves filter and order.
    boolean oneType = q.types().size() == 1;
    if (oneType) {
      sql.append(" and object_type = :type");
    } else if (!q.types().isEmpty()) {
      sql.append(" and object_type in (<types>)");
    }
    if (!q.ids().isEmpty()) {
      sql.append(" and object_id in (<ids>)");
    }
    if (!q.specVersions().isEmpty()) {
      sql.append(" and spec_version in (<specs>)");
    }
    VersionMatch v = q.versions();
    if (!v.all()) {
      List<String> any = new ArrayList<>();
      if (v.first()) {
        any.add("is_first");
      }
      if (v.last()) {
        any.add("is_last");
      }
      if (!v.versions().isEmpty()) {
        any.add("version_micros in (<versions>)");
      }
      sql.append(" and (").append(String.join(" or ", any)).append(')');
    }
    // The constant columns are named in the order too: H2 reads rows in index order (and stops after
    // :n) only when the order by is a prefix of the index, so every page is a seek plus :n rows.
    sql.append(oneType ? " order by collection, object_type, sort_key" : " order by collection, sort_key")
        .append(" fetch first :n rows only");
    return bind(h, sql.toString(), q, from);
  }

  private static Query bind(Handle h, String sql, TaxiiQuery q, String from) {
    Query query = h.createQuery(sql).bind("collection", q.collection().name()).bind("n", q.limit() + 1);
    if (from != null) {
      query.bind("from", from);
    }
    if (q.types().size() == 1) {
      query.bind("type", q.types().get(0));
    } else if (!q.types().isEmpty()) {
      query.bindList("types", q.types());
    }
    if (!q.ids().isEmpty()) {
      query.bindList("ids", q.ids());
    }
    if (!q.specVersions().isEmpty()) {
      query.bindList("specs", q.specVersions());
    }
    if (!q.versions().all() && !q.versions().versions().isEmpty()) {
      query.bindList("versions", q.versions().versions().stream().map(SortKeys::micros).toList());
    }
    query.setFetchSize(Math.min(q.limit() + 1, 1_000));
    return query;
  }

  /** The number of records in {@code collection} (every version), for diagnostics and benchmarks. */
  public long size(Tlp collection) {
    return store.jdbi().withHandle(h -> h.createQuery("select count(*) from taxii_object where collection = :c")
        .bind("c", collection.name()).mapTo(Long.class).one());
  }
}
