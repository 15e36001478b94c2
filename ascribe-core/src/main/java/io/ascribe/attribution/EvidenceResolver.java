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
 * names and aliases (through the software alias index), countries by name or code, and, with a
 * {@link TextEvidence} reader, the techniques, software and indicators of the free text.
 */
public final class EvidenceResolver {
  private final KnowledgeGraph graph;
  private final Linking software;
  private final AliasIndex softwareNames;
  private final Map<String, List<StixEntity>> techniqueNames;
  private final Countries countries = new Countries();
  private final TextEvidence text;

  /** A resolver that ignores the evidence's free text. */
  public EvidenceResolver(KnowledgeGraph graph, Linking software) {
    this(graph, software, techniqueNames(graph), TextEvidence.NONE);
  }

  private EvidenceResolver(
      KnowledgeGraph graph, Linking software, Map<String, List<StixEntity>> techniqueNames, TextEvidence text) {
    this.graph = graph;
    this.software = software;
    this.softwareNames = software.index();
    this.techniqueNames = techniqueNames;
    this.text = text;
  }

  /** The same resolver, reading the free text ({@link Evidence#text()}) with {@code reader}. */
  public EvidenceResolver withText(TextEvidence reader) {
    return new EvidenceResolver(graph, software, techniqueNames, reader);
  }

  private static Map<String, List<StixEntity>> techniqueNames(KnowledgeGraph graph) {
    Map<String, List<StixEntity>> names = new HashMap<>();
    List<StixEntity> patterns = new ArrayList<>(graph.stixOfType("attack-pattern"));
    patterns.sort(java.util.Comparator.comparing(StixEntity::id));
    for (StixEntity t : patterns) {
      if (t.live() && t.attackId() != null) {
        names.computeIfAbsent(Names.normalize(t.name()), k -> new ArrayList<>()).add(t);
      }
    }
    return Map.copyOf(names);
  }

  /**
   * Resolves every item; unknown names go to {@link ResolvedEvidence#unresolved()}. Items read from
   * the free text come after the given ones, marked with their sentence ({@link
   * ResolvedEvidence.Item#quote()}); one the analyst also gave is kept once, as given.
   */
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
        ResolvedEvidence.Item item = softwareItem(key);
        add(items, seen, new ResolvedEvidence.Item(EvidenceKind.SOFTWARE, s, item.feature(), item.label()));
      }
    }
    for (String i : e.indicators()) {
      add(items, seen, indicatorItem(i));
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
    if (e.text() != null && !e.text().isBlank()) {
      readText(e.text(), items, seen, notes);
    }
    return new ResolvedEvidence(e.id(), List.copyOf(items), e.observedFrom(), e.observedTo(), List.copyOf(unresolved),
        List.copyOf(notes));
  }

  private void readText(String given, List<ResolvedEvidence.Item> items, Set<String> seen, List<String> notes) {
    int before = items.size();
    for (ResolvedEvidence.Item item : resolveFound(text.read(given))) {
      add(items, seen, item);
    }
    int read = items.size() - before;
    notes.add(text == TextEvidence.NONE ? "the free text was not read: this engine has no extractor"
        : read == 0 ? "nothing more was read from the free text (no technique, software or indicator not already given)"
        : read + " item(s) were read from the free text: " + String.join(", ",
            items.subList(before, items.size()).stream().map(ResolvedEvidence.Item::label).toList()));
  }

  /**
   * Resolves items read from a text (techniques, software, indicators) to model features, each
   * marked with its sentence; names the knowledge base does not know (or shares between several
   * pieces of software) are left out. This is how free-text evidence and the corpus's documents
   * ({@code io.ascribe.corpus}) reach the same features.
   */
  public List<ResolvedEvidence.Item> resolveFound(List<TextEvidence.Found> found) {
    List<ResolvedEvidence.Item> out = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (TextEvidence.Found f : found) {
      List<ResolvedEvidence.Item> resolved = switch (f.kind()) {
        case TECHNIQUE -> technique(f.value(), ignored).stream().map(t -> new ResolvedEvidence.Item(
            EvidenceKind.TECHNIQUE, f.value(), AttributionCorpus.techniqueFeature(t.attackId()), t.attackId() + " " + t.name())).toList();
        case SOFTWARE -> software(f.value(), ignored).stream().map(this::softwareItem).toList();
        case INDICATOR -> List.of(indicatorItem(f.value()));
        default -> List.of();
      };
      for (ResolvedEvidence.Item item : resolved) {
        out.add(item.fromText(f.sentence()));
      }
    }
    return out;
  }

  private ResolvedEvidence.Item softwareItem(String key) {
    var entity = software.entity(key);
    return new ResolvedEvidence.Item(EvidenceKind.SOFTWARE, entity.name(), AttributionCorpus.softwareFeature(key),
        entity.name() + (entity.attackId() == null ? "" : " (" + entity.attackId() + ")"));
  }

  private static ResolvedEvidence.Item indicatorItem(String value) {
    return new ResolvedEvidence.Item(EvidenceKind.INDICATOR, value, "i:" + value.trim().toLowerCase(Locale.ROOT), value);
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
