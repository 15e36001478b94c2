package io.ascribe.store.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.AliasSource;
import io.ascribe.alias.EntityKind;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.profile.ProfileBuilder;
import io.ascribe.profile.Profiles;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The derived read model: canonical entities with their profiles and every name that leads to
 * them. Rebuilt wholesale from the raw objects after each import that changed something, inside
 * the import's transaction.
 *
 * @param actors actor profiles
 * @param software software profiles
 * @param techniques technique profiles
 * @param ambiguousActorNames normalised names claimed for more than one actor
 */
public record ReadModel(
    List<Profiles.Actor> actors,
    List<Profiles.Software> software,
    List<Profiles.Technique> techniques,
    int ambiguousActorNames) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rebuilds the read model from the objects stored in {@code h} and writes it back. */
  static ReadModel rebuild(Handle h) {
    return rebuild(h, new KnowledgeGraphBuilder(), Set.of());
  }

  /**
   * Rebuilds the read model from a builder that already holds the current versions of the objects
   * in {@code alreadyAdded} (an import adds them as it reads), plus every other stored object.
   */
  static ReadModel rebuild(Handle h, KnowledgeGraphBuilder builder, Set<String> alreadyAdded) {
    new KbRepository(h).forEachObject(KnowledgeGraphBuilder.STIX_TYPES, alreadyAdded, builder::add);
    KnowledgeGraph graph = builder.build();
    EntityLinker linker = new EntityLinker(graph);
    Linking actorLinks = linker.linkActors();
    Linking softwareLinks = linker.linkSoftware();
    ProfileBuilder profiles = new ProfileBuilder(graph, actorLinks, softwareLinks);
    ReadModel model =
        new ReadModel(
            profiles.actors(),
            profiles.software(),
            profiles.techniques(),
            actorLinks.index().ambiguousNames().size());
    h.execute("delete from kb_entity_name");
    h.execute("delete from kb_entity");
    PreparedBatch entities =
        h.prepareBatch(
            "insert into kb_entity (entity_key, kind, name, attack_id, profile) "
                + "values (:key, :kind, :name, :attackId, :profile)");
    for (Profiles.Actor a : model.actors) {
      addEntity(entities, a.key(), EntityKind.ACTOR, a.name(), a.attackId(), a);
    }
    for (Profiles.Software s : model.software) {
      addEntity(entities, s.key(), EntityKind.SOFTWARE, s.name(), s.attackId(), s);
    }
    for (Profiles.Technique t : model.techniques) {
      addEntity(entities, t.key(), EntityKind.TECHNIQUE, t.name(), t.attackId(), t);
    }
    entities.execute();
    PreparedBatch names =
        h.prepareBatch(
            "insert into kb_entity_name (kind, norm, name, entity_key, role, source, source_file, "
                + "source_object, source_name, vendor) values (:kind, :norm, :name, :key, :role, "
                + ":source, :file, :object, :objectName, :vendor)");
    addNames(names, EntityKind.ACTOR, actorLinks.claims());
    addNames(names, EntityKind.SOFTWARE, softwareLinks.claims());
    for (Profiles.Technique t : model.techniques) {
      String source = t.attackId() != null ? "MITRE ATT&CK" : "STIX";
      AliasSource from =
          new AliasSource(source, null, t.key(), t.name(), null, List.of());
      // a revoked technique's name still leads to it, but yields to the live technique of that name
      AliasClaim.Role nameRole = t.revoked() || t.deprecated() ? AliasClaim.Role.ALIAS : AliasClaim.Role.NAME;
      addName(names, EntityKind.TECHNIQUE, AliasClaim.of(t.name(), t.key(), nameRole, from));
      if (t.attackId() != null) {
        addName(names, EntityKind.TECHNIQUE, AliasClaim.of(t.attackId(), t.key(), AliasClaim.Role.ID, from));
      }
      addName(names, EntityKind.TECHNIQUE, AliasClaim.of(t.key(), t.key(), AliasClaim.Role.ID, from));
    }
    names.execute();
    return model;
  }

  private static void addEntity(
      PreparedBatch batch, String key, EntityKind kind, String name, String attackId, Object profile) {
    try {
      batch.bind("key", key)
          .bind("kind", kind.id())
          .bind("name", name == null ? key : name)
          .bind("attackId", attackId)
          .bind("profile", JSON.writeValueAsString(profile))
          .add();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise profile of " + key, e);
    }
  }

  private static void addNames(PreparedBatch batch, EntityKind kind, List<AliasClaim> claims) {
    for (AliasClaim c : claims) {
      addName(batch, kind, c);
    }
  }

  private static void addName(PreparedBatch batch, EntityKind kind, AliasClaim c) {
    batch.bind("kind", kind.id())
        .bind("norm", c.norm())
        .bind("name", c.name())
        .bind("key", c.entityKey())
        .bind("role", c.role().name())
        .bind("source", c.source().source())
        .bind("file", c.source().file())
        .bind("object", c.source().objectKey())
        .bind("objectName", c.source().objectName())
        .bind("vendor", c.source().vendor())
        .add();
  }
}
