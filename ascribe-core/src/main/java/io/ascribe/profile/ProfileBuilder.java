package io.ascribe.profile;

import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.AliasSource;
import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.geo.Countries;
import io.ascribe.model.ExternalReference;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.MispCluster;
import io.ascribe.model.Relationship;
import io.ascribe.model.StixEntity;
import io.ascribe.profile.Profiles.Actor;
import io.ascribe.profile.Profiles.Alias;
import io.ascribe.profile.Profiles.Campaign;
import io.ascribe.profile.Profiles.Description;
import io.ascribe.profile.Profiles.Member;
import io.ascribe.profile.Profiles.Reference;
import io.ascribe.profile.Profiles.Software;
import io.ascribe.profile.Profiles.SponsorClaim;
import io.ascribe.profile.Profiles.Target;
import io.ascribe.profile.Profiles.Technique;
import io.ascribe.profile.Profiles.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link Profiles} read model from the graph and the two linkings (actors, software).
 * Every fact in a profile names its source.
 */
public final class ProfileBuilder {
  private final KnowledgeGraph graph;
  private final Linking actors;
  private final Linking software;
  private final Countries countries = new Countries();

  public ProfileBuilder(KnowledgeGraph graph, Linking actors, Linking software) {
    this.graph = graph;
    this.actors = actors;
    this.software = software;
  }

  /** One profile per canonical actor, in linking order. */
  public List<Actor> actors() {
    Map<String, List<AliasClaim>> claims = claimsByEntity(actors);
    List<Actor> out = new ArrayList<>();
    for (CanonicalEntity e : actors.entities()) {
      out.add(actor(e, claims.getOrDefault(e.key(), List.of())));
    }
    return out;
  }

  /** One profile per canonical piece of software. */
  public List<Software> software() {
    Map<String, List<AliasClaim>> claims = claimsByEntity(software);
    List<Software> out = new ArrayList<>();
    for (CanonicalEntity e : software.entities()) {
      out.add(software(e, claims.getOrDefault(e.key(), List.of())));
    }
    return out;
  }

  /** One profile per attack pattern, live or not (so a revoked id still answers). */
  public List<Technique> techniques() {
    List<Technique> out = new ArrayList<>();
    for (StixEntity t : graph.stixOfType("attack-pattern")) {
      out.add(technique(t));
    }
    out.sort(Comparator.comparing(t -> t.attackId() == null ? "~" + t.key() : t.attackId()));
    return out;
  }

  private static Map<String, List<AliasClaim>> claimsByEntity(Linking linking) {
    Map<String, List<AliasClaim>> m = new LinkedHashMap<>();
    for (AliasClaim c : linking.claims()) {
      m.computeIfAbsent(c.entityKey(), k -> new ArrayList<>()).add(c);
    }
    return m;
  }

  private Actor actor(CanonicalEntity e, List<AliasClaim> claims) {
    List<StixEntity> stixMembers = stixMembers(e);
    List<MispCluster> mispMembers = mispMembers(e);
    Map<String, UsageBuilder> techniques = new LinkedHashMap<>();
    Map<String, UsageBuilder> tools = new LinkedHashMap<>();
    DateRange reported = new DateRange();
    for (StixEntity m : stixMembers) {
      m.references().forEach(r -> reported.add(CitationDates.parse(r.description())));
      for (Relationship r : graph.from(m.id())) {
        if (!r.type().equals("uses") || r.revoked() || r.deprecated()) {
          continue;
        }
        StixEntity target = liveTarget(r.targetRef());
        if (target == null) {
          continue;
        }
        r.references().forEach(x -> reported.add(CitationDates.parse(x.description())));
        if (target.type().equals("attack-pattern")) {
          techniques.computeIfAbsent(target.id(), k -> new UsageBuilder(target.id(), target.attackId(), target.name())).add(r);
        } else if (target.type().equals("malware") || target.type().equals("tool")) {
          String key = software.memberOf().getOrDefault(target.id(), target.id());
          CanonicalEntity sw = software.entity(key);
          tools.computeIfAbsent(key, k -> new UsageBuilder(key, sw == null ? target.attackId() : sw.attackId(),
              sw == null ? target.name() : sw.name())).add(r);
        }
      }
    }
    List<Campaign> campaigns = new ArrayList<>();
    String firstSeen = null;
    String lastSeen = null;
    for (StixEntity m : stixMembers) {
      for (Relationship r : graph.to(m.id())) {
        StixEntity c = graph.stix(r.sourceRef());
        if (r.type().equals("attributed-to") && c != null && c.type().equals("campaign") && !r.revoked()) {
          campaigns.add(new Campaign(c.attackId(), c.name(), day(c.firstSeen()), day(c.lastSeen())));
          firstSeen = min(firstSeen, day(c.firstSeen()));
          lastSeen = max(lastSeen, day(c.lastSeen()));
        }
      }
    }
    campaigns.sort(Comparator.comparing(c -> c.firstSeen() == null ? "~" : c.firstSeen()));
    return new Actor(
        e.key(), e.name(), e.attackId(), e.stixId(), e.deprecated(),
        members(e), aliases(claims), sponsorClaims(mispMembers),
        countryTargets(mispMembers), sectorTargets(mispMembers),
        sorted(techniques), sorted(tools), List.copyOf(campaigns),
        firstSeen, lastSeen, reported.first, reported.last,
        references(stixMembers, mispMembers), descriptions(stixMembers, mispMembers));
  }

  private Software software(CanonicalEntity e, List<AliasClaim> claims) {
    List<StixEntity> stixMembers = stixMembers(e);
    List<MispCluster> mispMembers = mispMembers(e);
    Map<String, UsageBuilder> users = new LinkedHashMap<>();
    Map<String, UsageBuilder> techniques = new LinkedHashMap<>();
    List<String> platforms = new ArrayList<>();
    String type = null;
    for (StixEntity m : stixMembers) {
      type = type == null ? m.type() : type;
      m.platforms().stream().filter(p -> !platforms.contains(p)).forEach(platforms::add);
      for (Relationship r : graph.to(m.id())) {
        StixEntity src = graph.stix(r.sourceRef());
        if (r.type().equals("uses") && !r.revoked() && src != null && isActor(src)) {
          addActorUsage(users, src, r);
        }
      }
      for (Relationship r : graph.from(m.id())) {
        StixEntity target = liveTarget(r.targetRef());
        if (r.type().equals("uses") && !r.revoked() && target != null && target.type().equals("attack-pattern")) {
          techniques.computeIfAbsent(target.id(), k -> new UsageBuilder(target.id(), target.attackId(), target.name())).add(r);
        }
      }
    }
    if (type == null && !mispMembers.isEmpty()) {
      type = "misp:" + mispMembers.get(0).galaxyType();
    }
    return new Software(
        e.key(), e.name(), e.attackId(), type, e.deprecated(), members(e), aliases(claims),
        List.copyOf(platforms), sorted(users), sorted(techniques),
        references(stixMembers, mispMembers), descriptions(stixMembers, mispMembers));
  }

  private Technique technique(StixEntity t) {
    Map<String, UsageBuilder> actorsUsing = new LinkedHashMap<>();
    Map<String, UsageBuilder> softwareUsing = new LinkedHashMap<>();
    List<Usage> subs = new ArrayList<>();
    for (Relationship r : graph.to(t.id())) {
      if (r.revoked() || r.deprecated()) {
        continue;
      }
      StixEntity src = graph.stix(r.sourceRef());
      if (src == null) {
        continue;
      }
      if (r.type().equals("uses") && isActor(src)) {
        addActorUsage(actorsUsing, src, r);
      } else if (r.type().equals("uses") && (src.type().equals("malware") || src.type().equals("tool"))) {
        String key = software.memberOf().getOrDefault(src.id(), src.id());
        CanonicalEntity sw = software.entity(key);
        softwareUsing.computeIfAbsent(key, k -> new UsageBuilder(key, sw == null ? src.attackId() : sw.attackId(),
            sw == null ? src.name() : sw.name())).add(r);
      } else if (r.type().equals("subtechnique-of") && src.live()) {
        subs.add(new Usage(src.id(), src.attackId(), src.name(), 0, List.of()));
      }
    }
    subs.sort(Comparator.comparing(Usage::attackId));
    String parentId = graph.parentOf(t.id());
    StixEntity parent = parentId == null ? null : graph.stix(parentId);
    String revokedBy = t.revoked() ? graph.replacementOf(t.id()) : null;
    StixEntity replacement = revokedBy == null ? null : graph.stix(revokedBy);
    return new Technique(
        t.id(), t.attackId(), t.name(), t.tactics(), t.platforms(),
        parent == null ? null : new Usage(parent.id(), parent.attackId(), parent.name(), 0, List.of()),
        List.copyOf(subs), t.revoked(), t.deprecated(),
        replacement == null ? revokedBy : replacement.attackId() + " " + replacement.name(),
        t.description(), sorted(actorsUsing), sorted(softwareUsing));
  }

  private void addActorUsage(Map<String, UsageBuilder> users, StixEntity src, Relationship r) {
    String key = actors.memberOf().getOrDefault(src.id(), src.id());
    CanonicalEntity a = actors.entity(key);
    users.computeIfAbsent(key, k -> new UsageBuilder(key, a == null ? src.attackId() : a.attackId(),
        a == null ? src.name() : a.name())).add(r);
  }

  private static boolean isActor(StixEntity e) {
    return e.type().equals("intrusion-set") || e.type().equals("threat-actor");
  }

  /** The target of a relationship when it is a live object, following revocations. */
  private StixEntity liveTarget(String id) {
    StixEntity t = graph.stix(id);
    if (t != null && t.revoked()) {
      String replacement = graph.replacementOf(id);
      t = replacement == null ? null : graph.stix(replacement);
    }
    return t == null || t.deprecated() ? null : t;
  }

  private List<StixEntity> stixMembers(CanonicalEntity e) {
    List<StixEntity> out = new ArrayList<>();
    for (String k : e.members()) {
      StixEntity s = graph.stix(k);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private List<MispCluster> mispMembers(CanonicalEntity e) {
    Set<String> keys = new LinkedHashSet<>(e.members());
    List<MispCluster> out = new ArrayList<>();
    for (String k : keys) {
      if (k.startsWith("misp:")) {
        String uuid = k.substring(k.lastIndexOf(':') + 1);
        for (MispCluster c : graph.mispByUuid(uuid)) {
          if (c.key().equals(k)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  private List<Member> members(CanonicalEntity e) {
    List<Member> out = new ArrayList<>();
    for (String k : e.members()) {
      StixEntity s = graph.stix(k);
      if (s != null) {
        out.add(new Member(k, s.attackId() != null ? "MITRE ATT&CK" : "STIX", s.name(), graph.originOf(k)));
      }
    }
    for (MispCluster c : mispMembers(e)) {
      out.add(new Member(c.key(), "MISP galaxy " + c.galaxyType(), c.value(), graph.originOf(c.key())));
    }
    return out;
  }

  private static List<Alias> aliases(List<AliasClaim> claims) {
    Map<String, String> display = new LinkedHashMap<>();
    Map<String, List<AliasSource>> sources = new LinkedHashMap<>();
    for (AliasClaim c : claims) {
      if (c.role() == AliasClaim.Role.ID) {
        continue;
      }
      display.putIfAbsent(c.norm(), c.name());
      List<AliasSource> list = sources.computeIfAbsent(c.norm(), k -> new ArrayList<>());
      if (!list.contains(c.source())) {
        list.add(c.source());
      }
    }
    List<Alias> out = new ArrayList<>();
    display.forEach((norm, name) -> out.add(new Alias(name, List.copyOf(sources.get(norm)))));
    return out;
  }

  private List<SponsorClaim> sponsorClaims(List<MispCluster> clusters) {
    List<SponsorClaim> out = new ArrayList<>();
    for (MispCluster c : clusters) {
      String galaxy = "MISP galaxy " + c.galaxyType();
      if (c.country() != null) {
        String claimant = switch (c.galaxyType()) {
          case "microsoft-activity-group" -> "Microsoft (via " + galaxy + ")";
          case "360net-threat-actor" -> "360.net (via " + galaxy + ")";
          default -> galaxy;
        };
        out.add(new SponsorClaim(countries.toIso2(c.country()), c.country(), claimant, "meta.country",
            c.attributionConfidence(), c.key()));
      }
      if (c.stateSponsor() != null) {
        out.add(new SponsorClaim(countries.toIso2(c.stateSponsor()), c.stateSponsor(),
            "CFR Cyber Operations Tracker (via " + galaxy + ")", "cfr-suspected-state-sponsor",
            c.attributionConfidence(), c.key()));
      }
    }
    return out;
  }

  private List<Target> countryTargets(List<MispCluster> clusters) {
    return targets(clusters, MispCluster::victims, countries::toIso2);
  }

  private List<Target> sectorTargets(List<MispCluster> clusters) {
    List<Target> categories = targets(clusters, MispCluster::targetCategories, s -> null);
    List<Target> sectors = targets(clusters, MispCluster::sectors, s -> null);
    List<Target> out = new ArrayList<>(categories);
    out.addAll(sectors);
    return out;
  }

  private static List<Target> targets(
      List<MispCluster> clusters, Function<MispCluster, List<String>> field, Function<String, String> code) {
    Map<String, Target> byKey = new LinkedHashMap<>();
    for (MispCluster c : clusters) {
      for (String v : field.apply(c)) {
        String iso = code.apply(v);
        String key = iso != null ? iso : v.toLowerCase(java.util.Locale.ROOT);
        Target t = byKey.get(key);
        List<String> sources = new ArrayList<>(t == null ? List.of() : t.sources());
        String src = "MISP galaxy " + c.galaxyType();
        if (!sources.contains(src)) {
          sources.add(src);
        }
        byKey.put(key, new Target(t == null ? v : t.name(), iso, List.copyOf(sources)));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<Reference> references(List<StixEntity> stix, List<MispCluster> misp) {
    Map<String, Reference> byUrl = new LinkedHashMap<>();
    for (StixEntity s : stix) {
      for (ExternalReference r : s.references()) {
        if (r.url() != null && !"mitre-attack".equals(r.sourceName())) {
          byUrl.putIfAbsent(r.url(), new Reference(r.sourceName(), r.url(), r.description()));
        }
      }
    }
    for (MispCluster c : misp) {
      for (String url : c.refs()) {
        byUrl.putIfAbsent(url, new Reference("MISP galaxy " + c.galaxyType(), url, null));
      }
    }
    return List.copyOf(byUrl.values());
  }

  private static List<Description> descriptions(List<StixEntity> stix, List<MispCluster> misp) {
    List<Description> out = new ArrayList<>();
    for (StixEntity s : stix) {
      if (s.description() != null && !s.description().isBlank()) {
        out.add(new Description(s.attackId() != null ? "MITRE ATT&CK" : "STIX", s.description()));
      }
    }
    for (MispCluster c : misp) {
      if (c.description() != null && !c.description().isBlank()) {
        out.add(new Description("MISP galaxy " + c.galaxyType(), c.description()));
      }
    }
    return out;
  }

  private static List<Usage> sorted(Map<String, UsageBuilder> m) {
    return m.values().stream()
        .map(UsageBuilder::build)
        .sorted(Comparator.comparingInt(Usage::citations).reversed()
            .thenComparing(u -> u.attackId() == null ? "~" : u.attackId()))
        .toList();
  }

  private static String day(String timestamp) {
    return timestamp == null || timestamp.length() < 10 ? timestamp : timestamp.substring(0, 10);
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }

  /** Earliest and latest of a set of partial ISO dates. */
  private static final class DateRange {
    String first;
    String last;

    void add(String date) {
      first = min(first, date);
      last = max(last, date);
    }
  }

  private static final class UsageBuilder {
    final String key;
    final String attackId;
    final String name;
    final Set<String> citations = new LinkedHashSet<>();

    UsageBuilder(String key, String attackId, String name) {
      this.key = key;
      this.attackId = attackId;
      this.name = name;
    }

    void add(Relationship r) {
      citations.addAll(r.citations());
    }

    Usage build() {
      return new Usage(key, attackId, name, citations.size(), List.copyOf(citations));
    }
  }
}
