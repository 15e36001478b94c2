package io.ascribe.store.actor;

import io.ascribe.actor.ActorComparison;
import io.ascribe.actor.ClosestActors;
import io.ascribe.actor.DescriptionText;
import io.ascribe.actor.Sightings;
import io.ascribe.actor.Victimology;
import io.ascribe.actor.VisibleFacts;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.alias.Names;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.store.Store;
import io.ascribe.store.documents.ClaimsNaming;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.VisibleDocuments;
import io.ascribe.store.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Puts an actor page together and compares two actors, at one reader's clearance: every fact
 * derived from a document the reader may not see (a corpus fact, a claim) is left out before
 * anything is shown or counted. What every page at one clearance shares (the cleared actors, the
 * closest-actor index, the claims' actor names) is computed once per corpus; one instance serves
 * a server's requests concurrently.
 */
public final class ActorOverviews {
  /** How many close actors an overview offers to compare with. */
  static final int CLOSEST = 6;
  private final KnowledgeBase kb;
  private final ClaimsNaming claims;
  private final VisibleDocuments documents;
  private final Supplier<AttributionCorpus> corpus;
  private final Map<Tlp, View> views = new ConcurrentHashMap<>();

  /** @param corpus the engine's view of the actors, shared with the engine (see {@code StoredCorpus}) */
  public ActorOverviews(Store store, Supplier<AttributionCorpus> corpus) {
    this.kb = new KnowledgeBase(store);
    this.claims = new ClaimsNaming(store);
    this.documents = new VisibleDocuments(store);
    this.corpus = corpus;
  }

  /** The overview of an actor whose profile the reader asked for. */
  public ActorOverview overview(Profiles.Actor profile, Tlp maxTlp) {
    View view = view(maxTlp);
    AttributionCorpus c = view.corpus();
    Optional<AttributionCorpus.Actor> engine = Optional.ofNullable(view.byKey().get(profile.key()));
    Map<String, String> sectorNames = sectorNames(profile);
    Victimology targets = engine.map(a -> Victimology.of(a, f -> sectorNames.getOrDefault(f, c.displayName(f))))
        .filter(v -> !v.isEmpty()).orElseGet(() -> fromProfile(profile));
    List<DocumentStore.LedgerEntry> naming = claimsNaming(profile, view.threatActors(), maxTlp);
    List<Profiles.Description> descriptions = profile.descriptions().stream()
        .map(d -> new Profiles.Description(d.source(), DescriptionText.plain(d.text()))).toList();
    return new ActorOverview(profile.key(), profile.name(), profile.attackId(), descriptions,
        profile.references(), withGalaxies(targets, profile), activity(profile, engine.orElse(null), naming), naming,
        engine.map(a -> view.neighbours().computeIfAbsent(a.key(), k -> view.closest().closestTo(a, CLOSEST)))
            .orElse(List.of()));
  }

  /**
   * Compares two actors by their keys (see {@link ActorNames}).
   *
   * @throws IllegalArgumentException when a key names no actor
   */
  public ActorComparison compare(String keyA, String keyB, Tlp maxTlp) {
    View view = view(maxTlp);
    AttributionCorpus c = view.corpus();
    List<AttributionCorpus.Actor> visible = view.actors();
    Map<String, String> sectorNames = new HashMap<>();
    for (String key : List.of(keyA, keyB)) {
      kb.profile(EntityKind.ACTOR, key, Profiles.Actor.class).ifPresent(p -> sectorNames.putAll(sectorNames(p)));
    }
    return ActorComparison.of(visible, engineActor(visible, keyA), engineActor(visible, keyB),
        f -> sectorNames.getOrDefault(f, c.displayName(f)));
  }

  /** The sector features of a profile's targets with the names the sources give them. */
  private static Map<String, String> sectorNames(Profiles.Actor profile) {
    Map<String, String> out = new HashMap<>();
    profile.targetedSectors().forEach(t -> out.putIfAbsent(AttributionCorpus.sectorFeature(t.name()), t.name()));
    return out;
  }

  /**
   * The claims the reader may see whose threat actor is a name of this actor (its name, ATT&amp;CK
   * id or an alias of its profile) and resolves to it through the alias index (a name two actors
   * claim and neither owns names neither), newest first.
   */
  private List<DocumentStore.LedgerEntry> claimsNaming(Profiles.Actor profile, List<String> threatActors, Tlp maxTlp) {
    if (threatActors.isEmpty()) {
      return List.of();
    }
    Set<String> norms = new HashSet<>();
    norms.add(Names.normalize(profile.name()));
    if (profile.attackId() != null) {
      norms.add(Names.normalize(profile.attackId()));
    }
    profile.aliases().forEach(a -> norms.add(Names.normalize(a.name())));
    String key = profile.key();
    Set<String> names = new LinkedHashSet<>();
    for (String n : threatActors) {
      if (norms.contains(Names.normalize(n)) && kb.lookup(EntityKind.ACTOR, n).resolved()
          .map(AliasLookup.Candidate::entityKey).filter(key::equals).isPresent()) {
        names.add(n);
      }
    }
    return claims.claims(names, maxTlp);
  }

  /**
   * What every overview at one clearance shares, over one corpus: the actors with the facts the
   * clearance allows, by key, the closest-actor index over them (and each actor's neighbours once
   * asked for), and the threat-actor names of the claims the clearance sees. Kept until the corpus changes (the server's corpus is rebuilt, as a
   * new object, whenever the knowledge base or the stored documents change).
   */
  private record View(AttributionCorpus corpus, List<AttributionCorpus.Actor> actors,
      Map<String, AttributionCorpus.Actor> byKey, ClosestActors closest, List<String> threatActors,
      Map<String, List<ClosestActors.Neighbour>> neighbours) {}

  private View view(Tlp maxTlp) {
    AttributionCorpus c = corpus.get();
    View cached = views.get(maxTlp);
    if (cached != null && cached.corpus() == c) {
      return cached;
    }
    List<AttributionCorpus.Actor> visible = visibleActors(c, maxTlp);
    Map<String, AttributionCorpus.Actor> byKey = new HashMap<>();
    visible.forEach(a -> byKey.put(a.key(), a));
    View v = new View(c, visible, byKey, ClosestActors.over(visible), claims.threatActors(maxTlp),
        new ConcurrentHashMap<>());
    views.put(maxTlp, v);
    return v;
  }

  private List<AttributionCorpus.Actor> visibleActors(AttributionCorpus c, Tlp maxTlp) {
    boolean anyDocument = c.actors().stream().anyMatch(a -> a.facts().stream().anyMatch(f -> f.sighting() != null));
    if (!anyDocument) {
      return c.actors();
    }
    Set<String> visible = documents.sha256s(maxTlp);
    return VisibleFacts.of(c.actors(), visible::contains);
  }

  private AttributionCorpus.Actor engineActor(List<AttributionCorpus.Actor> visible, String key) {
    for (AttributionCorpus.Actor a : visible) {
      if (a.key().equals(key)) {
        return a;
      }
    }
    String[] name = kb.nameOf(EntityKind.ACTOR, key)
        .orElseThrow(() -> new IllegalArgumentException("no actor has the key '" + key + "'"));
    return new AttributionCorpus.Actor(key, name[0], name[1], null, List.of(), List.of(), null, null, Set.of());
  }

  /**
   * The targets with each MISP source named by the galaxies that give it ("MISP galaxy
   * threat-actor"), as the profile records them; the engine's facts only know "MISP".
   */
  private static Victimology withGalaxies(Victimology v, Profiles.Actor p) {
    Map<String, List<String>> galaxies = new HashMap<>();
    p.targetedCountries().forEach(t -> {
      if (t.code() != null) {
        galaxies.put("vc:" + t.code(), t.sources());
      }
    });
    p.targetedSectors().forEach(t -> galaxies.merge(AttributionCorpus.sectorFeature(t.name()), t.sources(),
        (x, y) -> Stream.concat(x.stream(), y.stream()).distinct().toList()));
    return new Victimology(named(v.countries(), galaxies), named(v.sectors(), galaxies));
  }

  private static List<Victimology.Target> named(List<Victimology.Target> targets, Map<String, List<String>> galaxies) {
    List<Victimology.Target> out = new ArrayList<>();
    for (Victimology.Target t : targets) {
      List<Victimology.Source> sources = t.sources().stream()
          .map(s -> s.origin().equals("misp") && galaxies.containsKey(t.feature()) && !s.label().startsWith("MISP galaxy")
              ? new Victimology.Source(s.origin(), String.join(", ", galaxies.get(t.feature())), s.documents()) : s)
          .toList();
      out.add(new Victimology.Target(t.feature(), t.code(), t.name(), sources));
    }
    return List.copyOf(out);
  }

  /** The knowledge base's own targets, for an actor the engine does not profile. */
  private static Victimology fromProfile(Profiles.Actor p) {
    return new Victimology(targets(p.targetedCountries(), "vc:"), targets(p.targetedSectors(), "vs:"));
  }

  private static List<Victimology.Target> targets(List<Profiles.Target> targets, String prefix) {
    List<Victimology.Target> out = new ArrayList<>();
    for (Profiles.Target t : targets) {
      boolean country = prefix.equals("vc:");
      String feature = prefix + (country && t.code() != null ? t.code() : Names.normalize(t.name()));
      List<Victimology.Source> sources = t.sources().stream()
          .map(s -> new Victimology.Source("misp", s, List.<AttributionCorpus.Sighting>of())).toList();
      out.add(new Victimology.Target(feature, country ? t.code() : null, t.name(), sources));
    }
    return List.copyOf(out);
  }

  private static ActorOverview.Activity activity(Profiles.Actor p, AttributionCorpus.Actor engine,
      List<DocumentStore.LedgerEntry> claims) {
    List<ActorOverview.Span> spans = new ArrayList<>();
    if (p.firstSeen() != null || p.lastSeen() != null) {
      spans.add(new ActorOverview.Span("ATT&CK campaigns", p.firstSeen(), p.lastSeen(),
          "first and last seen of " + p.campaigns().size() + " attributed campaign(s)"));
    }
    if (p.firstReported() != null || p.lastReported() != null) {
      spans.add(new ActorOverview.Span("cited reports", p.firstReported(), p.lastReported(),
          "publication dates of the reports the knowledge base cites"));
    }
    if (engine != null && (engine.activeFrom() != null || engine.activeTo() != null)) {
      spans.add(new ActorOverview.Span("attribution engine", engine.activeFrom(), engine.activeTo(),
          "the active period incident dates are weighed against (campaigns and citation years)"));
    }
    if (engine != null) {
      Sightings.Span seen = Sightings.span(engine);
      long documents = engine.facts().stream().filter(f -> f.sighting() != null).map(f -> f.sighting().document())
          .distinct().count();
      if (seen.first() != null) {
        spans.add(new ActorOverview.Span("your corpus", seen.first(), seen.last(),
            "dates of the " + documents + " document(s) that tie activity to it"));
      }
    }
    String first = null;
    String last = null;
    int dated = 0;
    for (DocumentStore.LedgerEntry e : claims) {
      if (e.date() != null) {
        dated++;
        first = first == null || e.date().compareTo(first) < 0 ? e.date() : first;
        last = last == null || e.date().compareTo(last) > 0 ? e.date() : last;
      }
    }
    if (first != null) {
      spans.add(new ActorOverview.Span("claims", first, last, "dates of " + dated + " public claim(s) naming it"));
    }
    ActorOverview.Span earliest = null;
    ActorOverview.Span latest = null;
    for (ActorOverview.Span s : spans) {
      if (s.first() != null && (earliest == null || s.first().compareTo(earliest.first()) < 0)) {
        earliest = s;
      }
      if (s.last() != null && (latest == null || s.last().compareTo(latest.last()) > 0)) {
        latest = s;
      }
    }
    return new ActorOverview.Activity(earliest == null ? null : earliest.first(), earliest == null ? null : earliest.source(),
        latest == null ? null : latest.last(), latest == null ? null : latest.source(), List.copyOf(spans));
  }
}
