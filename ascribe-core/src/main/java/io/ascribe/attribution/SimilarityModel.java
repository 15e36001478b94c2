package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How closely observed techniques and software resemble what is known of each actor, as a small
 * vector of similarity features that {@link Ranker} weighs. Two views of an actor matter:
 *
 * <ul>
 *   <li>its <b>reports</b>: an incident usually looks like one earlier report on the same actor
 *       (the same implant, the same playbook), so the best- and second-best-matching reports say
 *       more than the actor's whole profile, which for prolific actors covers nearly everything;
 *   <li>its <b>union</b> profile (all its own and its campaigns' uses), its software's techniques,
 *       and technique families (parent techniques).
 * </ul>
 *
 * Matches are weighted by IDF over actors, so a custom implant counts far more than Mimikatz.
 * Each feature is defined once in {@link SimilarityFeature} as a sum over evidence items (given
 * the best report), so a score can be explained item by item ({@link #contributions}, with the
 * notes of {@link #inProfile}, {@link #reportsWith}, {@link #actorsWith}).
 */
final class SimilarityModel {
  /** Number of similarity features ({@link SimilarityFeature}). */
  static final int SIZE = SimilarityFeature.values().length;

  private final AttributionCorpus corpus;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> features = new ArrayList<>();
  private final List<Integer> familyOf = new ArrayList<>();
  private final View[] views;
  private final int[] df;
  private final FeatureModel naiveBayes;

  /** One actor as seen by the model: feature ids of each report, of its profile, and more. */
  record View(int[][] reports, BitSet union, BitSet viaSoftware, BitSet families, int unionSize) {}

  SimilarityModel(AttributionCorpus corpus) {
    this.corpus = corpus;
    int a = corpus.actors().size();
    views = new View[a];
    for (int i = 0; i < a; i++) {
      views[i] = view(corpus.actors().get(i).facts(), f -> true, Set.of());
    }
    df = new int[features.size()];
    for (View v : views) {
      v.union().stream().forEach(f -> df[f]++);
    }
    naiveBayes = new FeatureModel(corpus, new FeatureModel.Params(1.0, 0.3, 0.5, false));
  }

  int actors() {
    return views.length;
  }

  FeatureModel naiveBayes() {
    return naiveBayes;
  }

  private int id(String feature) {
    Integer id = ids.get(feature);
    if (id == null) {
      id = features.size();
      ids.put(feature, id);
      features.add(feature);
      familyOf.add(feature.startsWith("t:") ? id(AttributionCorpus.familyFeature(feature)) : -1);
    }
    return id;
  }

  /** An actor's view from the facts that pass {@code keep}, ignoring citations in {@code excluded}. */
  private View view(List<Fact> facts, Predicate<Fact> keep, Set<String> excluded) {
    Map<String, List<Integer>> byReport = new LinkedHashMap<>();
    BitSet union = new BitSet();
    BitSet software = new BitSet();
    BitSet families = new BitSet();
    // A corpus document's techniques count as one more report on its actor (it cites the document);
    // its software is weighed once, as context, by ToolOverlap.
    for (Fact f : facts) {
      if (!keep.test(f) || !(f.kind() == EvidenceKind.TECHNIQUE || f.kind() == EvidenceKind.SOFTWARE)
          || (f.origin() == AttributionCorpus.Origin.CORPUS && f.kind() == EvidenceKind.SOFTWARE)) {
        continue;
      }
      int id = id(f.feature());
      if (f.origin() == AttributionCorpus.Origin.VIA_SOFTWARE) {
        software.set(id);
        continue;
      }
      union.set(id);
      if (familyOf.get(id) >= 0) {
        families.set(familyOf.get(id));
      }
      for (String c : f.citations()) {
        if (!excluded.contains(c)) {
          byReport.computeIfAbsent(c, k -> new ArrayList<>()).add(id);
        }
      }
    }
    int[][] reports = new int[byReport.size()][];
    int r = 0;
    for (List<Integer> ids : byReport.values()) {
      reports[r++] = ids.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
    }
    return new View(reports, union, software, families, union.cardinality());
  }

  /**
   * A case's variation: actor {@code actor} known only by the facts passing {@code keep}, with the
   * citations in {@code excluded} forgotten (the benchmark's held-out report or campaign).
   */
  record Adjustment(int actor, Predicate<Fact> keep, Set<String> excluded) {}

  private Stats full;

  /** The statistics of the unadjusted knowledge base, computed once (the model is immutable). */
  private synchronized Stats fullStats() {
    if (full == null) {
      full = new Stats(null);
    }
    return full;
  }

  /** Per-case statistics: the views, IDF and norms in force. */
  private final class Stats {
    final View[] v;
    final double[] idf2;
    /** Every actor's reports by feature, for the unadjusted model only (a training case scans its few). */
    final ReportIndex index;

    Stats(Adjustment adj) {
      v = views.clone();
      int[] counts = adj == null ? df : df.clone();
      if (adj != null) {
        View old = views[adj.actor()];
        View now = view(corpus.actors().get(adj.actor()).facts(), adj.keep(), adj.excluded());
        v[adj.actor()] = now;
        old.union().stream().forEach(f -> counts[f]--);
        now.union().stream().forEach(f -> counts[f]++);
      }
      idf2 = new double[features.size()];
      for (int f = 0; f < idf2.length; f++) {
        double idf = Math.log((views.length + 1.0) / (counts[f] + 1.0));
        idf2[f] = idf * idf;
      }
      index = adj == null ? ReportIndex.of(v, idf2) : null;
    }

    /**
     * What actor {@code a}'s view shares with the evidence; {@code overlaps} are every report's
     * ({@link ReportIndex#overlaps}) when there is an index.
     */
    ActorMatch match(int a, BehaviourEvidence evidence, double[] overlaps, double naiveBayesTotal) {
      ReportMatch reports = index == null ? ReportMatch.of(v[a], evidence.set(), idf2, evidence.scale())
          : overlaps == null ? index.match(a, evidence.set(), idf2, evidence.scale())
          : index.match(a, overlaps, evidence.scale());
      double profileNorm = index == null ? ReportIndex.profileNorm(v[a], idf2) : index.profileNorm(a);
      return new ActorMatch(evidence, v[a], reports, profileNorm, naiveBayesTotal, naiveBayes, a);
    }
  }

  /** Evidence resolved to feature ids (-1 for a feature no actor has). */
  int[] evidence(List<String> features) {
    int[] out = new int[features.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.getOrDefault(features.get(i), -1);
    }
    return out;
  }

  /** The case's technique and software items ({@code t:} and {@code s:} features) under the statistics. */
  private BehaviourEvidence behaviour(List<String> evidence, List<List<FeatureModel.Term>> itemTerms, Stats st) {
    int[] ev = evidence(evidence);
    boolean[] software = new boolean[ev.length];
    int[] families = new int[ev.length];
    double[] weights = new double[ev.length];
    BitSet set = new BitSet();
    double unseen = Math.log(views.length + 1.0);
    double norm = 0;
    double techniqueNorm = 0;
    double softwareNorm = 0;
    for (int i = 0; i < ev.length; i++) {
      int f = ev[i];
      software[i] = evidence.get(i).startsWith("s:");
      families[i] = f < 0 ? -1 : familyOf.get(f);
      weights[i] = f < 0 ? 0 : st.idf2[f];
      double w = f < 0 ? unseen * unseen : weights[i];
      norm += w;
      if (evidence.get(i).startsWith("t:")) {
        techniqueNorm += w;
      }
      if (f >= 0) {
        set.set(f);
        if (software[i]) {
          softwareNorm += weights[i];
        }
      }
    }
    return new BehaviourEvidence(ev, software, families, weights, itemTerms, set, norm, techniqueNorm, softwareNorm,
        ReportMatch.evidenceScale(norm));
  }

  /**
   * The similarity features of every actor for the evidence; {@code [actor][feature]} in the order
   * of {@link SimilarityFeature}. {@code itemTerms} are each item's naive-Bayes terms.
   */
  double[][] features(List<String> evidence, List<List<FeatureModel.Term>> itemTerms, Adjustment adj) {
    Stats st = adj == null ? fullStats() : new Stats(adj);
    BehaviourEvidence behaviour = behaviour(evidence, itemTerms, st);
    List<FeatureModel.Term> allTerms = itemTerms.stream().flatMap(List::stream).toList();
    double[] nb = naiveBayes.score(allTerms, adj == null ? null : naiveBayes.adjust(adj.actor(), adj.keep()));
    double[] overlaps = st.index == null ? null : st.index.overlaps(behaviour.set(), st.idf2);
    double[][] x = new double[views.length][];
    for (int a = 0; a < views.length; a++) {
      x[a] = SimilarityFeature.vector(st.match(a, behaviour, overlaps, nb[a]));
    }
    return x;
  }

  /**
   * Features of random evidence, one case per size in {@code sizes}: items drawn (with the given
   * seed) in proportion to the number of actors using them, so the evidence is plausible but
   * points at no one. The ranker learns from these how much similarity arises by chance.
   */
  List<double[][]> randomTwins(List<Integer> sizes, long seed) {
    Random random = new Random(seed);
    List<String> pool = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      if (features.get(f).startsWith("t:") || features.get(f).startsWith("s:")) {
        for (int k = 0; k < df[f]; k++) {
          pool.add(features.get(f));
        }
      }
    }
    List<double[][]> out = new ArrayList<>(sizes.size());
    for (int size : sizes) {
      Set<String> ev = new LinkedHashSet<>();
      while (ev.size() < Math.min(size, pool.size())) {
        ev.add(pool.get(random.nextInt(pool.size())));
      }
      List<String> evidence = List.copyOf(ev);
      out.add(features(evidence, itemTerms(evidence), null));
    }
    return out;
  }

  /**
   * The amount and kind of technique and software evidence, for the {@link Calibration}: a software
   * is exclusive when exactly one actor's profile has it (under the adjustment, when given).
   */
  Calibration.Amount amount(List<String> evidence, Adjustment adj) {
    boolean software = false;
    boolean exclusive = false;
    View before = adj == null ? null : views[adj.actor()];
    View after = adj == null ? null : view(corpus.actors().get(adj.actor()).facts(), adj.keep(), adj.excluded());
    for (String f : evidence) {
      if (!f.startsWith("s:")) {
        continue;
      }
      software = true;
      Integer id = ids.get(f);
      if (id == null) {
        continue;
      }
      int count = df[id];
      if (adj != null) {
        count += (after.union().get(id) ? 1 : 0) - (before.union().get(id) ? 1 : 0);
      }
      exclusive |= count == 1;
    }
    Calibration.Kind kind = exclusive ? Calibration.Kind.EXCLUSIVE_SOFTWARE
        : software ? Calibration.Kind.SOFTWARE : Calibration.Kind.TECHNIQUES;
    return new Calibration.Amount(evidence.size(), kind);
  }

  /**
   * Features of random evidence shaped like each of {@code shapes}: as many techniques and as many
   * software as it has, each drawn (with the given seed) from its kind in proportion to the number
   * of actors using it; when {@code kinds} says the shape names an exclusive tool, its first
   * software is drawn from the tools exactly one actor uses. The {@link Calibration}'s twins, so
   * that chance similarity is learned for each kind of evidence apart.
   */
  List<double[][]> randomTwinsLike(List<List<String>> shapes, List<Calibration.Kind> kinds, long seed) {
    Random random = new Random(seed);
    List<String> techniques = new ArrayList<>();
    List<String> software = new ArrayList<>();
    List<String> exclusive = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      List<String> pool = features.get(f).startsWith("t:") ? techniques : features.get(f).startsWith("s:") ? software : null;
      for (int k = 0; pool != null && k < df[f]; k++) {
        pool.add(features.get(f));
      }
      if (pool == software && df[f] == 1) {
        exclusive.add(features.get(f));
      }
    }
    int distinctSoftware = (int) software.stream().distinct().count();
    int distinctTechniques = (int) techniques.stream().distinct().count();
    List<double[][]> out = new ArrayList<>(shapes.size());
    for (int i = 0; i < shapes.size(); i++) {
      List<String> shape = shapes.get(i);
      int tools = (int) shape.stream().filter(f -> f.startsWith("s:")).count();
      Set<String> ev = new LinkedHashSet<>();
      if (kinds.get(i) == Calibration.Kind.EXCLUSIVE_SOFTWARE && !exclusive.isEmpty()) {
        ev.add(exclusive.get(random.nextInt(exclusive.size())));
      }
      draw(ev, software, Math.min(tools, distinctSoftware), random);
      draw(ev, techniques, ev.size() + Math.min(shape.size() - tools, distinctTechniques), random);
      List<String> evidence = List.copyOf(ev);
      out.add(features(evidence, itemTerms(evidence), null));
    }
    return out;
  }

  /** Adds random items of {@code pool} to {@code ev} until it holds {@code size} distinct ones (the pool has enough). */
  private static void draw(Set<String> ev, List<String> pool, int size, Random random) {
    while (ev.size() < size) {
      ev.add(pool.get(random.nextInt(pool.size())));
    }
  }

  /** Each technique ({@code t:}) or software ({@code s:}) item's naive-Bayes terms. */
  List<List<FeatureModel.Term>> itemTerms(List<String> evidence) {
    List<List<FeatureModel.Term>> terms = new ArrayList<>(evidence.size());
    for (String f : evidence) {
      terms.add(naiveBayes.terms(f, f.startsWith("s:") ? EvidenceKind.SOFTWARE : EvidenceKind.TECHNIQUE));
    }
    return terms;
  }

  /**
   * How much each evidence item adds to one actor's utility under weights {@code theta}: every
   * feature is a sum over items, so an item adds its share of each feature times the feature's
   * weight. Items are in the order of {@code evidence}; profile size belongs to no item and is left
   * out.
   */
  double[] contributions(List<String> evidence, List<List<FeatureModel.Term>> itemTerms, int actor, double[] theta) {
    Stats st = fullStats();
    ActorMatch match = st.match(actor, behaviour(evidence, itemTerms, st), null, Double.NaN);
    SimilarityFeature[] all = SimilarityFeature.values();
    double[] out = new double[evidence.size()];
    for (int i = 0; i < out.length; i++) {
      for (int d = 0; d < all.length; d++) {
        out[i] += theta[d] * all[d].share(match, i);
      }
    }
    return out;
  }

  /** Whether actor {@code a}'s profile has the feature, and in how many of its reports. */
  int reportsWith(int a, String feature) {
    Integer id = ids.get(feature);
    return id == null ? 0 : fullStats().index.reportsWith(a, id);
  }

  /** True when the actor's own profile (not just its software) has the feature. */
  boolean inProfile(int a, String feature) {
    Integer id = ids.get(feature);
    return id != null && views[a].union().get(id);
  }

  /** True when the actor's software implements the technique. */
  boolean viaSoftware(int a, String feature) {
    Integer id = ids.get(feature);
    return id != null && views[a].viaSoftware().get(id);
  }

  /** Number of actors whose profile has the feature. */
  int actorsWith(String feature) {
    Integer id = ids.get(feature);
    return id == null ? 0 : df[id];
  }
}
