package io.ascribe.store.kb;

import io.ascribe.kb.KbFormat;
import io.ascribe.kb.KbObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL for the raw knowledge objects, their history and their sources. Every method works inside
 * the caller's handle, so an import can run all of them in one transaction.
 */
final class KbRepository {
  private static final String COLUMNS =
      "object_key, format, object_type, name, modified, revoked, deprecated, content_sha256, source_id, body";

  private final Handle h;

  KbRepository(Handle h) {
    this.h = h;
  }

  Map<String, StoredVersion> versions() {
    Map<String, StoredVersion> out = new HashMap<>();
    h.createQuery("select object_key, content_sha256, modified from kb_object")
        .setFetchSize(10_000)
        .map((rs, ctx) -> {
          out.put(rs.getString(1), new StoredVersion(rs.getString(2), rs.getString(3)));
          return null;
        })
        .forEach(x -> {});
    return out;
  }

  /** True when anything was ever imported. */
  boolean hasSources() {
    return h.createQuery("select count(*) from kb_source").mapTo(Long.class).one() > 0;
  }

  /** An earlier import of exactly these bytes: its location and time. */
  Optional<String> findImportedSha(String sha256) {
    return h.createQuery(
            "select location || ' at ' || cast(imported_at as varchar) from kb_source where sha256 = :sha "
                + "order by id fetch first 1 rows only")
        .bind("sha", sha256)
        .mapTo(String.class)
        .findOne();
  }

  int objectCountOfSha(String sha256) {
    return h.createQuery("select max(object_count) from kb_source where sha256 = :sha")
        .bind("sha", sha256)
        .mapTo(Integer.class)
        .findOne()
        .orElse(0);
  }

  long insertSource(String location, KbFormat format) {
    return h.createUpdate(
            "insert into kb_source (location, sha256, format, object_count, imported_at) "
                + "values (:location, null, :format, 0, :at)")
        .bind("location", location)
        .bind("format", format.name())
        .bind("at", OffsetDateTime.now())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  void completeSource(long id, String sha256, KbFormat format, int objectCount) {
    h.createUpdate("update kb_source set sha256 = :sha, format = :format, object_count = :n where id = :id")
        .bind("sha", sha256)
        .bind("format", format.name())
        .bind("n", objectCount)
        .bind("id", id)
        .execute();
  }

  void deleteSource(long id) {
    h.createUpdate("delete from kb_source where id = :id").bind("id", id).execute();
  }

  void insert(Collection<KbObject> objects, long sourceId) {
    if (objects.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "insert into kb_object (" + COLUMNS + ") values "
                + "(:key, :format, :type, :name, :modified, :revoked, :deprecated, :hash, :source, :body)");
    for (KbObject o : objects) {
      bindObject(batch, o, sourceId).add();
    }
    batch.execute();
  }

  /** Moves the current version to history, then stores {@code o} as current. */
  void replace(KbObject o, long sourceId) {
    h.createUpdate(
            "insert into kb_object_history (" + COLUMNS + ", superseded_at, superseded_by) "
                + "select " + COLUMNS + ", :at, :by from kb_object where object_key = :key")
        .bind("at", OffsetDateTime.now())
        .bind("by", sourceId)
        .bind("key", o.key())
        .execute();
    bindObject(
            h.createUpdate(
                "update kb_object set format = :format, object_type = :type, name = :name, "
                    + "modified = :modified, revoked = :revoked, deprecated = :deprecated, "
                    + "content_sha256 = :hash, source_id = :source, body = :body where object_key = :key"),
            o,
            sourceId)
        .execute();
  }

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindObject(
      T stmt, KbObject o, long sourceId) {
    return stmt.bind("key", o.key())
        .bind("format", o.format().name())
        .bind("type", o.type())
        .bind("name", truncate(o.name(), 4000))
        .bind("modified", o.modified())
        .bind("revoked", o.revoked())
        .bind("deprecated", o.deprecated())
        .bind("hash", o.contentHash())
        .bind("source", sourceId)
        .bind("body", o.json());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * Streams current objects of the given STIX types and every MISP object, each with the file or
   * URL it was imported from, except those whose key is in {@code skip}. Keys are listed first so
   * that skipped objects' bodies are never read.
   */
  void forEachObject(Collection<String> stixTypes, Set<String> skip, BiConsumer<KbObject, String> consumer) {
    String types = String.join(",", stixTypes.stream().map(t -> "'" + t.replace("'", "''") + "'").toList());
    String where = "where o.format = 'MISP' or o.object_type in (" + types + ")";
    String select = "select o.object_key, o.format, o.object_type, o.name, o.modified, o.revoked, o.deprecated, "
        + "o.body, o.content_sha256, s.location from kb_object o join kb_source s on s.id = o.source_id ";
    if (skip.isEmpty()) {
      stream(h.createQuery(select + where).setFetchSize(5_000), consumer);
      return;
    }
    List<String> wanted = new ArrayList<>();
    h.createQuery("select o.object_key from kb_object o " + where)
        .setFetchSize(10_000)
        .mapTo(String.class)
        .forEach(k -> {
          if (!skip.contains(k)) {
            wanted.add(k);
          }
        });
    for (int from = 0; from < wanted.size(); from += 500) {
      stream(h.createQuery(select + "where o.object_key in (<keys>)")
          .bindList("keys", wanted.subList(from, Math.min(wanted.size(), from + 500))), consumer);
    }
  }

  private static void stream(org.jdbi.v3.core.statement.Query query, BiConsumer<KbObject, String> consumer) {
    query.map((rs, ctx) -> {
          consumer.accept(
              new KbObject(rs.getString(1), KbFormat.valueOf(rs.getString(2)), rs.getString(3),
                  rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
                  rs.getString(8), rs.getString(9), 0),
              rs.getString(10));
          return null;
        })
        .forEach(x -> {});
  }
}
