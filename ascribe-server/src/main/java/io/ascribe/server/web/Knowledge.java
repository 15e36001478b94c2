package io.ascribe.server.web;

import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.StixEntity;
import io.ascribe.store.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linked knowledge base (graph and actor linking) for pages and exports that need more than
 * stored profiles: the ATT&amp;CK matrix, STIX exports. Read once and again only when the
 * knowledge base's fingerprint changes (reading it takes about a second on ATT&amp;CK).
 */
final class Knowledge {
  /** Enterprise ATT&amp;CK's tactics in matrix order; tactics not listed here follow them. */
  static final List<String> TACTICS = List.of("reconnaissance", "resource-development", "initial-access", "execution",
      "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery", "lateral-movement",
      "collection", "command-and-control", "exfiltration", "impact");

  /** One technique of the matrix: id, name, and its sub-techniques' ids. */
  record MatrixTechnique(String attackId, String name, List<String> subtechniques) {}

  /** One column of the matrix. */
  record Column(String tactic, List<MatrixTechnique> techniques) {}

  /** What is cached for one fingerprint. */
  record Snapshot(KnowledgeBase.Linked linked, List<Column> matrix) {}

  private final java.util.function.Supplier<KnowledgeBase.Linked> linked;
  private Snapshot snapshot;

  /** @param linked the linked knowledge base, itself rebuilt when the knowledge base changes */
  Knowledge(java.util.function.Supplier<KnowledgeBase.Linked> linked) {
    this.linked = linked;
  }

  /** The current snapshot: the matrix is rebuilt when the linked knowledge base was. */
  synchronized Snapshot current() {
    KnowledgeBase.Linked now = linked.get();
    if (snapshot == null || snapshot.linked() != now) {
      snapshot = new Snapshot(now, matrix(now.graph()));
    }
    return snapshot;
  }

  private static List<Column> matrix(KnowledgeGraph g) {
    Map<String, List<StixEntity>> byTactic = new LinkedHashMap<>();
    TACTICS.forEach(t -> byTactic.put(t, new ArrayList<>()));
    Map<String, List<String>> subs = new LinkedHashMap<>();
    List<StixEntity> parents = new ArrayList<>();
    for (StixEntity e : g.stixOfType("attack-pattern")) {
      if (!e.live() || e.attackId() == null) {
        continue;
      }
      int dot = e.attackId().indexOf('.');
      if (dot > 0) {
        subs.computeIfAbsent(e.attackId().substring(0, dot), k -> new ArrayList<>()).add(e.attackId());
      } else {
        parents.add(e);
      }
    }
    parents.sort(Comparator.comparing(e -> e.name() == null ? "" : e.name()));
    for (StixEntity e : parents) {
      for (String tactic : e.tactics()) {
        byTactic.computeIfAbsent(tactic, k -> new ArrayList<>()).add(e);
      }
    }
    List<Column> out = new ArrayList<>();
    byTactic.forEach((tactic, list) -> {
      if (!list.isEmpty()) {
        out.add(new Column(tactic, list.stream()
            .map(e -> new MatrixTechnique(e.attackId(), e.name(), List.copyOf(subs.getOrDefault(e.attackId(), List.of()))))
            .toList()));
      }
    });
    return out;
  }
}
