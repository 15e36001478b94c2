package io.ascribe.store.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.AliasSource;
import io.ascribe.alias.EntityKind;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.alias.Names;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the stored knowledge base: name lookups that keep ambiguity visible, profiles,
 * and statistics.
 */
public final class KnowledgeBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Store store;

  public KnowledgeBase(Store store) {
    this.store = store;
  }

  /**
   * Every entity of {@code kind} that {@code name} (a name, alias, ATT&CK id, STIX id or MISP
   * uuid) may denote, with the claims behind each candidate.
   */
  public AliasLookup lookup(EntityKind kind, String name) {
    String norm = Names.normalize(name);
    List<AliasClaim> claims =
        store.jdbi().withHandle(h -> h.createQuery(
                "select name, entity_key, role, source, source_file, source_object, source_name, vendor "
                    + "from kb_entity_name where kind = :kind and norm = :norm")
            .bind("kind", kind.id())
            .bind("norm", norm)
            .map((rs, ctx) -> new AliasClaim(rs.getString(1), norm, rs.getString(2),
                AliasClaim.Role.valueOf(rs.getString(3)),
                new AliasSource(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), List.of())))
            .list());
    Map<String, List<AliasClaim>> byEntity = new LinkedHashMap<>();
    for (AliasClaim c : claims) {
      byEntity.computeIfAbsent(c.entityKey(), k -> new ArrayList<>()).add(c);
    }
    List<AliasLookup.Candidate> candidates = new ArrayList<>();
    byEntity.forEach((k, v) -> candidates.add(new AliasLookup.Candidate(k, List.copyOf(v))));
    return new AliasLookup(name, List.copyOf(candidates));
  }

  /** The display name and ATT&CK id of an entity, or empty. */
  public Optional<String[]> nameOf(EntityKind kind, String key) {
    return store.jdbi().withHandle(h -> h.createQuery(
            "select name, attack_id from kb_entity where kind = :kind and entity_key = :key")
        .bind("kind", kind.id())
        .bind("key", key)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .findOne());
  }

  /** The stored profile of an entity, as its record type. */
  public <T> Optional<T> profile(EntityKind kind, String key, Class<T> type) {
    Optional<String> json = store.jdbi().withHandle(h -> h.createQuery(
            "select profile from kb_entity where kind = :kind and entity_key = :key")
        .bind("kind", kind.id())
        .bind("key", key)
        .mapTo(String.class)
        .findOne());
    return json.map(j -> {
      try {
        return JSON.readValue(j, type);
      } catch (IOException e) {
        throw new UncheckedIOException("stored profile of " + key + " is unreadable", e);
      }
    });
  }

  /** Counts of what is stored, as reported by {@code ascribe kb stats}. */
  public KbStats stats() {
    return store.jdbi().withHandle(h -> {
      Map<String, long[]> byType = new LinkedHashMap<>();
      h.createQuery("select object_type, format, sum(case when revoked or deprecated then 1 else 0 end), count(*) "
              + "from kb_object group by object_type, format order by object_type")
          .map((rs, ctx) -> byType.put((rs.getString(2).equals("MISP") ? "misp:" : "") + rs.getString(1),
              new long[] {rs.getLong(4) - rs.getLong(3), rs.getLong(3)}))
          .forEach(x -> {});
      long sources = h.createQuery("select count(*) from kb_source").mapTo(Long.class).one();
      long history = h.createQuery("select count(*) from kb_object_history").mapTo(Long.class).one();
      Map<String, Long> entities = new LinkedHashMap<>();
      h.createQuery("select kind, count(*) from kb_entity group by kind order by kind")
          .map((rs, ctx) -> entities.put(rs.getString(1), rs.getLong(2)))
          .forEach(x -> {});
      long ambiguous = h.createQuery(
              "select count(*) from (select norm from kb_entity_name where kind = 'actor' "
                  + "group by norm having count(distinct entity_key) > 1) a")
          .mapTo(Long.class).one();
      return new KbStats(sources, history, byType, entities, ambiguous);
    });
  }

  /** The stored knowledge, linked: the graph and the actor and software linkings. */
  public record Linked(KnowledgeGraph graph, Linking actors, Linking software) {}

  /** Reads every object the graph uses and links actors and software (about a second on ATT&CK). */
  public Linked linked() {
    return store.jdbi().withHandle(h -> {
      KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder();
      new KbRepository(h).forEachObject(KnowledgeGraphBuilder.STIX_TYPES, java.util.Set.of(), builder::add);
      KnowledgeGraph graph = builder.build();
      EntityLinker linker = new EntityLinker(graph);
      return new Linked(graph, linker.linkActors(), linker.linkSoftware());
    });
  }

  /**
   * The ATT&CK procedure examples of the stored knowledge (descriptions of {@code uses}
   * relationships to attack patterns), the technique classifier's training sentences.
   */
  public ProcedureExamples procedureExamples() {
    ProcedureExamples.Collector collector = ProcedureExamples.collector();
    store.jdbi().useHandle(h -> new KbRepository(h).forEachObject(
        List.of("attack-pattern", "intrusion-set", "campaign", "malware", "tool", "relationship"),
        java.util.Set.of(), (object, location) -> collector.accept(object)));
    return collector.build();
  }

  /**
   * A short fingerprint of the stored knowledge: changes whenever an import changes anything, so
   * that derived models can tell they are stale.
   */
  public String fingerprint() {
    return store.jdbi().withHandle(h -> h.createQuery(
            "select cast(count(*) as varchar) || '-' || cast(coalesce(max(id), 0) as varchar) from kb_source")
        .mapTo(String.class).one() + "-" + h.createQuery("select count(*) from kb_object_history").mapTo(Long.class).one());
  }

  /**
   * Rebuilds the read model (linking, profiles) from the stored objects, in one transaction; what
   * is derived from it is rebuilt by {@code io.ascribe.store.derived.DerivedIndexes#reindex}.
   */
  public ReadModel rebuildReadModel() {
    return store.jdbi().inTransaction(ReadModel::rebuild);
  }
}
