package io.ascribe.alias;

import io.ascribe.model.ExternalReference;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.MispCluster;
import io.ascribe.model.StixEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links actors (or software) described by several sources into canonical entities, without
 * transitive collapse.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Every STIX object (an ATT&CK intrusion set, say) founds its own canonical entity. Two STIX
 *       objects are never merged: when ATT&CK keeps two groups apart, so do we. A revoked object
 *       joins the object that revoked it.
 *   <li>Each MISP cluster joins at most one canonical entity, decided in one hop from its own
 *       data: an explicit ATT&CK id (a {@code G0016} synonym or an attack.mitre.org reference);
 *       else its own name (its value) when that is the name of exactly one STIX object, even if its
 *       synonyms reach further (MISP's "Lazarus Group" lists the ids and names of three ATT&CK
 *       groups; its name says which one it is); else its names, matched against the <em>anchor</em> names of existing entities (their
 *       founding objects' names, never names added by other MISP clusters); else a {@code similar}
 *       / {@code same-as} relation to a cluster already linked. A cluster that matches nothing
 *       founds a new entity.
 *   <li>Every name of every member becomes an {@link AliasClaim} with its source. A name claimed
 *       for two entities is ambiguous, and {@link AliasIndex} returns both.
 * </ol>
 *
 * <p>Because clusters are matched only against anchors, a chain "A shares a name with B, B with C"
 * never pulls A and C together.
 */
public final class EntityLinker {
  private static final Pattern GROUP_ID = Pattern.compile("^G\\d{4}$");
  private static final Pattern SOFTWARE_ID = Pattern.compile("^S\\d{4}$");
  private static final Pattern GROUP_URL = Pattern.compile("attack\\.mitre\\.org/groups/(G\\d{4})");
  private static final Pattern SOFTWARE_URL = Pattern.compile("attack\\.mitre\\.org/software/(S\\d{4})");
  private static final Set<String> SAME_RELATIONS = Set.of("similar", "same-as");
  /** Galaxies whose cluster values are the galaxy owner's own names. */
  private static final Map<String, String> GALAXY_NAMING_VENDOR =
      Map.of("microsoft-activity-group", "Microsoft", "360net-threat-actor", "360.net");
  /** Galaxies linked first, because they are the richest and the others point at them. */
  private static final List<String> ACTOR_GALAXY_ORDER = List.of("threat-actor");

  private final KnowledgeGraph graph;

  public EntityLinker(KnowledgeGraph graph) {
    this.graph = graph;
  }

  /** Links threat actors: STIX intrusion sets and threat actors plus MISP clusters of category {@code actor}. */
  public Linking linkActors() {
    return link(EntityKind.ACTOR, List.of("intrusion-set", "threat-actor"), "actor", GROUP_ID, GROUP_URL);
  }

  /** Links software: STIX malware and tools plus MISP clusters of category {@code tool}. */
  public Linking linkSoftware() {
    return link(EntityKind.SOFTWARE, List.of("malware", "tool"), "tool", SOFTWARE_ID, SOFTWARE_URL);
  }

  private Linking link(
      EntityKind kind, List<String> stixTypes, String mispCategory, Pattern idPattern, Pattern urlPattern) {
    Run run = new Run(kind);
    List<StixEntity> stix = new ArrayList<>();
    for (String t : stixTypes) {
      stix.addAll(graph.stixOfType(t));
    }
    stix.sort(Comparator.comparing((StixEntity e) -> e.attackId() == null ? "~" : e.attackId())
        .thenComparing(StixEntity::id));
    List<StixEntity> revoked = new ArrayList<>();
    for (StixEntity e : stix) {
      if (e.revoked() && graph.replacementOf(e.id()) != null) {
        revoked.add(e);
      } else {
        run.found(e);
      }
    }
    for (StixEntity e : revoked) {
      String target = graph.replacementOf(e.id());
      if (run.builders.containsKey(target)) {
        run.join(target, e);
      } else {
        run.found(e);
      }
    }
    List<MispCluster> clusters = new ArrayList<>();
    for (MispCluster c : graph.mispClusters()) {
      if (mispCategory.equals(c.galaxyCategory())) {
        clusters.add(c);
      }
    }
    // a fixed order (not import order) keeps linking deterministic
    clusters.sort(Comparator.comparingInt(EntityLinker::galaxyRank)
        .thenComparing(MispCluster::galaxyType)
        .thenComparing(MispCluster::uuid));
    for (MispCluster c : clusters) {
      String target = resolveById(c, idPattern, urlPattern, run);
      if (target == null) {
        target = resolveByOwnName(c, run);
      }
      if (target == null) {
        target = resolveByName(c, run);
      }
      if (target == null) {
        target = resolveByRelation(c, run);
      }
      if (target == null) {
        run.found(c);
      } else {
        run.join(target, c);
      }
    }
    return run.finish();
  }

  private static int galaxyRank(MispCluster c) {
    int i = ACTOR_GALAXY_ORDER.indexOf(c.galaxyType());
    return i < 0 ? ACTOR_GALAXY_ORDER.size() : i;
  }

  private String resolveById(MispCluster c, Pattern idPattern, Pattern urlPattern, Run run) {
    Set<String> targets = new LinkedHashSet<>();
    for (String s : c.synonyms()) {
      if (idPattern.matcher(s.trim()).matches()) {
        addAttackTarget(s.trim(), targets, run);
      }
    }
    for (String ref : c.refs()) {
      Matcher m = urlPattern.matcher(ref);
      if (m.find()) {
        addAttackTarget(m.group(1), targets, run);
      }
    }
    return targets.size() == 1 ? targets.iterator().next() : null;
  }

  private void addAttackTarget(String attackId, Set<String> targets, Run run) {
    StixEntity e = graph.byAttackId(attackId);
    if (e != null) {
      String key = run.memberOf.get(e.id());
      if (key != null) {
        targets.add(key);
      }
    }
  }

  private static String resolveByOwnName(MispCluster c, Run run) {
    Set<String> founders = run.founderNames.getOrDefault(Names.normalize(c.value()), Set.of());
    return founders.size() == 1 ? founders.iterator().next() : null;
  }

  private String resolveByName(MispCluster c, Run run) {
    Map<String, Integer> score = new HashMap<>();
    Set<String> seen = new HashSet<>();
    boolean first = true;
    for (String name : c.names()) {
      String norm = Names.normalize(name);
      if (norm.isEmpty() || !seen.add(norm)) {
        first = false;
        continue;
      }
      for (String key : run.anchors.getOrDefault(norm, Set.of())) {
        score.merge(key, first ? 2 : 1, Integer::sum);
      }
      first = false;
    }
    String best = null;
    int bestScore = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (e.getValue() == bestScore) {
        tie = true;
      }
    }
    return bestScore >= 2 && !tie ? best : null;
  }

  private String resolveByRelation(MispCluster c, Run run) {
    Set<String> targets = new LinkedHashSet<>();
    for (MispCluster.Related r : c.related()) {
      if (!SAME_RELATIONS.contains(r.type())) {
        continue;
      }
      for (MispCluster other : graph.mispByUuid(r.uuid())) {
        String key = run.memberOf.get(other.key());
        if (key != null) {
          targets.add(key);
        }
      }
    }
    return targets.size() == 1 ? targets.iterator().next() : null;
  }

  /** Mutable state of one linking run. */
  private final class Run {
    final EntityKind kind;
    final Map<String, Builder> builders = new LinkedHashMap<>();
    final Map<String, Set<String>> anchors = new HashMap<>();
    /** Normalised names of the STIX objects that founded an entity, to their entity keys. */
    final Map<String, Set<String>> founderNames = new HashMap<>();
    final Map<String, String> memberOf = new HashMap<>();
    final List<AliasClaim> claims = new ArrayList<>();

    Run(EntityKind kind) {
      this.kind = kind;
    }

    void found(StixEntity e) {
      Builder b = new Builder(e.id(), e.name(), e.attackId(), e.id(), !e.live());
      builders.put(e.id(), b);
      join(e.id(), e);
      anchor(e.id(), e.name());
      e.aliases().forEach(a -> anchor(e.id(), a));
      String norm = Names.normalize(e.name());
      if (!norm.isEmpty()) {
        founderNames.computeIfAbsent(norm, k -> new LinkedHashSet<>()).add(e.id());
      }
    }

    void found(MispCluster c) {
      Builder b = new Builder(c.key(), c.value(), null, null, false);
      builders.put(c.key(), b);
      join(c.key(), c);
      c.names().forEach(n -> anchor(c.key(), n));
    }

    void anchor(String key, String name) {
      String norm = Names.normalize(name);
      if (!norm.isEmpty()) {
        anchors.computeIfAbsent(norm, k -> new LinkedHashSet<>()).add(key);
      }
    }

    void join(String key, StixEntity e) {
      Builder b = builders.get(key);
      b.members.add(e.id());
      memberOf.put(e.id(), key);
      String source = e.attackId() != null ? "MITRE ATT&CK" : "STIX";
      String file = graph.originOf(e.id());
      boolean founder = key.equals(e.id());
      claim(key, e.name(), founder ? AliasClaim.Role.NAME : AliasClaim.Role.ALIAS,
          new AliasSource(source, file, e.id(), e.name(), null, citationsFor(e, e.name())));
      for (String alias : e.aliases()) {
        claim(key, alias, AliasClaim.Role.ALIAS,
            new AliasSource(source, file, e.id(), e.name(), null, citationsFor(e, alias)));
      }
      AliasSource idSource = new AliasSource(source, file, e.id(), e.name(), null, List.of());
      if (e.attackId() != null) {
        claim(key, e.attackId(), AliasClaim.Role.ID, idSource);
      }
      claim(key, e.id(), AliasClaim.Role.ID, idSource);
    }

    void join(String key, MispCluster c) {
      Builder b = builders.get(key);
      b.members.add(c.key());
      memberOf.put(c.key(), key);
      String source = "MISP galaxy " + c.galaxyType();
      String file = graph.originOf(c.key());
      boolean founder = key.equals(c.key());
      String ownVendor = GALAXY_NAMING_VENDOR.get(c.galaxyType());
      boolean firstName = true;
      for (String name : c.names()) {
        String vendor = c.nameVendors().get(name);
        if (vendor == null && firstName) {
          vendor = ownVendor;
        }
        claim(key, name, founder && firstName ? AliasClaim.Role.NAME : AliasClaim.Role.ALIAS,
            new AliasSource(source, file, c.key(), c.value(), vendor, List.of()));
        firstName = false;
      }
      AliasSource idSource = new AliasSource(source, file, c.key(), c.value(), null, List.of());
      claim(key, c.uuid(), AliasClaim.Role.ID, idSource);
    }

    void claim(String key, String name, AliasClaim.Role role, AliasSource source) {
      if (name == null || name.isBlank()) {
        return;
      }
      AliasClaim claim = AliasClaim.of(name.trim(), key, role, source);
      if (!claim.norm().isEmpty()) {
        claims.add(claim);
      }
    }

    Linking finish() {
      List<CanonicalEntity> entities = new ArrayList<>(builders.size());
      for (Builder b : builders.values()) {
        entities.add(new CanonicalEntity(b.key, kind, b.name, b.attackId, b.stixId, List.copyOf(b.members), b.deprecated));
      }
      return new Linking(List.copyOf(entities), List.copyOf(claims), Map.copyOf(memberOf));
    }
  }

  /** ATT&CK cites each alias in an external reference whose source_name is the alias. */
  private static List<String> citationsFor(StixEntity e, String alias) {
    ExternalReference r = e.reference(alias);
    if (r == null || r.description() == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Matcher m = CITATION.matcher(r.description());
    while (m.find()) {
      out.add(m.group(1));
    }
    return List.copyOf(out);
  }

  private static final Pattern CITATION = Pattern.compile("\\(Citation: ([^)]+)\\)");

  private static final class Builder {
    final String key;
    final String name;
    final String attackId;
    final String stixId;
    final boolean deprecated;
    final List<String> members = new ArrayList<>();

    Builder(String key, String name, String attackId, String stixId, boolean deprecated) {
      this.key = key;
      this.name = name;
      this.attackId = attackId;
      this.stixId = stixId;
      this.deprecated = deprecated;
    }
  }
}
