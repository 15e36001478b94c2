package io.ascribe.store.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.export.ActorIds;
import io.ascribe.export.ClaimLedgerExport;
import io.ascribe.export.ClaimRecord;
import io.ascribe.export.StixBundleBuilder;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Adds the claims ledger's STIX objects to {@code taxii_object}, document group by document group
 * (the copies of one SHA-256, in the order of their first document id), a chunk of documents at a
 * time, so memory holds one chunk whatever the size of the ledger.
 *
 * <p>What the whole-ledger build gives (one bundle per level over every document at or below it)
 * decomposes by group, because the objects of different groups share only ids whose content is set
 * when they are first made (parties, locations, actors, campaigns against a target): an object goes
 * to the collection of the lowest marking any group gives it, with the body the first such group
 * (in document order) made, added when the earliest document of that level yielding it was
 * ingested. The table itself holds that state per object (its collection, {@code ledger_order} and
 * {@code date_added}), so adding the groups of new documents later gives the same table as adding
 * every group from the start: a full build is the same walk from the first document.
 *
 * <p>A group is built with the default timestamp of its level (the earliest ingest time of the
 * documents at or below it, as the whole-ledger build uses), once per marking among its copies,
 * from the copies at or below that marking; of each, only the objects marked exactly that marking
 * are kept, so a body never holds anything of a copy above the collection it goes to.
 */
final class LedgerIndexer {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Documents read per chunk by default. */
  static final int CHUNK = 1_000;
  private static final int IN_LIST = 1_000;

  private final Handle h;
  private final ClaimLedgerExport export;
  private final Set<String> kbIds;
  private final Map<Tlp, Instant> asOf;
  private final boolean copiesExist;
  private final LongConsumer progress;
  private final int chunkSize;
  private long written;

  /**
   * @param asOf the default timestamp of each level that has documents at or below it
   * @param copiesExist false when no SHA-256 is stored twice (then no group lookups are made)
   * @param progress told the number of documents done after each chunk
   * @param chunkSize the documents read at a time
   */
  LedgerIndexer(Handle h, ActorIds actorIds, Set<String> kbIds, Map<Tlp, Instant> asOf, boolean copiesExist,
      LongConsumer progress, int chunkSize) {
    this.h = h;
    this.export = new ClaimLedgerExport(actorIds);
    this.kbIds = kbIds;
    this.asOf = asOf;
    this.copiesExist = copiesExist;
    this.progress = progress;
    this.chunkSize = chunkSize;
  }

  /** A stored document as the ledger export reads it. */
  record Doc(long id, String sha256, String title, String source, Tlp tlp, Instant ingested) {}

  /** An object a group gives its own level's collection, and where that group stands in document order. */
  private record Candidate(TaxiiRow row, JsonNode object, long order) {}

  /** The row an object already has in the table. */
  private record Existing(Tlp collection, long versionMicros, Instant dateAdded, Long order) {}

  /**
   * Adds the objects of the groups whose first document has an id in {@code (after, upTo]}.
   *
   * @return the rows inserted, moved or re-dated
   */
  long add(long after, long upTo) {
    long cursor = after;
    long done = 0;
    while (true) {
      List<Doc> docs = h.createQuery("select id, sha256, title, source, tlp, ingested_at from doc_document "
              + "where id > :after and id <= :upTo order by id fetch first " + chunkSize + " rows only")
          .bind("after", cursor).bind("upTo", upTo)
          .map((rs, ctx) -> new Doc(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Tlp.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant()))
          .list();
      if (docs.isEmpty()) {
        if (copiesExist) {
          redateMarkings(upTo);
        }
        return written;
      }
      long from = cursor;
      cursor = docs.get(docs.size() - 1).id();
      addChunk(docs, from, cursor);
      done += docs.size();
      progress.accept(done);
    }
  }

  private void addChunk(List<Doc> docs, long from, long to) {
    Map<String, List<Doc>> copies = copiesExist ? copies(docs) : Map.of();
    List<Long> extra = new ArrayList<>();
    copies.values().forEach(g -> g.forEach(d -> {
      if (d.id() <= from || d.id() > to) {
        extra.add(d.id());
      }
    }));
    Map<Long, List<Claim>> claims = claims(from, to, extra);
    Map<String, Candidate> chunk = new LinkedHashMap<>();
    for (Doc d : docs) {
      List<Doc> group = copies.getOrDefault(d.sha256(), List.of(d));
      if (group.get(0).id() != d.id()) {
        continue; // a later copy: its group was built at the first one
      }
      addGroup(group, claims, chunk);
    }
    merge(chunk);
  }

  /** The stored copies of the chunk's SHA-256s that have more than one, each list in id order. */
  private Map<String, List<Doc>> copies(List<Doc> docs) {
    Map<String, List<Doc>> bySha = new HashMap<>();
    List<String> shas = docs.stream().map(Doc::sha256).distinct().toList();
    for (int i = 0; i < shas.size(); i += IN_LIST) {
      h.createQuery("select id, sha256, title, source, tlp, ingested_at from doc_document where sha256 in (<shas>) "
              + "order by id")
          .bindList("shas", shas.subList(i, Math.min(shas.size(), i + IN_LIST)))
          .map((rs, ctx) -> new Doc(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Tlp.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant()))
          .forEach(d -> bySha.computeIfAbsent(d.sha256(), k -> new ArrayList<>()).add(d));
    }
    bySha.values().removeIf(g -> g.size() < 2);
    bySha.values().forEach(g -> g.sort(Comparator.comparingLong(Doc::id)));
    return bySha;
  }

  private Map<Long, List<Claim>> claims(long from, long to, List<Long> extra) {
    Map<Long, List<Claim>> byDoc = new HashMap<>();
    String columns = "select document_id, type, form, claimant, claimant_country, accused, accused_country, "
        + "threat_actor, target, claim_date, evidence from claim ";
    h.createQuery(columns + "where document_id > :from and document_id <= :to order by document_id, id")
        .bind("from", from).bind("to", to)
        .map((rs, ctx) -> {
          byDoc.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(claim(rs));
          return 0;
        })
        .forEach(x -> {});
    for (int i = 0; i < extra.size(); i += IN_LIST) {
      h.createQuery(columns + "where document_id in (<ids>) order by document_id, id")
          .bindList("ids", extra.subList(i, Math.min(extra.size(), i + IN_LIST)))
          .map((rs, ctx) -> {
            byDoc.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(claim(rs));
            return 0;
          })
          .forEach(x -> {});
    }
    return byDoc;
  }

  private static Claim claim(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Claim(ClaimType.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
        ClaimForm.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
  }

  /** The candidates of one group (its copies in id order), once per marking among them. */
  private void addGroup(List<Doc> group, Map<Long, List<Claim>> claims, Map<String, Candidate> chunk) {
    long order = group.get(0).id();
    Set<Tlp> levels = new TreeSet<>();
    group.forEach(d -> levels.add(d.tlp()));
    for (Tlp level : levels) {
      List<ClaimRecord> records = new ArrayList<>();
      Instant added = null;
      for (Doc d : group) {
        if (!d.tlp().visibleUpTo(level)) {
          continue;
        }
        for (Claim c : claims.getOrDefault(d.id(), List.of())) {
          records.add(new ClaimRecord(c, d.sha256(), d.title(), d.source(), d.tlp()));
        }
        if (d.tlp() == level && (added == null || d.ingested().isBefore(added))) {
          added = d.ingested();
        }
      }
      if (records.isEmpty()) {
        continue;
      }
      StixBundleBuilder bundle = new StixBundleBuilder(asOf.get(level));
      export.add(bundle, records);
      for (JsonNode o : bundle.build(level).path("objects")) {
        String id = o.get("id").asText();
        if (kbIds.contains(id) || TaxiiRow.level(id, o.get("type").asText(), o) != level) {
          continue;
        }
        offer(chunk, new Candidate(TaxiiRow.of(o, write(o), added), o, order));
      }
    }
  }

  /** Keeps, per object, the lowest collection, the first body there and the earliest date added. */
  private static void offer(Map<String, Candidate> chunk, Candidate c) {
    chunk.merge(c.row().id(), c, (old, now) -> {
      int cmp = now.row().collection().compareTo(old.row().collection());
      if (cmp != 0) {
        return cmp < 0 ? now : old;
      }
      Candidate first = now.order() < old.order() ? now : old;
      Instant earliest = min(old.row().dateAdded(), now.row().dateAdded());
      return earliest.equals(first.row().dateAdded()) ? first
          : new Candidate(TaxiiRow.of(first.object(), first.row().json(), earliest), first.object(), first.order());
    });
  }

  /** Applies the chunk's candidates to what the table already holds for the same ids. */
  private void merge(Map<String, Candidate> chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    Map<String, Existing> ledger = new HashMap<>();
    Map<String, List<Existing>> kb = new HashMap<>();
    List<String> ids = new ArrayList<>(chunk.keySet());
    for (int i = 0; i < ids.size(); i += IN_LIST) {
      h.createQuery("select object_id, collection, version_micros, date_added, ledger_order from taxii_object "
              + "where object_id in (<ids>)")
          .bindList("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST)))
          .map((rs, ctx) -> {
            long order = rs.getLong(5);
            Existing e = new Existing(Tlp.valueOf(rs.getString(2)), rs.getLong(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.wasNull() ? null : order);
            if (e.order() == null) {
              kb.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(e);
            } else {
              ledger.put(rs.getString(1), e);
            }
            return 0;
          })
          .forEach(x -> {});
    }
    List<Candidate> inserts = new ArrayList<>();
    List<TaxiiRow> redated = new ArrayList<>();
    List<String[]> deletes = new ArrayList<>();
    List<String[]> versionsToFix = new ArrayList<>();
    for (Candidate c : chunk.values()) {
      TaxiiRow row = c.row();
      Existing old = ledger.get(row.id());
      if (old != null) {
        int cmp = row.collection().compareTo(old.collection());
        if (cmp > 0) {
          continue; // a less restrictive collection already has it
        }
        if (cmp == 0) {
          if (row.dateAdded().isBefore(old.dateAdded())) {
            redated.add(row); // the body stays the first group's (old.order() < c.order())
          }
          continue;
        }
        deletes.add(new String[] {old.collection().name(), row.id(), Long.toString(old.versionMicros())});
        if (kb.getOrDefault(row.id(), List.of()).stream().anyMatch(e -> e.collection() == old.collection())) {
          versionsToFix.add(new String[] {old.collection().name(), row.id()});
        }
      }
      List<Existing> same = kb.getOrDefault(row.id(), List.of()).stream()
          .filter(e -> e.collection() == row.collection()).toList();
      if (same.stream().anyMatch(e -> e.versionMicros() == row.versionMicros())) {
        continue; // the knowledge base already publishes this very version here
      }
      inserts.add(c);
      if (!same.isEmpty()) {
        versionsToFix.add(new String[] {row.collection().name(), row.id()});
      }
    }
    delete(deletes);
    insert(inserts);
    redate(redated);
    versionsToFix.forEach(k -> fixFirstAndLast(h, k[0], k[1]));
    written += deletes.size() + inserts.size() + redated.size();
  }

  private void delete(List<String[]> keys) {
    if (keys.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch("delete from taxii_object where collection = :c and object_id = :id "
        + "and version_micros = :v");
    keys.forEach(k -> batch.bind("c", k[0]).bind("id", k[1]).bind("v", Long.parseLong(k[2])).add());
    batch.execute();
  }

  private void insert(List<Candidate> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(TaxiiIndexBuilder.INSERT_LEDGER);
    rows.forEach(c -> TaxiiIndexBuilder.bind(batch, c.row()).bind("order", c.order()).add());
    batch.execute();
  }

  private void redate(List<TaxiiRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch("update taxii_object set date_added = :added, sort_key = :key "
        + "where collection = :c and object_id = :id and version_micros = :v");
    rows.forEach(r -> batch.bind("added", r.dateAdded().atOffset(ZoneOffset.UTC)).bind("key", r.sortKey())
        .bind("c", r.collection().name()).bind("id", r.id()).bind("v", r.versionMicros()).add());
    batch.execute();
  }

  /**
   * Dates the ledger's marking definitions as the whole-ledger build does when the same bytes are
   * stored under two markings: a level's definition is added when the earliest document of that
   * level yielding any object (one whose claims name an accused party or state) was ingested. The
   * export of a group of copies at the higher marking can mark everything lower (the copies say the
   * same), so that copy's own time is not among the group's candidates.
   */
  private void redateMarkings(long upTo) {
    for (Tlp level : Tlp.values()) {
      String id = level.stixMarkingId();
      Optional<Existing> row = h.createQuery("select collection, version_micros, date_added, ledger_order from "
              + "taxii_object where collection = :c and object_id = :id and ledger_order is not null")
          .bind("c", level.name()).bind("id", id)
          .map((rs, ctx) -> new Existing(Tlp.valueOf(rs.getString(1)), rs.getLong(2),
              rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4)))
          .findOne();
      if (row.isEmpty()) {
        continue;
      }
      Optional<OffsetDateTime> first = h.createQuery("select min(d.ingested_at) from doc_document d where d.tlp = :c "
              + "and d.id <= :upTo and exists (select 1 from claim c where c.document_id = d.id and "
              + "((c.accused is not null and trim(c.accused) <> '') or c.accused_country is not null))")
          .bind("c", level.name()).bind("upTo", upTo).mapTo(OffsetDateTime.class).findOne();
      Instant at = first.map(t -> t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).orElse(null);
      if (at != null && at.isBefore(row.get().dateAdded())) {
        h.createUpdate("update taxii_object set date_added = :added, sort_key = :key where collection = :c "
                + "and object_id = :id and version_micros = :v")
            .bind("added", at.atOffset(ZoneOffset.UTC)).bind("key", SortKeys.of(at, id, row.get().versionMicros()))
            .bind("c", level.name()).bind("id", id).bind("v", row.get().versionMicros()).execute();
        written++;
      }
    }
  }

  /** Marks the oldest and newest of an object's versions in a collection as first and last. */
  static void fixFirstAndLast(Handle h, String collection, String id) {
    h.createUpdate("update taxii_object set is_first = (version_micros = (select min(version_micros) from "
            + "taxii_object where collection = :c and object_id = :id)), is_last = (version_micros = (select "
            + "max(version_micros) from taxii_object where collection = :c and object_id = :id)) "
            + "where collection = :c and object_id = :id")
        .bind("c", collection).bind("id", id).execute();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static String write(JsonNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
