package io.ascribe.store.taxii;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The builder that {@link TaxiiIndexBuilder} replaced, kept unchanged as the oracle of the equality
 * tests: it holds the whole ledger in memory and builds one bundle per level. Rebuilds {@code
 * taxii_object} inside the caller's transaction:
 *
 * <ul>
 *   <li>every STIX object of the knowledge base, current ({@code kb_object}) and older versions
 *       ({@code kb_object_history}), added when the import that brought that version ran
 *       ({@code kb_source.imported_at}), in the collection of its TLP marking (CLEAR when
 *       unmarked, as ATT&amp;CK is; MISP clusters are not STIX and are left out);
 *   <li>the claims ledger as STIX ({@link ClaimLedgerExport}): for each level, the ledger of the
 *       documents at or below that level, built for that clearance, and of it the objects marked
 *       exactly that level, added when the earliest document of that level that yields the object
 *       was ingested; default timestamps are the earliest ingest time among those documents. Ledger objects whose id is a
 *       knowledge-base object (an ATT&amp;CK intrusion set a claim names) are served from the
 *       knowledge base.
 * </ul>
 */
final class WholeLedgerBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;
  private final Handle h;
  private final Supplier<ActorIds> actorIds;
  private final Map<String, long[]> versionRange = new HashMap<>();
  private final Set<String> kbIds = new HashSet<>();
  private final Set<String> written = new HashSet<>();
  private final List<TaxiiRow> pending = new ArrayList<>();
  private int count;

  WholeLedgerBuilder(Handle h, Supplier<ActorIds> actorIds) {
    this.h = h;
    this.actorIds = actorIds;
  }

  /** Replaces the table's content; returns the number of rows written. */
  int rebuild() {
    h.createUpdate("delete from taxii_object").execute();
    addKnowledgeBase();
    addLedger();
    flush();
    markFirstAndLast();
    return count;
  }

  private void addKnowledgeBase() {
    for (String table : List.of("kb_object", "kb_object_history")) {
      boolean current = table.equals("kb_object");
      h.createQuery("select o.body, s.imported_at from " + table + " o join kb_source s on s.id = o.source_id "
              + "where o.format = 'STIX'")
          .setFetchSize(2_000)
          .map((rs, ctx) -> {
            String body = rs.getString(1);
            TaxiiRow row = TaxiiRow.of(parse(body), body, rs.getObject(2, OffsetDateTime.class).toInstant());
            if (current) {
              kbIds.add(row.id());
            }
            add(row);
            return null;
          })
          .forEach(x -> {});
    }
  }

  private void addLedger() {
    // by document id, not SHA-256: the same bytes may be stored once per marking, each copy its own document
    Map<Long, List<ClaimRecord>> byDocument = new LinkedHashMap<>();
    Map<Long, Instant> ingested = new HashMap<>();
    h.createQuery("select c.type, c.form, c.claimant, c.claimant_country, c.accused, c.accused_country, "
            + "c.threat_actor, c.target, c.claim_date, c.evidence, d.sha256, d.title, d.source, d.tlp, d.ingested_at, "
            + "d.id "
            + "from claim c join doc_document d on d.id = c.document_id order by d.id, c.id")
        .map((rs, ctx) -> {
          Claim claim = new Claim(ClaimType.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
              ClaimForm.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
          ClaimRecord r = new ClaimRecord(claim, rs.getString(11), rs.getString(12), rs.getString(13),
              Tlp.valueOf(rs.getString(14)));
          byDocument.computeIfAbsent(rs.getLong(16), k -> new ArrayList<>()).add(r);
          ingested.put(rs.getLong(16), rs.getObject(15, OffsetDateTime.class).toInstant());
          return null;
        })
        .forEach(x -> {});
    if (byDocument.isEmpty()) {
      return;
    }
    ClaimLedgerExport export = new ClaimLedgerExport(actorIds.get());
    // When each object was first added at each level: the earliest document of that level yielding it.
    Map<String, Map<Tlp, Instant>> addedAt = new HashMap<>();
    for (Map.Entry<Long, List<ClaimRecord>> e : byDocument.entrySet()) {
      List<ClaimRecord> doc = e.getValue();
      Instant at = ingested.get(e.getKey());
      StixBundleBuilder one = new StixBundleBuilder(at);
      export.add(one, doc);
      Tlp level = doc.get(0).tlp();
      for (JsonNode o : one.build(Tlp.RED).path("objects")) {
        addedAt.computeIfAbsent(o.get("id").asText(), k -> new EnumMap<>(Tlp.class)).merge(level, at,
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    // Level L's collection comes from the documents at or below L only (so nothing of a higher
    // document, not even its ingest time as a default timestamp, reaches it), built for clearance L.
    for (Tlp level : Tlp.values()) {
      List<ClaimRecord> visible = new ArrayList<>();
      Instant asOf = null;
      for (Map.Entry<Long, List<ClaimRecord>> e : byDocument.entrySet()) {
        List<ClaimRecord> doc = e.getValue();
        if (doc.get(0).tlp().visibleUpTo(level)) {
          visible.addAll(doc);
          Instant at = ingested.get(e.getKey());
          asOf = asOf == null || at.isBefore(asOf) ? at : asOf;
        }
      }
      if (visible.isEmpty()) {
        continue;
      }
      StixBundleBuilder all = new StixBundleBuilder(asOf);
      export.add(all, visible);
      for (JsonNode o : all.build(level).path("objects")) {
        String id = o.get("id").asText();
        if (kbIds.contains(id) || TaxiiRow.level(id, o.get("type").asText(), o) != level) {
          continue;
        }
        Instant at = addedAt.getOrDefault(id, Map.of()).get(level);
        add(TaxiiRow.of(o, write((ObjectNode) o), at == null ? earliest(byDocument, ingested, level) : at));
      }
    }
  }

  private static Instant earliest(Map<Long, List<ClaimRecord>> byDocument, Map<Long, Instant> ingested, Tlp level) {
    return byDocument.entrySet().stream().filter(d -> d.getValue().get(0).tlp() == level)
        .map(d -> ingested.get(d.getKey())).min(Instant::compareTo)
        .orElseThrow(() -> new IllegalStateException("no document marked " + level + " yields the objects marked so"));
  }

  private void add(TaxiiRow row) {
    if (!written.add(row.key())) {
      return;
    }
    versionRange.merge(row.collection().name() + ' ' + row.id(), new long[] {row.versionMicros(), row.versionMicros(), 1},
        (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + 1});
    pending.add(row);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch("insert into taxii_object (collection, object_id, object_type, version, "
        + "version_micros, date_added, spec_version, is_first, is_last, sort_key, body) values (:collection, :id, :type, "
        + ":version, :micros, :added, :spec, true, true, :key, :body)");
    for (TaxiiRow r : pending) {
      batch.bind("collection", r.collection().name()).bind("id", r.id()).bind("type", r.type())
          .bind("version", r.version()).bind("micros", r.versionMicros())
          .bind("added", r.dateAdded().atOffset(java.time.ZoneOffset.UTC)).bind("spec", r.specVersion())
          .bind("key", r.sortKey()).bind("body", r.json()).add();
    }
    batch.execute();
    count += pending.size();
    pending.clear();
  }

  /** Rows are written as both first and last; objects with several versions in a collection are corrected. */
  private void markFirstAndLast() {
    versionRange.forEach((key, range) -> {
      if (range[2] < 2) {
        return;
      }
      int space = key.indexOf(' ');
      h.createUpdate("update taxii_object set is_first = (version_micros = :min), is_last = (version_micros = :max) "
              + "where collection = :collection and object_id = :id")
          .bind("min", range[0]).bind("max", range[1])
          .bind("collection", key.substring(0, space)).bind("id", key.substring(space + 1))
          .execute();
    });
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored STIX object is not JSON", e);
    }
  }

  private static String write(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
