package io.ascribe.attribution;

import io.ascribe.alias.AliasIndex;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.Linking;
import io.ascribe.alias.Names;
import io.ascribe.geo.Countries;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.StixEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@link Evidence} against the knowledge base: technique ids and names, software ids,
 * names and aliases (through the software alias index), countries by name or code.
 */
public final class EvidenceResolver {
  private final KnowledgeGraph graph;
  private final Linking software;
  private final AliasIndex softwareNames;
  private final Map<String, List<StixEntity>> techniqueNames = new HashMap<>();
  private final Countries countries = new Countries();

  public EvidenceResolver(KnowledgeGraph graph, Linking software) {
    this.graph = graph;
    this.software = software;
    this.softwareNames = software.index();
    List<StixEntity> patterns = new ArrayList<>(graph.stixOfType("attack-pattern"));
    patterns.sort(java.util.Comparator.comparing(StixEntity::id));
    for (StixEntity t : patterns) {
      if (t.live() && t.attackId() != null) {
        techniqueNames.computeIfAbsent(Names.normalize(t.name()), k -> new ArrayList<>()).add(t);
      }
    }
  }

  /** Resolves every item; unknown names go to {@link ResolvedEvidence#unresolved()}. */
  public ResolvedEvidence resolve(Evidence e) {
    List<ResolvedEvidence.Item> items = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String t : e.techniques()) {
      List<StixEntity> found = technique(t, notes);
      if (found.isEmpty()) {
        unresolved.add(t);
      }
      for (StixEntity s : found) {
        add(items, seen, new ResolvedEvidence.Item(EvidenceKind.TECHNIQUE, t,
            AttributionCorpus.techniqueFeature(s.attackId()), s.attackId() + " " + s.name()));
      }
    }
    for (String s : e.software()) {
      List<String> keys = software(s, notes);
      if (keys.isEmpty()) {
        unresolved.add(s);
      }
      for (String key : keys) {
        var entity = software.entity(key);
        add(items, seen, new ResolvedEvidence.Item(EvidenceKind.SOFTWARE, s, AttributionCorpus.softwareFeature(key),
            entity.name() + (entity.attackId() == null ? "" : " (" + entity.attackId() + ")")));
      }
    }
    for (String i : e.indicators()) {
      add(items, seen, new ResolvedEvidence.Item(EvidenceKind.INDICATOR, i, "i:" + i.trim().toLowerCase(Locale.ROOT), i));
    }
    for (String c : e.victimCountries()) {
      String iso = countries.toIso2(c);
      if (iso == null) {
        unresolved.add(c);
      } else {
        add(items, seen, new ResolvedEvidence.Item(EvidenceKind.VICTIM_COUNTRY, c, "vc:" + iso, iso));
      }
    }
    for (String s : e.victimSectors()) {
      add(items, seen, new ResolvedEvidence.Item(EvidenceKind.VICTIM_SECTOR, s, AttributionCorpus.sectorFeature(s), s));
    }
    for (String l : e.languages()) {
      add(items, seen, new ResolvedEvidence.Item(EvidenceKind.LANGUAGE, l, l.toLowerCase(Locale.ROOT), l));
    }
    for (double o : e.utcOffsets()) {
      String v = (o >= 0 ? "+" : "") + (o == Math.rint(o) ? String.valueOf((int) o) : String.valueOf(o));
      add(items, seen, new ResolvedEvidence.Item(EvidenceKind.UTC_OFFSET, "UTC" + v, String.valueOf(o), "UTC" + v));
    }
    return new ResolvedEvidence(e.id(), List.copyOf(items), e.observedFrom(), e.observedTo(), List.copyOf(unresolved),
        List.copyOf(notes));
  }

  private static void add(List<ResolvedEvidence.Item> items, Set<String> seen, ResolvedEvidence.Item item) {
    if (seen.add(item.kind() + "|" + item.feature())) {
      items.add(item);
    }
  }

  private List<StixEntity> technique(String given, List<String> notes) {
    String upper = given.trim().toUpperCase(Locale.ROOT);
    if (upper.matches("T\\d{4}(\\.\\d{3})?")) {
      StixEntity t = graph.byAttackId(upper);
      if (t == null || !t.type().equals("attack-pattern")) {
        return List.of();
      }
      if (t.revoked()) {
        String r = graph.replacementOf(t.id());
        StixEntity replacement = r == null ? null : graph.stix(r);
        if (replacement == null) {
          return List.of();
        }
        notes.add(upper + " is revoked; using " + replacement.attackId() + " " + replacement.name());
        return List.of(replacement);
      }
      return List.of(t);
    }
    List<StixEntity> byName = techniqueNames.getOrDefault(Names.normalize(given), List.of());
    if (byName.size() > 1) {
      notes.add("'" + given + "' names " + byName.size() + " techniques ("
          + String.join(", ", byName.stream().map(StixEntity::attackId).toList()) + "); all are used");
    }
    return byName;
  }

  private List<String> software(String given, List<String> notes) {
    String upper = given.trim().toUpperCase(Locale.ROOT);
    if (upper.matches("S\\d{4}")) {
      StixEntity s = graph.byAttackId(upper);
      if (s == null) {
        return List.of();
      }
      return List.of(software.memberOf().getOrDefault(s.id(), s.id()));
    }
    AliasLookup lookup = softwareNames.lookup(given);
    if (lookup.resolved().isPresent()) {
      return List.of(lookup.resolved().get().entityKey());
    }
    if (lookup.isAmbiguous()) {
      notes.add("'" + given + "' names " + lookup.candidates().size() + " pieces of software; all are used");
    }
    return lookup.candidates().stream().map(AliasLookup.Candidate::entityKey).toList();
  }
}
