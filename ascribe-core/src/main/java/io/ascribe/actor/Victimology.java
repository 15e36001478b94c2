package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The countries and sectors an actor targets, each with every source that says so: the actor's
 * {@link EvidenceKind#VICTIM_COUNTRY} and {@link EvidenceKind#VICTIM_SECTOR} facts grouped by
 * feature and then by {@link AttributionCorpus.Origin}, with the documents behind corpus facts.
 *
 * @param countries targeted countries, the best-sourced first
 * @param sectors targeted sectors, the best-sourced first
 */
public record Victimology(List<Target> countries, List<Target> sectors) {

  /**
   * One targeted country or sector.
   *
   * @param feature the engine's feature ({@code vc:UA}, {@code vs:energy})
   * @param code the ISO alpha-2 code of a country, null for a sector
   * @param name a readable name
   * @param sources who says so, one per origin
   */
  public record Target(String feature, String code, String name, List<Source> sources) {}

  /**
   * One origin's word on a target.
   *
   * @param origin the origin's id ({@code misp}, {@code corpus}, ...)
   * @param label its readable name
   * @param documents for corpus facts, the documents that name the victim, newest first; else empty
   */
  public record Source(String origin, String label, List<AttributionCorpus.Sighting> documents) {}

  /** The victimology of one actor; {@code displayName} names a sector feature (see {@link AttributionCorpus#displayName}). */
  public static Victimology of(AttributionCorpus.Actor actor, Function<String, String> displayName) {
    return new Victimology(targets(actor, EvidenceKind.VICTIM_COUNTRY, displayName),
        targets(actor, EvidenceKind.VICTIM_SECTOR, displayName));
  }

  /** Whether no source names any victim. */
  public boolean isEmpty() {
    return countries.isEmpty() && sectors.isEmpty();
  }

  private static List<Target> targets(AttributionCorpus.Actor actor, EvidenceKind kind, Function<String, String> name) {
    Map<String, Map<AttributionCorpus.Origin, Map<String, AttributionCorpus.Sighting>>> byFeature = new LinkedHashMap<>();
    for (AttributionCorpus.Fact f : actor.facts()) {
      if (f.kind() != kind) {
        continue;
      }
      Map<String, AttributionCorpus.Sighting> docs = byFeature.computeIfAbsent(f.feature(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.origin(), o -> new LinkedHashMap<>());
      if (f.sighting() != null) {
        docs.putIfAbsent(f.sighting().document(), f.sighting());
      }
    }
    List<Target> out = new ArrayList<>();
    byFeature.forEach((feature, origins) -> {
      List<Source> sources = new ArrayList<>();
      origins.forEach((origin, docs) -> sources.add(new Source(OriginLabels.id(origin), OriginLabels.label(origin),
          Sightings.newestFirst(docs.values()))));
      String code = kind == EvidenceKind.VICTIM_COUNTRY ? feature.substring(feature.indexOf(':') + 1) : null;
      String label = code != null ? Countries.displayName(code) : name.apply(feature);
      out.add(new Target(feature, code, label, List.copyOf(sources)));
    });
    out.sort(Comparator.comparingInt((Target t) -> -weight(t)).thenComparing(Target::name));
    return List.copyOf(out);
  }

  /** How well sourced a target is: one per origin, plus one per further corpus document. */
  private static int weight(Target t) {
    int w = 0;
    for (Source s : t.sources()) {
      w += 1 + Math.max(0, s.documents().size() - 1);
    }
    return w;
  }
}
