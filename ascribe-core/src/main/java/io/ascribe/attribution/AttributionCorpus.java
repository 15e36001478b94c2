package io.ascribe.attribution;

import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.alias.Names;
import io.ascribe.geo.Countries;
import io.ascribe.model.Indicator;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.MispCluster;
import io.ascribe.model.Relationship;
import io.ascribe.model.StixEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the knowledge base says about each candidate actor, as the engine learns from it: one
 * {@link Fact} per piece of behaviour or victimology, each with the citations behind it, so that
 * the benchmark can rebuild a profile without one report.
 *
 * <p>Candidates are canonical actors with at least one technique or software fact; actors known
 * only by name (most MISP-only clusters) are part of the "unknown actor" hypothesis.
 */
public final class AttributionCorpus {

  /** Where a fact comes from. */
  public enum Origin {
    /** The actor's own {@code uses} relationship. */
    DIRECT,
    /** A {@code uses} relationship of a campaign attributed to the actor. */
    CAMPAIGN,
    /** A technique that software the actor uses implements. */
    VIA_SOFTWARE,
    /** Victimology from MISP galaxies; never tied to a report. */
    MISP,
    /** An imported STIX indicator that indicates the actor. */
    INDICATOR,
    /** An ingested document that attributes activity to the actor (see {@link Sighting}). */
    CORPUS,
    /**
     * Victims named in the ATT&CK description of the actor's intrusion set or of a campaign
     * attributed to it; {@link Fact#via()} is the described object's STIX id.
     */
    DESCRIPTION
  }

  /**
   * Where a {@link Origin#CORPUS} fact was seen: the document that ties it to the actor.
   *
   * @param document the document's key (its SHA-256)
   * @param date when the document says the activity was reported (ISO date, yyyy or yyyy-mm), or null
   * @param claimant who ties the document to the actor (a vendor, a state, "analyst"), or null
   * @param confidence how sure the link is, in (0, 1]: 1 when an analyst declared the document's
   *     actor, lower when it was inferred from the text
   */
  public record Sighting(String document, String title, String date, String claimant, double confidence) {}

  /**
   * One thing known about an actor.
   *
   * @param feature the model feature, e.g. {@code t:T1059.001}, {@code s:<software key>}, {@code
   *     vc:US}, {@code vs:government}, {@code i:203.0.113.7}
   * @param citations the reports behind it (empty when it has none)
   * @param via for {@link Origin#VIA_SOFTWARE}, the software feature it comes through; for {@link
   *     Origin#CAMPAIGN}, the campaign's STIX id; for {@link Origin#DESCRIPTION}, the STIX id of the
   *     intrusion set or campaign whose description names it
   * @param sighting for {@link Origin#CORPUS}, the document it was seen in; null otherwise
   */
  public record Fact(
      String feature, EvidenceKind kind, Set<String> citations, Origin origin, String via, Sighting sighting) {

    /** A fact from the knowledge base, which has no sighting. */
    public Fact(String feature, EvidenceKind kind, Set<String> citations, Origin origin, String via) {
      this(feature, kind, citations, origin, via, null);
    }
  }

  /**
   * A candidate actor with its facts.
   *
   * @param activeFrom earliest date the actor is known active or reported (yyyy or yyyy-mm[-dd]), or null
   * @param sponsorCountries ISO codes that sources claim sponsor or host the actor
   */
  public record Actor(
      String key,
      String name,
      String attackId,
      String stixId,
      List<String> stixMembers,
      List<Fact> facts,
      String activeFrom,
      String activeTo,
      Set<String> sponsorCountries) {}

  private final List<Actor> actors;
  private final Map<String, String> displayNames;

  private AttributionCorpus(List<Actor> actors, Map<String, String> displayNames) {
    this.actors = List.copyOf(actors);
    this.displayNames = Map.copyOf(displayNames);
  }

  /** Candidate actors, in linking order. */
  public List<Actor> actors() {
    return actors;
  }

  /**
   * The same candidates with the knowledge base's facts only ({@link Origin#CORPUS} facts dropped):
   * what the ranker's weights are learned and its leave-one-report-out cases drawn from, so that an
   * ingested copy of an ATT&CK report cannot leak into the case that holds that report out, and the
   * learned weights do not change with every ingest.
   */
  public AttributionCorpus withoutDocuments() {
    List<Actor> kbOnly = new ArrayList<>();
    for (Actor a : actors) {
      kbOnly.add(new Actor(a.key(), a.name(), a.attackId(), a.stixId(), a.stixMembers(),
          a.facts().stream().filter(f -> f.origin() != Origin.CORPUS).toList(), a.activeFrom(), a.activeTo(),
          a.sponsorCountries()));
    }
    return new AttributionCorpus(kbOnly, displayNames);
  }

  /** A readable name for a feature ("PowerShell", "Cobalt Strike"), or the feature value. */
  public String displayName(String feature) {
    return displayNames.getOrDefault(feature, feature.substring(feature.indexOf(':') + 1));
  }

  /** Builds the corpus from the linked knowledge graph. */
  public static AttributionCorpus build(KnowledgeGraph graph, Linking actorLinks, Linking softwareLinks) {
    return build(graph, actorLinks, softwareLinks, Map.of());
  }

  /**
   * Builds the corpus from the linked knowledge graph plus what ingested documents tie to actors.
   *
   * @param documentFacts {@link Origin#CORPUS} facts by canonical actor key (see {@code
   *     io.ascribe.corpus.CorpusFacts}); keys that name no actor are ignored
   */
  public static AttributionCorpus build(
      KnowledgeGraph graph, Linking actorLinks, Linking softwareLinks, Map<String, List<Fact>> documentFacts) {
    return new Builder(graph, actorLinks, softwareLinks, documentFacts).build();
  }

  /** The feature for a technique id. */
  public static String techniqueFeature(String attackId) {
    return "t:" + attackId;
  }

  /** The family feature of a technique id: its parent technique (or itself). */
  public static String familyFeature(String techniqueFeature) {
    String id = techniqueFeature.substring(2);
    int dot = id.indexOf('.');
    return "f:" + (dot < 0 ? id : id.substring(0, dot));
  }

  /** The feature for a canonical software key. */
  public static String softwareFeature(String softwareKey) {
    return "s:" + softwareKey;
  }

  /**
   * The feature for a victim sector name: one name per sector however a source spells it ("Finance",
   * "Financial", "Banks" are {@code vs:financial}; see {@code victim-cues.tsv}), else the name normalised.
   */
  public static String sectorFeature(String sector) {
    String canonical = VictimCues.get().sector(sector);
    return "vs:" + Names.normalize(canonical != null ? canonical : sector);
  }

  private static final class Builder {
    final KnowledgeGraph graph;
    final Linking actorLinks;
    final Linking softwareLinks;
    final Countries countries = new Countries();
    final Map<String, String> display = new HashMap<>();
    final Map<String, List<Relationship>> softwareUses = new HashMap<>();
    final Map<String, List<Fact>> documentFacts;

    Builder(KnowledgeGraph graph, Linking actorLinks, Linking softwareLinks, Map<String, List<Fact>> documentFacts) {
      this.graph = graph;
      this.actorLinks = actorLinks;
      this.softwareLinks = softwareLinks;
      this.documentFacts = documentFacts;
    }

    AttributionCorpus build() {
      indexSoftware();
      List<Actor> out = new ArrayList<>();
      for (CanonicalEntity e : actorLinks.entities()) {
        Actor a = actor(e);
        if (a.facts().stream().anyMatch(f -> f.kind() == EvidenceKind.TECHNIQUE || f.kind() == EvidenceKind.SOFTWARE)) {
          out.add(a);
        }
      }
      return new AttributionCorpus(out, display);
    }

    /** For each canonical software, the technique relationships of its STIX members. */
    void indexSoftware() {
      for (CanonicalEntity sw : softwareLinks.entities()) {
        String feature = softwareFeature(sw.key());
        display.put(feature, sw.name() + (sw.attackId() == null ? "" : " (" + sw.attackId() + ")"));
        List<Relationship> uses = new ArrayList<>();
        for (String member : sw.members()) {
          for (Relationship r : graph.from(member)) {
            StixEntity t = live(r.targetRef());
            if (r.type().equals("uses") && !r.revoked() && !r.deprecated() && t != null
                && t.type().equals("attack-pattern") && t.attackId() != null) {
              uses.add(r);
            }
          }
        }
        if (!uses.isEmpty()) {
          softwareUses.put(feature, uses);
        }
      }
    }

    Actor actor(CanonicalEntity e) {
      List<Fact> facts = new ArrayList<>();
      List<String> stixMembers = new ArrayList<>();
      String from = null;
      String to = null;
      Set<String> sponsors = new LinkedHashSet<>();
      List<StixEntity> described = new ArrayList<>();
      for (String member : e.members()) {
        StixEntity m = graph.stix(member);
        if (m != null) {
          stixMembers.add(member);
          described.add(m);
          addUses(member, Origin.DIRECT, facts);
          for (Relationship r : graph.to(member)) {
            StixEntity src = graph.stix(r.sourceRef());
            if (r.revoked() || src == null) {
              continue;
            }
            if (r.type().equals("attributed-to") && src.type().equals("campaign")) {
              addUses(src.id(), Origin.CAMPAIGN, facts);
              described.add(src);
              from = min(from, day(src.firstSeen()));
              to = max(to, day(src.lastSeen()));
            }
          }
          for (Relationship r : graph.to(member)) {
            Indicator ind = graph.indicator(r.sourceRef());
            if (r.type().equals("indicates") && ind != null) {
              for (String v : ind.values()) {
                facts.add(new Fact("i:" + v, EvidenceKind.INDICATOR, ordered(r.citations()), Origin.INDICATOR, null));
              }
            }
          }
          for (var ref : m.references()) {
            String d = citationYear(ref.description());
            from = min(from, d);
            to = max(to, d);
          }
        }
        for (MispCluster c : misp(member)) {
          for (String v : c.victims()) {
            String iso = countries.toIso2(v);
            if (iso != null) {
              facts.add(new Fact("vc:" + iso, EvidenceKind.VICTIM_COUNTRY, Set.of(), Origin.MISP, null));
            }
          }
          List<String> sectors = new ArrayList<>(c.targetCategories());
          sectors.addAll(c.sectors());
          for (String s : sectors) {
            facts.add(new Fact(sectorFeature(s), EvidenceKind.VICTIM_SECTOR, Set.of(), Origin.MISP, null));
          }
          for (String claimed : new String[] {c.country(), c.stateSponsor()}) {
            String iso = countries.toIso2(claimed);
            if (iso != null) {
              sponsors.add(iso);
            }
          }
        }
      }
      addDescribedVictims(described, sponsors, facts);
      facts.addAll(documentFacts.getOrDefault(e.key(), List.of()));
      addSoftwareTechniques(facts);
      return new Actor(e.key(), e.name(), e.attackId(), e.stixId(), List.copyOf(stixMembers), List.copyOf(facts),
          from, to, ordered(sponsors));
    }

    /**
     * Victims named in the descriptions of the actor's intrusion sets and campaigns, each citing the
     * described object; the actor's claimed sponsor countries are never taken as its victims.
     */
    void addDescribedVictims(List<StixEntity> described, Set<String> sponsors, List<Fact> facts) {
      Set<String> seen = new java.util.HashSet<>();
      for (StixEntity d : described) {
        if (d.revoked() || d.deprecated()) {
          continue;
        }
        for (VictimCues.Mention v : VictimCues.get().scan(d.description(), sponsors)) {
          if (seen.add(v.feature() + "|" + d.id())) {
            display.putIfAbsent(d.id(), (d.attackId() == null ? "" : d.attackId() + " ") + d.name());
            facts.add(new Fact(v.feature(), v.kind(), Set.of(), Origin.DESCRIPTION, d.id()));
          }
        }
      }
    }

    void addUses(String sourceId, Origin origin, List<Fact> facts) {
      for (Relationship r : graph.from(sourceId)) {
        if (!r.type().equals("uses") || r.revoked() || r.deprecated()) {
          continue;
        }
        StixEntity t = live(r.targetRef());
        if (t == null) {
          continue;
        }
        Set<String> cites = ordered(r.citations());
        if (t.type().equals("attack-pattern") && t.attackId() != null) {
          String f = techniqueFeature(t.attackId());
          display.putIfAbsent(f, t.attackId() + " " + t.name());
          facts.add(new Fact(f, EvidenceKind.TECHNIQUE, cites, origin, via(origin, sourceId)));
        } else if (t.type().equals("malware") || t.type().equals("tool")) {
          String key = softwareLinks.memberOf().getOrDefault(t.id(), t.id());
          facts.add(new Fact(softwareFeature(key), EvidenceKind.SOFTWARE, cites, origin, via(origin, sourceId)));
        }
      }
    }

    private static String via(Origin origin, String sourceId) {
      return origin == Origin.CAMPAIGN ? sourceId : null;
    }

    /** Techniques the actor's software implements, as weaker facts tied to the software fact. */
    void addSoftwareTechniques(List<Fact> facts) {
      Set<String> softwareFeatures = new LinkedHashSet<>();
      for (Fact f : facts) {
        // corpus software is weighed as context (ToolOverlap), so it lends the profile no techniques
        if (f.kind() == EvidenceKind.SOFTWARE && f.origin() != Origin.CORPUS) {
          softwareFeatures.add(f.feature());
        }
      }
      for (String sf : softwareFeatures) {
        for (Relationship r : softwareUses.getOrDefault(sf, List.of())) {
          StixEntity t = live(r.targetRef());
          String f = techniqueFeature(t.attackId());
          display.putIfAbsent(f, t.attackId() + " " + t.name());
          facts.add(new Fact(f, EvidenceKind.TECHNIQUE, ordered(r.citations()), Origin.VIA_SOFTWARE, sf));
        }
      }
    }

    List<MispCluster> misp(String key) {
      if (!key.startsWith("misp:")) {
        return List.of();
      }
      List<MispCluster> out = new ArrayList<>();
      for (MispCluster c : graph.mispByUuid(key.substring(key.lastIndexOf(':') + 1))) {
        if (c.key().equals(key)) {
          out.add(c);
        }
      }
      return out;
    }

    StixEntity live(String id) {
      StixEntity t = graph.stix(id);
      if (t != null && t.revoked()) {
        String replacement = graph.replacementOf(id);
        t = replacement == null ? null : graph.stix(replacement);
      }
      return t == null || t.deprecated() ? null : t;
    }
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\((\\d{4})[,)]");

  private static String citationYear(String citation) {
    if (citation == null) {
      return null;
    }
    java.util.regex.Matcher m = YEAR.matcher(citation);
    return m.find() ? m.group(1) : null;
  }

  /**
   * An unmodifiable set in sorted order. {@code Set.copyOf} iterates in an order that changes from
   * one JVM run to the next, which made ties (between equally similar reports) break differently
   * per run; sorted sets keep every result reproducible.
   */
  private static Set<String> ordered(java.util.Collection<String> values) {
    return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(values));
  }

  private static String day(String ts) {
    return ts == null || ts.length() < 10 ? ts : ts.substring(0, 10);
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
