package io.ascribe.store.kb;

import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.store.Store;
import io.ascribe.store.derived.DerivedIndexes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/** Helpers shared by the knowledge-base import tests: database fingerprints and tiny STIX bundles. */
final class KbTestSupport {
  /** Alpha Panda in mini-attack.json (modified 2024-01-01). */
  static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  /** Beta Bear in mini-attack.json (modified 2024-01-01). */
  static final String BETA = "intrusion-set--00000000-0000-4000-8000-000000000102";
  /** The revoked Old Alpha in mini-attack.json. */
  static final String OLD_ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000104";
  /** The unknown-type object in mini-attack.json. */
  static final String CUSTOM = "x-custom-thing--00000000-0000-4000-8000-000000000501";
  /** Objects in mini-attack.json. */
  static final int MINI_ATTACK_OBJECTS = 18;
  /** Clusters in mini-threat-actor.json. */
  static final int MINI_THREAT_ACTOR_OBJECTS = 4;

  private KbTestSupport() {}

  /** A fetcher that may reach the loopback test server, with a 1 s timeout. */
  static HttpFetcher loopbackFetcher() {
    return new HttpFetcher(NetworkPolicy.ALLOW_PRIVATE, Duration.ofSeconds(1));
  }

  /** An importer over {@code store} that may reach loopback URLs. */
  static KbImporter importer(Store store) {
    return new DerivedIndexes(store).importer(loopbackFetcher(), ImportListener.NONE);
  }

  /**
   * A STIX 2.1 bundle with one object per line: line 1 is the header, {@code objects[i]} starts at
   * line {@code i + 2}, column 1, and the closing {@code ]}} is on the last line.
   */
  static String bundle(String... objects) {
    return "{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-00000000ffff\", "
        + "\"spec_version\": \"2.1\", \"objects\": [\n"
        + String.join(",\n", objects)
        + "\n]}\n";
  }

  /** An intrusion-set object on one line. */
  static String intrusionSet(String id, String name, String modified) {
    return "{\"type\": \"intrusion-set\", \"spec_version\": \"2.1\", \"id\": \"" + id
        + "\", \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": \"" + modified
        + "\", \"name\": \"" + name + "\"}";
  }

  /** A new intrusion-set id ending in {@code n}. */
  static String newSetId(int n) {
    return String.format("intrusion-set--00000000-0000-4000-8000-%012d", 900_000 + n);
  }

  /** A single {@code long} (a count, an id) from a query. */
  static long count(Store store, String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  /** A single string from a query without parameters, or null. */
  static String text(Store store, String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).findOne().orElse(null));
  }

  /** A single string from a query with one {@code :key} parameter, or null. */
  static String string(Store store, String sql, String key) {
    return store.jdbi().withHandle(
        h -> h.createQuery(sql).bind("key", key).mapTo(String.class).findOne().orElse(null));
  }

  /**
   * Everything the import writes, in a comparable form: the counts the task names plus a digest of
   * every row of the knowledge tables.
   */
  record Fingerprint(
      long objects,
      long bodyChars,
      long sources,
      long history,
      long entities,
      long entityNames,
      String digest) {}

  /** The current fingerprint of the database. */
  static Fingerprint fingerprint(Store store) {
    return store.jdbi().withHandle(h -> {
      List<Long> objects =
          h.createQuery("select count(*), coalesce(sum(length(body)), 0) from kb_object")
              .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2)))
              .one();
      MessageDigest md = sha256();
      for (String sql : List.of(
          "select object_key || '|' || content_sha256 || '|' || source_id || '|' || revoked "
              + "|| '|' || coalesce(modified, '-') from kb_object order by object_key",
          "select id || '|' || location || '|' || coalesce(sha256, '-') || '|' || object_count "
              + "|| '|' || format from kb_source order by id",
          "select object_key || '|' || content_sha256 || '|' || superseded_by from kb_object_history "
              + "order by object_key, superseded_by, content_sha256",
          "select kind || '|' || entity_key || '|' || name || '|' || length(profile) from kb_entity "
              + "order by kind, entity_key",
          "select kind || '|' || norm || '|' || entity_key || '|' || role || '|' || source "
              + "from kb_entity_name order by 1")) {
        h.createQuery(sql).mapTo(String.class).forEach(
            row -> md.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        md.update((byte) 0);
      }
      return new Fingerprint(
          objects.get(0),
          objects.get(1),
          h.createQuery("select count(*) from kb_source").mapTo(Long.class).one(),
          h.createQuery("select count(*) from kb_object_history").mapTo(Long.class).one(),
          h.createQuery("select count(*) from kb_entity").mapTo(Long.class).one(),
          h.createQuery("select count(*) from kb_entity_name").mapTo(Long.class).one(),
          HexFormat.of().formatHex(md.digest()));
    });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
