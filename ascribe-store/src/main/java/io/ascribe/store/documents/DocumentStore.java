package io.ascribe.store.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.audit.AuditLog;
import io.ascribe.store.search.SearchIndex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Stores extracted documents (one transaction each, so a failure never leaves half a document)
 * and answers the claims ledger.
 *
 * <p>A document is keyed by its SHA-256 and its TLP marking: the same bytes may be stored once per
 * marking, each copy with its own source and extraction. A copy is added only when it is less
 * restrictive than every copy of the same bytes already stored (an upload above a marking that
 * already holds the bytes changes nothing, see {@link Ingestor}); so among the copies a reader may
 * see, the newest is the least restrictive, and every read shows a reader that one copy
 * ({@link #CURRENT_COPY}) and never mentions the others.
 */
public final class DocumentStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The SQL condition that document {@code d} is the copy of its bytes a reader sees: no newer copy
   * within the reader's clearance (the {@code <visible>} list) exists. Append it to a query over
   * {@code doc_document d} that binds {@code visible}.
   */
  static final String CURRENT_COPY = " and not exists (select 1 from doc_document o where o.sha256 = d.sha256 "
      + "and o.id > d.id and o.tlp in (<visible>))";

  /**
   * The SQL condition that claim {@code c} is of the copy of its bytes a reader sees, read from the
   * claim alone (V15): its document is the newest copy of its bytes and within the reader's clearance
   * (the {@code <visible>} list). The same claims as {@link #CURRENT_COPY} selects, since a copy is
   * only ever added less restrictive than every copy stored (so a reader who may see any copy may
   * see the newest); were that ever broken, this shows less, never more.
   */
  static final String CURRENT_CLAIM = "c.current_copy = true and c.tlp in (<visible>)";
  private final Store store;

  public DocumentStore(Store store) {
    this.store = store;
  }

  /** The store these documents live in. */
  Store store() {
    return store;
  }

  /**
   * The least restrictive marking at which these bytes are stored, among the markings a reader
   * cleared for {@code clearance} may see; empty when there is none (whatever is stored above it).
   */
  public Optional<Tlp> storedMarking(String sha256, Tlp clearance) {
    return store.jdbi().withHandle(h -> h.createQuery("select tlp from doc_document where sha256 = :sha "
            + "and tlp in (<visible>)")
        .bind("sha", sha256).bindList("visible", visible(clearance)).mapTo(String.class).list())
        .stream().map(Tlp::valueOf).min(Comparator.naturalOrder());
  }

  /** Stores a document marked TLP:CLEAR; see {@link #add(ExtractedDocument, Tlp)}. */
  public long add(ExtractedDocument d) {
    return add(d, Tlp.CLEAR);
  }

  /**
   * Stores a document and everything extracted from it, all or nothing, with its TLP marking
   * (which its claims inherit); returns its id.
   *
   * @throws IllegalStateException when these bytes are stored already at {@code tlp} or a less
   *     restrictive marking (callers check with {@link #storedMarking} first, at the uploader's
   *     clearance, so this never answers about a copy the uploader may not see)
   */
  public long add(ExtractedDocument d, Tlp tlp) {
    return add(d, tlp, List.of());
  }

  /**
   * Stores a document as {@link #add(ExtractedDocument, Tlp)} does, with what it ties to actors
   * ({@link CorpusLinkStore}), all in one transaction.
   */
  public long add(ExtractedDocument d, Tlp tlp, List<CorpusLink> links) {
    return store.jdbi().inTransaction(h -> {
      DocumentsVersion.raise(h);
      List<Tlp> copies = h.createQuery("select tlp from doc_document where sha256 = :sha")
          .bind("sha", d.sha256()).mapTo(String.class).list().stream().map(Tlp::valueOf).toList();
      if (copies.stream().anyMatch(c -> c.visibleUpTo(tlp))) {
        throw new IllegalStateException("document " + d.sha256() + " is stored already at " + tlp.label()
            + " or a less restrictive marking");
      }
      newestCopy(h, d.sha256()).ifPresent(older -> ClaimPairCounts.countStored(h, store.embedded(), older, -1));
      h.createUpdate("update claim set current_copy = false where current_copy = true and document_id in "
          + "(select id from doc_document where sha256 = :sha)").bind("sha", d.sha256()).execute();
      long id = DocumentInserts.insert(h, List.of(d), tlp)[0];
      ClaimPairCounts.count(h, store.embedded(), d.claims(), tlp, 1);
      CorpusLinkStore.insert(h, id, links);
      return id;
    });
  }

  /** The id of the newest stored copy of these bytes (the one readers see, when they may), if any. */
  private static Optional<Long> newestCopy(Handle h, String sha256) {
    return h.createQuery("select id from doc_document where sha256 = :sha order by id desc fetch first 1 rows only")
        .bind("sha", sha256).mapTo(Long.class).findFirst();
  }

  /**
   * A claim in the ledger, with the document it comes from.
   *
   * @param sha256 the document's SHA-256
   * @param tlp the document's marking, which the claim carries
   */
  public record LedgerEntry(
      String type, String form, String claimant, String claimantCountry, String accused, String accusedCountry,
      String threatActor, String target, String date, String evidence, String source, String title,
      String published, String sha256, Tlp tlp) {}

  /**
   * Filters for the ledger; null means "any".
   *
   * @param actor a threat-actor name (exact, case-insensitive)
   * @param country claimant or accused country
   * @param claimant the claimant's country
   * @param accused the accused's country
   * @param since ISO date, inclusive
   * @param until ISO date, inclusive
   * @param maxTlp the reader's clearance: claims of documents marked above it are left out
   */
  public record LedgerQuery(String actor, String country, String claimant, String accused, String type, String since,
      String until, Tlp maxTlp) {
    /** A query by actor, country, type and start date at a clearance. */
    public LedgerQuery(String actor, String country, String type, String since, Tlp maxTlp) {
      this(actor, country, null, null, type, since, null, maxTlp);
    }

    /** A query for a reader who may see everything. */
    public LedgerQuery(String actor, String country, String type, String since) {
      this(actor, country, type, since, Tlp.RED);
    }
  }

  /**
   * One page of the ledger.
   *
   * @param total how many claims match the query at the reader's clearance
   */
  public record LedgerPage(List<LedgerEntry> claims, long total, int offset, int limit) {
    /** The offset of the next page, or -1 on the last one. */
    public int nextOffset() {
      return offset + claims.size() < total ? offset + limit : -1;
    }
  }

  /** Claims matching the query, newest first. */
  public List<LedgerEntry> claims(LedgerQuery q) {
    return store.jdbi().withHandle(h -> entries(h, q, ""));
  }

  /** The {@code limit} claims matching the query from {@code offset} on, newest first, with their total. */
  public LedgerPage claims(LedgerQuery q, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
    return store.jdbi().inTransaction(h -> {
      Query count = h.createQuery("select count(*) from claim c where " + CURRENT_CLAIM + LedgerFilter.of(q).sql());
      long total = LedgerFilter.of(q).bind(count.bindList("visible", visible(q.maxTlp()))).mapTo(Long.class).one();
      List<LedgerEntry> page = entries(h, q, " offset " + offset + " rows fetch next " + limit + " rows only");
      return new LedgerPage(page, total, offset, limit);
    });
  }

  private static List<LedgerEntry> entries(Handle h, LedgerQuery q, String window) {
    LedgerFilter filter = LedgerFilter.of(q);
    String sql = "select " + LEDGER_COLUMNS + " from claim c join doc_document d on d.id = c.document_id where "
        + CURRENT_CLAIM + filter.sql() + " order by c.claim_date desc nulls last, c.id desc" + window;
    Query query = filter.bind(h.createQuery(sql).bindList("visible", visible(q.maxTlp())));
    return query.map((rs, ctx) -> entry(rs)).list();
  }

  /** The columns of a ledger entry over {@code claim c} and {@code doc_document d}, as {@link #entry} reads them. */
  static final String LEDGER_COLUMNS = "c.type, c.form, c.claimant, c.claimant_country, c.accused, "
      + "c.accused_country, c.threat_actor, c.target, c.claim_date, c.evidence, d.source, d.title, d.published, "
      + "d.sha256, d.tlp";

  /** The ledger entry in the current row, selected with {@link #LEDGER_COLUMNS} first. */
  static LedgerEntry entry(ResultSet rs) throws SQLException {
    return new LedgerEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), Tlp.valueOf(rs.getString(15)));
  }

  /** The names of the TLP levels a reader cleared for {@code max} may see, for an SQL {@code in} list. */
  static List<String> visible(Tlp max) {
    return Arrays.stream(Tlp.values()).filter(t -> t.visibleUpTo(max)).map(Tlp::name).toList();
  }

  /**
   * A stored document with what was extracted from it, when it exists and its marking is within
   * {@code maxTlp}: of several copies of the same bytes, the one this reader sees.
   *
   * @param key the document's SHA-256 (or a unique prefix of at least 8 characters), or its source
   */
  public Optional<StoredDocument> document(String key, Tlp maxTlp) {
    return store.jdbi().withHandle(h -> {
      List<Long> ids = h.createQuery("select max(c.id) from doc_document d join doc_document c on c.sha256 = d.sha256 "
              + "and c.tlp in (<visible>) where (d.sha256 = :key or d.source = :key "
              + "or (length(:key) >= 8 and d.sha256 like :prefix)) and d.tlp in (<visible>) group by d.sha256 "
              + "order by max(c.id)")
          .bind("key", key).bind("prefix", key.toLowerCase(Locale.ROOT) + "%").bindList("visible", visible(maxTlp))
          .mapTo(Long.class).list();
      if (ids.size() > 1) {
        throw new IllegalArgumentException("'" + key + "' names " + ids.size() + " documents; give more of the SHA-256");
      }
      return ids.isEmpty() ? Optional.<StoredDocument>empty() : Optional.of(read(h, ids.get(0)));
    });
  }

  private static StoredDocument read(Handle h, long id) {
    StoredDocument.Header head = h.createQuery("select sha256, source, title, published, publisher, language, tlp, "
            + "body_text, ingested_at from doc_document where id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new StoredDocument.Header(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), Tlp.valueOf(rs.getString(7)), rs.getString(8),
            rs.getObject(9, OffsetDateTime.class).toInstant()))
        .one();
    List<Indicator> indicators = h.createQuery("select type, indicator_value, char_offset, defanged, suppressed_by "
            + "from doc_indicator where document_id = :id order by char_offset")
        .bind("id", id)
        .map((rs, ctx) -> new Indicator(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5)))
        .list();
    List<TechniqueMention> techniques = h.createQuery("select technique_id, name, score, sentences from doc_technique "
            + "where document_id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new TechniqueMention(rs.getString(1), rs.getString(2), rs.getDouble(3), sentences(rs.getString(4))))
        .list();
    List<ExtractedDocument.Entity> entities = h.createQuery("select kind, name, attack_id, mentions, role, country, code "
            + "from doc_entity where document_id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new ExtractedDocument.Entity(rs.getString(1), rs.getString(2), rs.getString(3),
            (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), null))
        .list();
    List<Claim> claims = h.createQuery("select type, form, claimant, claimant_country, accused, accused_country, "
            + "threat_actor, target, claim_date, evidence from claim where document_id = :id order by id")
        .bind("id", id)
        .map((rs, ctx) -> new Claim(ClaimType.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
            ClaimForm.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10)))
        .list();
    return new StoredDocument(head, indicators, techniques, entities, claims);
  }

  private static List<String> sentences(String json) {
    try {
      return List.of(JSON.readValue(json, String[].class));
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  /** Every stored document, streamed, for rebuilding the search index. */
  public SearchIndex.Documents forIndex() {
    return forIndexExcept(java.util.Set.of());
  }

  /**
   * The stored documents whose ids are not in {@code indexed}, streamed: the ids are read first and
   * only the missing documents' text after, in batches, so a check of a complete index reads no text.
   * With nothing indexed, every document is streamed in one query.
   */
  public SearchIndex.Documents forIndexExcept(java.util.Set<Long> indexed) {
    if (indexed.isEmpty()) {
      return sink -> store.jdbi().useHandle(h -> h.createQuery("select id, title, source, body_text from doc_document "
              + "order by id")
          .setFetchSize(500)
          .map((rs, ctx) -> new SearchIndex.IndexedDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4)))
          .forEach(sink));
    }
    return sink -> {
      List<Long> missing = store.jdbi().withHandle(h -> h.createQuery("select id from doc_document order by id")
          .setFetchSize(10_000).mapTo(Long.class).stream().filter(id -> !indexed.contains(id)).toList());
      for (int from = 0; from < missing.size(); from += INDEX_READ_BATCH) {
        List<Long> batch = missing.subList(from, Math.min(missing.size(), from + INDEX_READ_BATCH));
        store.jdbi().useHandle(h -> h.createQuery("select id, title, source, body_text from doc_document "
                + "where id in (<ids>) order by id")
            .bindList("ids", batch)
            .map((rs, ctx) -> new SearchIndex.IndexedDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)))
            .forEach(sink));
      }
    };
  }

  /** Documents read at a time for the search index. */
  private static final int INDEX_READ_BATCH = 500;

  /** A stored document as a list shows it. */
  public record Listed(String sha256, String title, String source, String published, Tlp tlp, java.time.Instant ingestedAt,
      int claims, int indicators) {}

  /** The most recently ingested documents the reader may see, newest first. */
  public List<Listed> recent(int limit, Tlp maxTlp) {
    return store.jdbi().withHandle(h -> h.createQuery("select d.sha256, d.title, d.source, d.published, d.tlp, "
            + "d.ingested_at, (select count(*) from claim c where c.document_id = d.id), "
            + "(select count(*) from doc_indicator i where i.document_id = d.id) from doc_document d "
            + "where d.tlp in (<visible>)" + CURRENT_COPY + " order by d.id desc limit :limit")
        .bindList("visible", visible(maxTlp)).bind("limit", limit)
        .map((rs, ctx) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Tlp.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getInt(8)))
        .list());
  }

  /**
   * The SHA-256 of the document behind a search-index key ({@code doc:<id>}), when the reader may
   * see it and it is the copy of its bytes the reader sees (so a search lists the bytes once).
   */
  public Optional<String> sha256OfIndexKey(String key, Tlp maxTlp) {
    return Optional.ofNullable(sha256sOfIndexKeys(List.of(key == null ? "" : key), maxTlp).get(key));
  }

  /**
   * The SHA-256s of the documents behind search-index keys ({@code doc:<id>}) that the reader may
   * see, each the copy of its bytes the reader sees, by key, in one query; keys of other documents
   * (or not of documents) are left out.
   */
  public Map<String, String> sha256sOfIndexKeys(Collection<String> keys, Tlp maxTlp) {
    Map<Long, String> byId = new HashMap<>();
    for (String key : keys) {
      if (key != null && key.startsWith("doc:")) {
        try {
          byId.put(Long.parseLong(key.substring(4)), key);
        } catch (NumberFormatException e) {
          // not a document's key: never visible
        }
      }
    }
    if (byId.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    store.jdbi().withHandle(h -> h.createQuery("select d.id, d.sha256 from doc_document d where d.id in (<ids>) "
            + "and d.tlp in (<visible>)" + CURRENT_COPY)
        .bindList("ids", List.copyOf(byId.keySet())).bindList("visible", visible(maxTlp))
        .map((rs, ctx) -> Map.entry(byId.get(rs.getLong(1)), rs.getString(2))).list())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }


  /**
   * What a deletion removed.
   *
   * @param sha256 the document's SHA-256
   * @param ids the stored copies removed (the search index keys {@code doc:<id>} to drop)
   * @param links how many corpus links went with them
   */
  public record Deleted(String sha256, String title, List<Long> ids, int links) {}

  /**
   * Deletes a document and everything derived from it (indicators, techniques, entities, claims,
   * corpus links), every copy of its bytes the reader may see, with an audit entry, in one
   * transaction. Copies above the reader's clearance stay, and their existence is not told: a
   * document the reader cannot see is answered as missing (empty). The caller then drops the
   * removed ids from the search index (whose hits are checked against the store anyway).
   *
   * @param key the document's SHA-256, a unique prefix of at least 8 characters, or its source
   * @param by who deletes it, for the audit log
   */
  public Optional<Deleted> delete(String key, Tlp clearance, String by) {
    return store.jdbi().inTransaction(h -> {
      List<String> shas = h.createQuery("select distinct d.sha256 from doc_document d where (d.sha256 = :key "
              + "or d.source = :key or (length(:key) >= 8 and d.sha256 like :prefix)) and d.tlp in (<visible>)")
          .bind("key", key).bind("prefix", key.toLowerCase(Locale.ROOT) + "%").bindList("visible", visible(clearance))
          .mapTo(String.class).list();
      if (shas.size() > 1) {
        throw new IllegalArgumentException("'" + key + "' names " + shas.size() + " documents; give more of the SHA-256");
      }
      if (shas.isEmpty()) {
        return Optional.<Deleted>empty();
      }
      String sha = shas.get(0);
      DocumentsVersion.raise(h);
      List<Long> ids = h.createQuery("select id from doc_document where sha256 = :sha and tlp in (<visible>) order by id")
          .bind("sha", sha).bindList("visible", visible(clearance)).mapTo(Long.class).list();
      String title = h.createQuery("select title from doc_document where id = :id").bind("id", ids.get(ids.size() - 1))
          .mapTo(String.class).findOne().orElse(null);
      long newest = newestCopy(h, sha).orElseThrow();
      if (ids.contains(newest)) {
        ClaimPairCounts.countStored(h, store.embedded(), newest, -1);
      }
      int links = 0;
      for (Long id : ids) {
        links += h.createUpdate("delete from corpus_link where document_id = :id").bind("id", id).execute();
        for (String table : List.of("claim", "doc_indicator", "doc_technique", "doc_entity")) {
          h.createUpdate("delete from " + table + " where document_id = :id").bind("id", id).execute();
        }
        h.createUpdate("delete from doc_document where id = :id").bind("id", id).execute();
      }
      if (ids.contains(newest)) {
        newestCopy(h, sha).ifPresent(kept -> {
          h.createUpdate("update claim set current_copy = true where document_id = :id").bind("id", kept).execute();
          ClaimPairCounts.countStored(h, store.embedded(), kept, 1);
        });
      }
      AuditLog.append(h, by, "document.delete", "document:" + sha, "deleted " + ids.size() + " stored cop"
          + (ids.size() == 1 ? "y" : "ies") + (title == null ? "" : " of '" + title + "'") + " with " + links
          + " corpus link(s)");
      return Optional.of(new Deleted(sha, title, List.copyOf(ids), links));
    });
  }

  /** Number of stored documents. */
  public long count() {
    return store.jdbi().withHandle(h -> h.createQuery("select count(*) from doc_document").mapTo(Long.class).one());
  }
}
