package io.ascribe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base as a navigable graph: STIX entities by id and ATT&CK id, relationships by
 * source and target, and MISP clusters. Immutable once built by {@link KnowledgeGraphBuilder}.
 */
public final class KnowledgeGraph {
  private final Map<String, StixEntity> stixById;
  private final Map<String, StixEntity> byAttackId;
  private final List<Relationship> relationships;
  private final Map<String, List<Relationship>> bySource = new HashMap<>();
  private final Map<String, List<Relationship>> byTarget = new HashMap<>();
  private final List<MispCluster> misp;
  private final Map<String, List<MispCluster>> mispByUuid = new HashMap<>();

  private final Map<String, String> origins;
  private final Map<String, Indicator> indicators;

  KnowledgeGraph(
      Map<String, StixEntity> stixById,
      List<Relationship> relationships,
      List<MispCluster> misp,
      Map<String, String> origins,
      Map<String, Indicator> indicators) {
    this.origins = Map.copyOf(origins);
    this.indicators = Map.copyOf(indicators);
    this.stixById = Map.copyOf(stixById);
    this.relationships = List.copyOf(relationships);
    this.misp = List.copyOf(misp);
    Map<String, StixEntity> attack = new HashMap<>();
    for (StixEntity e : stixById.values()) {
      if (e.attackId() != null) {
        // a live object wins over a revoked one that once carried the same ATT&CK id
        attack.merge(e.attackId(), e, (a, b) -> a.live() ? a : b);
      }
    }
    this.byAttackId = Map.copyOf(attack);
    for (Relationship r : relationships) {
      bySource.computeIfAbsent(r.sourceRef(), k -> new ArrayList<>()).add(r);
      byTarget.computeIfAbsent(r.targetRef(), k -> new ArrayList<>()).add(r);
    }
    for (MispCluster c : misp) {
      mispByUuid.computeIfAbsent(c.uuid(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The STIX entity with this id, or null. */
  public StixEntity stix(String id) {
    return stixById.get(id);
  }

  /** The entity with this ATT&CK id (G0016, T1059.001, S0154, C0024), or null. */
  public StixEntity byAttackId(String attackId) {
    return byAttackId.get(attackId);
  }

  /** All STIX entities of one type, in no particular order. */
  public List<StixEntity> stixOfType(String type) {
    return stixById.values().stream().filter(e -> e.type().equals(type)).toList();
  }

  /** All STIX entities. */
  public Collection<StixEntity> stixEntities() {
    return stixById.values();
  }

  /** Every relationship. */
  public List<Relationship> relationships() {
    return relationships;
  }

  /** Relationships whose source is {@code id}. */
  public List<Relationship> from(String id) {
    return bySource.getOrDefault(id, List.of());
  }

  /** Relationships whose target is {@code id}. */
  public List<Relationship> to(String id) {
    return byTarget.getOrDefault(id, List.of());
  }

  /** The object that replaced a revoked one (following chains), or null. */
  public String replacementOf(String id) {
    String current = id;
    for (int hops = 0; hops < 10; hops++) {
      String next = null;
      for (Relationship r : from(current)) {
        if (r.type().equals("revoked-by")) {
          next = r.targetRef();
          break;
        }
      }
      if (next == null) {
        return current.equals(id) ? null : current;
      }
      current = next;
    }
    return current;
  }

  /** The parent technique id of a sub-technique, or null. */
  public String parentOf(String attackPatternId) {
    for (Relationship r : from(attackPatternId)) {
      if (r.type().equals("subtechnique-of") && !r.revoked()) {
        return r.targetRef();
      }
    }
    return null;
  }

  /** The indicator with this id, or null. */
  public Indicator indicator(String id) {
    return indicators.get(id);
  }

  /** The file or URL an object was imported from, or null when unknown. */
  public String originOf(String key) {
    return origins.get(key);
  }

  /** All MISP clusters, in import order. */
  public List<MispCluster> mispClusters() {
    return misp;
  }

  /** MISP clusters with this uuid (one per galaxy that uses it). */
  public List<MispCluster> mispByUuid(String uuid) {
    return mispByUuid.getOrDefault(uuid, List.of());
  }
}
