package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Two actors side by side: for techniques, tools, victims and infrastructure, what they have in
 * common and what is unique to each, every item with how many actors have it, so that what is
 * telling (a tool two actors alone share) stands apart from what is not (a technique everyone
 * uses). Computed over the engine's {@link AttributionCorpus.Actor} facts, whatever their origin.
 *
 * <p>Techniques count when the actor's own reports, its campaigns or a corpus document tie them
 * to it; techniques that its software merely implements ({@link AttributionCorpus.Origin#VIA_SOFTWARE})
 * are left out, since the tools are compared on their own and one shared tool would otherwise
 * bring dozens of shared techniques with it.
 *
 * @param a the first actor
 * @param b the second actor
 * @param actors how many actors the rarity counts are over
 * @param sections one per aspect, in the order techniques, tools, victims, infrastructure
 */
public record ActorComparison(Side a, Side b, int actors, List<Section> sections) {

  /**
   * One actor compared.
   *
   * @param profiled false when the engine has no facts on it (an actor known only by name)
   */
  public record Side(String key, String name, String attackId, boolean profiled) {}

  /**
   * One aspect compared.
   *
   * @param aspect {@code techniques}, {@code tools}, {@code victims} or {@code infrastructure}
   * @param overlap the Jaccard index of the two actors' items (0 when neither has any)
   * @param common items both have, the rarest first
   * @param onlyA items only the first has, the rarest first
   * @param onlyB items only the second has, the rarest first
   */
  public record Section(String aspect, double overlap, List<Item> common, List<Item> onlyA, List<Item> onlyB) {}

  /**
   * One item of an aspect.
   *
   * @param feature the engine's feature ({@code t:T1059.001}, {@code s:<key>}, {@code vc:UA}, {@code i:<value>})
   * @param kind the evidence kind's id
   * @param label a readable name
   * @param actors how many actors have it (both compared ones included): 2 of 180 is telling
   * @param originsA where the first actor's fact comes from (empty when it has none)
   * @param originsB where the second actor's fact comes from (empty when it has none)
   */
  public record Item(String feature, String kind, String label, int actors, List<String> originsA, List<String> originsB) {}

  /** The aspects compared, with the evidence kinds each covers. */
  private static final Map<String, Set<EvidenceKind>> ASPECTS = aspects();

  private static Map<String, Set<EvidenceKind>> aspects() {
    Map<String, Set<EvidenceKind>> m = new LinkedHashMap<>();
    m.put("techniques", Set.of(EvidenceKind.TECHNIQUE));
    m.put("tools", Set.of(EvidenceKind.SOFTWARE));
    m.put("victims", Set.of(EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR));
    m.put("infrastructure", Set.of(EvidenceKind.INDICATOR));
    return m;
  }

  /**
   * Compares two actors.
   *
   * @param all every actor, for the rarity counts (the compared ones among them or not)
   * @param a the first actor's facts, or an actor without facts when the engine does not profile it
   * @param b the second actor's facts, likewise
   * @param displayName a readable name for a feature ({@link AttributionCorpus#displayName})
   */
  public static ActorComparison of(List<AttributionCorpus.Actor> all, AttributionCorpus.Actor a, AttributionCorpus.Actor b,
      Function<String, String> displayName) {
    Map<String, Integer> rarity = new HashMap<>();
    Set<String> counted = new LinkedHashSet<>();
    for (AttributionCorpus.Actor x : all) {
      if (counted.add(x.key())) {
        features(x).keySet().forEach(f -> rarity.merge(f, 1, Integer::sum));
      }
    }
    for (AttributionCorpus.Actor x : List.of(a, b)) {
      if (counted.add(x.key())) {
        features(x).keySet().forEach(f -> rarity.merge(f, 1, Integer::sum));
      }
    }
    Map<String, Fold> fa = features(a);
    Map<String, Fold> fb = features(b);
    List<Section> sections = new ArrayList<>();
    for (Map.Entry<String, Set<EvidenceKind>> aspect : ASPECTS.entrySet()) {
      List<Item> common = new ArrayList<>();
      List<Item> onlyA = new ArrayList<>();
      List<Item> onlyB = new ArrayList<>();
      Set<String> union = new LinkedHashSet<>();
      fa.forEach((f, fold) -> {
        if (aspect.getValue().contains(fold.kind)) {
          union.add(f);
        }
      });
      fb.forEach((f, fold) -> {
        if (aspect.getValue().contains(fold.kind)) {
          union.add(f);
        }
      });
      for (String f : union) {
        Fold inA = fa.get(f);
        Fold inB = fb.get(f);
        EvidenceKind kind = (inA != null ? inA : inB).kind;
        Item item = new Item(f, kind.id(), label(f, kind, displayName), rarity.getOrDefault(f, 0),
            inA == null ? List.of() : List.copyOf(inA.origins), inB == null ? List.of() : List.copyOf(inB.origins));
        (inA != null && inB != null ? common : inA != null ? onlyA : onlyB).add(item);
      }
      double overlap = union.isEmpty() ? 0 : (double) common.size() / union.size();
      sections.add(new Section(aspect.getKey(), overlap, rarestFirst(common), rarestFirst(onlyA), rarestFirst(onlyB)));
    }
    return new ActorComparison(side(a), side(b), counted.size(), List.copyOf(sections));
  }

  /** The section of an aspect. */
  public Section section(String aspect) {
    return sections.stream().filter(s -> s.aspect().equals(aspect)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no aspect '" + aspect + "'; aspects are " + ASPECTS.keySet()));
  }

  private static Side side(AttributionCorpus.Actor x) {
    return new Side(x.key(), x.name(), x.attackId(), !x.facts().isEmpty());
  }

  /** An actor's compared features with their kind and origins, in fact order. */
  private static Map<String, Fold> features(AttributionCorpus.Actor x) {
    Map<String, Fold> out = new LinkedHashMap<>();
    for (AttributionCorpus.Fact f : x.facts()) {
      if (f.origin() == AttributionCorpus.Origin.VIA_SOFTWARE || ASPECTS.values().stream().noneMatch(k -> k.contains(f.kind()))) {
        continue;
      }
      out.computeIfAbsent(f.feature(), k -> new Fold(f.kind())).origins.add(OriginLabels.id(f.origin()));
    }
    return out;
  }

  private static String label(String feature, EvidenceKind kind, Function<String, String> displayName) {
    if (kind == EvidenceKind.VICTIM_COUNTRY) {
      String code = feature.substring(feature.indexOf(':') + 1);
      return Countries.displayName(code) + " (" + code + ")";
    }
    return displayName.apply(feature);
  }

  private static List<Item> rarestFirst(List<Item> items) {
    items.sort(Comparator.comparingInt(Item::actors).thenComparing(Item::label));
    return List.copyOf(items);
  }

  /** One feature of one actor: its kind and the origins that give it. */
  private static final class Fold {
    final EvidenceKind kind;
    final Set<String> origins = new LinkedHashSet<>();

    Fold(EvidenceKind kind) {
      this.kind = kind;
    }
  }
}
