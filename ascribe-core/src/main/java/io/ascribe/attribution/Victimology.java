package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import io.ascribe.attribution.AttributionCorpus.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Victimology from three sources: MISP's victim lists, the victims named in ATT&CK descriptions
 * of the actor's intrusion sets and campaigns, and the corpus's documents. Each source is an
 * incomplete sample of the countries (or sectors) an actor really targets, and the score asks how
 * likely the incident's victim is under the actor against under the background.
 *
 * <p><b>Completeness</b> of a source, r_j, is estimated from the data: over the actors the source
 * has victims for, the share of the victims the <i>other</i> sources name for them that this source
 * names too (a capture-recapture estimate; at least {@link #MIN_OVERLAP} such victims, else {@link
 * #DEFAULT_COMPLETENESS}). <b>Background</b>: π_v, the share of actors with known victims that
 * any source lists v for (smoothed), so a victim country common to many actors says little.
 *
 * <p>For actor a, whether v is in its true victim set starts at π_v and is updated by each source
 * that knows something of a: a listing (with its confidence c) multiplies the odds by {@code c r_j /
 * f + (1 - c)(1 - r_j)/(1 - f)}, a source silent on v by {@code (1 - r_j)/(1 - f)}, with {@link
 * #FALSE_LISTING} f the share of listed victims that are wrong. With q the result, an incident of
 * a hits a victim of its set with probability {@link #IN_SET} ρ and anyone otherwise:
 *
 * <pre>
 *   LR_a = (ρ q + (1 - ρ) π_v) / π_v      weight_a = discount(LOW) * ln LR_a  >=  ln(1 - ρ)
 * </pre>
 *
 * so an unlisted victim costs at most ln 5 (never a veto), and an actor with no victimology of
 * that kind is neutral (q = π_v). This replaces the earlier naive-Bayes ratio halved by hand.
 */
final class Victimology {
  /** Share of an actor's incidents whose victim is one it usually targets. */
  static final double IN_SET = 0.8;
  /** Share of listed victims that are wrong (a mis-attributed incident, a careless list). */
  static final double FALSE_LISTING = 0.05;
  /** Completeness assumed for a source too small to estimate it. */
  static final double DEFAULT_COMPLETENESS = 0.3;
  /** Fewest victims named by the other sources to estimate a source's completeness. */
  static final int MIN_OVERLAP = 20;

  /** The three sources. */
  enum Source {
    MISP("MISP"),
    ATTACK("ATT&CK description"),
    CORPUS("corpus");

    final String label;

    Source(String label) {
      this.label = label;
    }

    static Source of(Origin origin) {
      return switch (origin) {
        case MISP -> MISP;
        case DESCRIPTION -> ATTACK;
        case CORPUS -> CORPUS;
        default -> null;
      };
    }
  }

  private static final Source[] SOURCES = Source.values();
  private static final EvidenceKind[] KINDS = {EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR};

  private final List<AttributionCorpus.Actor> actors;
  private final AttributionCorpus corpus;
  /** [kind][source][actor]: feature -> the facts listing it. */
  private final List<List<Map<Integer, Map<String, List<Fact>>>>> listed = new ArrayList<>();
  private final double[][] completeness = new double[KINDS.length][SOURCES.length];
  private final boolean[][] estimated = new boolean[KINDS.length][SOURCES.length];
  private final List<Map<String, Integer>> actorsListing = new ArrayList<>();
  private final int[] actorsKnown = new int[KINDS.length];
  /** [kind][actor]: the odds factor of the sources that know the actor but list nothing asked (0: none knows it). */
  private final double[][] silentOdds = new double[KINDS.length][];
  /** [kind]: feature -> actor -> the factor its listings add over being silent. */
  private final List<Map<String, Map<Integer, Double>>> listedOdds = new ArrayList<>();

  Victimology(AttributionCorpus corpus) {
    this.corpus = corpus;
    this.actors = corpus.actors();
    for (int k = 0; k < KINDS.length; k++) {
      List<Map<Integer, Map<String, List<Fact>>>> bySource = new ArrayList<>();
      for (int j = 0; j < SOURCES.length; j++) {
        bySource.add(new HashMap<>());
      }
      listed.add(bySource);
      actorsListing.add(new HashMap<>());
    }
    for (int k = 0; k < KINDS.length; k++) {
      index(k);
      estimateCompleteness(k);
      condense(k);
    }
  }

  /** The per-actor and per-feature odds factors, so that weighing a victim costs O(actors + listings). */
  private void condense(int k) {
    silentOdds[k] = new double[actors.size()];
    Map<String, Map<Integer, Double>> byFeature = new HashMap<>();
    for (int a = 0; a < actors.size(); a++) {
      double silentAll = 1;
      boolean known = false;
      for (Source s : SOURCES) {
        Map<String, List<Fact>> mine = listingOrEmpty(k, s, a);
        if (mine.isEmpty()) {
          continue;
        }
        known = true;
        double r = completeness[k][s.ordinal()];
        double silent = (1 - r) / (1 - FALSE_LISTING);
        silentAll *= silent;
        for (Map.Entry<String, List<Fact>> e : mine.entrySet()) {
          double c = confidence(e.getValue());
          double listed = c * r / FALSE_LISTING + (1 - c) * silent;
          byFeature.computeIfAbsent(e.getKey(), x -> new HashMap<>()).merge(a, listed / silent, (x, y) -> x * y);
        }
      }
      silentOdds[k][a] = known ? silentAll : 0;
    }
    listedOdds.add(byFeature);
  }

  private void index(int k) {
    for (int a = 0; a < actors.size(); a++) {
      Set<String> any = new HashSet<>();
      for (Fact f : actors.get(a).facts()) {
        Source s = f.kind() == KINDS[k] ? Source.of(f.origin()) : null;
        if (s != null) {
          listing(k, s, a).computeIfAbsent(f.feature(), x -> new ArrayList<>()).add(f);
          any.add(f.feature());
        }
      }
      if (!any.isEmpty()) {
        actorsKnown[k]++;
        any.forEach(v -> actorsListing.get(k).merge(v, 1, Integer::sum));
      }
    }
  }

  private Map<String, List<Fact>> listing(int k, Source s, int a) {
    return listed.get(k).get(s.ordinal()).computeIfAbsent(a, x -> new LinkedHashMap<>());
  }

  private Map<String, List<Fact>> listingOrEmpty(int k, Source s, int a) {
    return listed.get(k).get(s.ordinal()).getOrDefault(a, Map.of());
  }

  /** Capture-recapture: how many of the victims the other sources name for an actor this source names too. */
  private void estimateCompleteness(int k) {
    for (Source s : SOURCES) {
      int hits = 0;
      int total = 0;
      for (int a = 0; a < actors.size(); a++) {
        Map<String, List<Fact>> mine = listingOrEmpty(k, s, a);
        if (mine.isEmpty()) {
          continue;
        }
        Set<String> others = new HashSet<>();
        for (Source o : SOURCES) {
          if (o != s) {
            others.addAll(listingOrEmpty(k, o, a).keySet());
          }
        }
        total += others.size();
        for (String v : others) {
          hits += mine.containsKey(v) ? 1 : 0;
        }
      }
      boolean enough = total >= MIN_OVERLAP;
      completeness[k][s.ordinal()] = enough ? Math.min(0.95, Math.max(0.05, (double) hits / total)) : DEFAULT_COMPLETENESS;
      estimated[k][s.ordinal()] = enough;
    }
  }

  /** The estimated completeness of a source for a kind (for the documentation and tests). */
  double completeness(EvidenceKind kind, Source source) {
    return completeness[kindIndex(kind)][source.ordinal()];
  }

  /** Whether that completeness was estimated from the data (else it is the default). */
  boolean estimated(EvidenceKind kind, Source source) {
    return estimated[kindIndex(kind)][source.ordinal()];
  }

  /** The weights of one incident victim (country or sector) for every actor. */
  ContextWeights weigh(ResolvedEvidence.Item item) {
    int k = kindIndex(item.kind());
    String v = item.feature();
    int n = actorsListing.get(k).getOrDefault(v, 0);
    double background = (n + 0.5) / (actorsKnown[k] + 1.0);
    double priorOdds = background / (1 - background);
    double discount = item.kind().forgeability().discount();
    Map<Integer, Double> listings = listedOdds.get(k).getOrDefault(v, Map.of());
    double[] w = new double[actors.size()];
    for (int a = 0; a < w.length; a++) {
      if (silentOdds[k][a] > 0) {
        Double listed = listings.get(a);
        double odds = priorOdds * silentOdds[k][a] * (listed == null ? 1 : listed);
        double q = odds / (1 + odds);
        w[a] = discount * Math.log((IN_SET * q + (1 - IN_SET) * background) / background);
      }
    }
    return new ContextWeights(w, a -> reason(k, v, a, n));
  }

  private String reason(int k, String v, int a, int actorsWithIt) {
    List<String> by = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (Source s : SOURCES) {
      Map<String, List<Fact>> mine = listingOrEmpty(k, s, a);
      if (mine.isEmpty()) {
        continue;
      }
      List<Fact> facts = mine.get(v);
      if (facts == null) {
        silent.add(s.label + String.format(Locale.ROOT, " (%d listed, completeness %.2f)", mine.size(),
            completeness[k][s.ordinal()]));
      } else {
        by.add(cite(s, facts, a));
      }
    }
    String common = "; " + actorsWithIt + " of " + actorsKnown[k] + " actors with known victims";
    if (by.isEmpty() && silent.isEmpty()) {
      return "no victimology known for this actor";
    }
    if (by.isEmpty()) {
      return "not among this actor's victims in " + String.join(", ", silent) + common + "; bounded, never a veto";
    }
    return "victim of this actor per " + String.join("; ", by) + common;
  }

  private String cite(Source s, List<Fact> facts, int a) {
    return switch (s) {
      case MISP -> "MISP";
      case ATTACK -> "ATT&CK description of " + String.join(", ",
          facts.stream().map(f -> corpus.displayName(f.via())).distinct().limit(3).toList());
      case CORPUS -> Sightings.describe(facts.stream().map(f -> Sightings.Seen.of(a, f.feature(), f)).toList(),
          actors.get(a).name());
    };
  }

  /** Noisy-or of the listings' confidences: knowledge-base listings are certain. */
  private static double confidence(List<Fact> facts) {
    double none = 1;
    for (Fact f : facts) {
      double c = f.sighting() == null ? 1 : Math.max(0, Math.min(1, f.sighting().confidence()));
      none *= 1 - c;
    }
    return 1 - none;
  }

  private static int kindIndex(EvidenceKind kind) {
    return kind == EvidenceKind.VICTIM_COUNTRY ? 0 : 1;
  }
}
