package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Every feature is a sum over evidence items (given the best report), so a score can be explained
 * item by item ({@link #inProfile}, {@link #reportsWith}, {@link #actorsWith}).
 */
final class SimilarityModel {
  /** Number of similarity features. */
  static final int SIZE = 10;
  /** Names of the features, for the model file and documentation. */
  static final List<String> NAMES = List.of(
      "best_report_similarity", "profile_cosine", "profile_coverage", "log_profile_size",
      "via_software_coverage", "item_coverage", "family_coverage", "naive_bayes", "software_coverage", "second_report_similarity");

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
    for (Fact f : facts) {
      if (!keep.test(f) || !(f.kind() == EvidenceKind.TECHNIQUE || f.kind() == EvidenceKind.SOFTWARE)) {
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
      reports[r++] = ids.stream().distinct().mapToInt(Integer::intValue).toArray();
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

  /** The similarity features of every actor for the evidence; {@code [actor][feature]}. */
  double[][] features(List<String> evidence, List<FeatureModel.Term> nbTerms, Adjustment adj) {
    Stats st = adj == null ? fullStats() : new Stats(adj);
    int[] ev = evidence(evidence);
    BitSet evSet = new BitSet();
    double unseen = Math.log(views.length + 1.0);
    double ne = 0;
    double neTech = 0;
    for (int i = 0; i < ev.length; i++) {
      double w = ev[i] < 0 ? unseen * unseen : st.idf2[ev[i]];
      ne += w;
      if (evidence.get(i).startsWith("t:")) {
        neTech += w;
      }
      if (ev[i] >= 0) {
        evSet.set(ev[i]);
      }
    }
    double[] nb = naiveBayes.score(nbTerms, adj == null ? null : naiveBayes.adjust(adj.actor(), adj.keep()));
    double[][] x = new double[views.length][SIZE];
    for (int a = 0; a < views.length; a++) {
      View v = st.v[a];
      ReportMatch match = ReportMatch.of(v, evSet, st.idf2, ne);
      double dotU = 0;
      double normU = 0;
      int count = 0;
      for (int f = v.union().nextSetBit(0); f >= 0; f = v.union().nextSetBit(f + 1)) {
        normU += st.idf2[f];
      }
      double via = 0;
      double fam = 0;
      double sw = 0;
      double neSw = 0;
      for (int i = 0; i < ev.length; i++) {
        int f = ev[i];
        if (f < 0) {
          continue;
        }
        if (evidence.get(i).startsWith("s:")) {
          neSw += st.idf2[f];
          if (v.union().get(f)) {
            sw += st.idf2[f];
          }
        }
        if (v.union().get(f)) {
          dotU += st.idf2[f];
          count++;
        } else if (v.viaSoftware().get(f)) {
          via += st.idf2[f];
        }
        if (familyOf.get(f) >= 0 && v.families().get(familyOf.get(f))) {
          fam += st.idf2[f];
        }
      }
      x[a][0] = match.bestSimilarity();
      x[a][1] = normU == 0 || ne == 0 ? 0 : dotU / Math.sqrt(normU * ne);
      x[a][2] = ne == 0 ? 0 : dotU / ne;
      x[a][3] = Math.log1p(v.unionSize());
      x[a][4] = ne == 0 ? 0 : via / ne;
      x[a][5] = ev.length == 0 ? 0 : count / (double) ev.length;
      x[a][6] = neTech == 0 ? 0 : fam / neTech;
      x[a][7] = ev.length == 0 ? 0 : nb[a] / ev.length;
      x[a][8] = neSw == 0 ? 0 : sw / neSw;
      x[a][9] = match.secondSimilarity();
    }
    return x;
  }

  /**
   * Features of random evidence, one case per size in {@code sizes}: items drawn (with the given
   * seed) in proportion to the number of actors using them, so the evidence is plausible but
   * points at no one. The ranker learns from these how much similarity arises by chance.
   */
  List<double[][]> randomTwins(List<Integer> sizes, long seed) {
    java.util.Random random = new java.util.Random(seed);
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
      java.util.LinkedHashSet<String> ev = new java.util.LinkedHashSet<>();
      while (ev.size() < Math.min(size, pool.size())) {
        ev.add(pool.get(random.nextInt(pool.size())));
      }
      List<String> evidence = List.copyOf(ev);
      List<FeatureModel.Term> terms = new ArrayList<>();
      for (String f : evidence) {
        terms.addAll(naiveBayes.terms(f, f.startsWith("s:") ? EvidenceKind.SOFTWARE : EvidenceKind.TECHNIQUE));
      }
      out.add(features(evidence, terms, null));
    }
    return out;
  }

  /**
   * How much each evidence item adds to one actor's utility under weights {@code theta}: the
   * features are sums over items, so an item's share of each feature times its weight. Items are
   * in the order of {@code evidence}; the profile-size feature belongs to no item and is left out.
   */
  double[] contributions(List<String> evidence, List<List<FeatureModel.Term>> itemTerms, int actor, double[] theta) {
    Stats st = fullStats();
    int[] ev = evidence(evidence);
    double unseen = Math.log(views.length + 1.0);
    double ne = 0;
    double neTech = 0;
    BitSet evSet = new BitSet();
    for (int i = 0; i < ev.length; i++) {
      double w = ev[i] < 0 ? unseen * unseen : st.idf2[ev[i]];
      ne += w;
      if (evidence.get(i).startsWith("t:")) {
        neTech += w;
      }
      if (ev[i] >= 0) {
        evSet.set(ev[i]);
      }
    }
    View v = views[actor];
    ReportMatch match = ReportMatch.of(v, evSet, st.idf2, ne);
    BitSet inBest = members(match.best());
    BitSet inSecond = members(match.second());
    double neSw = 0;
    for (int i = 0; i < ev.length; i++) {
      if (ev[i] >= 0 && evidence.get(i).startsWith("s:")) {
        neSw += st.idf2[ev[i]];
      }
    }
    double normU = 0;
    for (int f = v.union().nextSetBit(0); f >= 0; f = v.union().nextSetBit(f + 1)) {
      normU += st.idf2[f];
    }
    double[] out = new double[ev.length];
    for (int i = 0; i < ev.length; i++) {
      int f = ev[i];
      double c = 0;
      if (f >= 0) {
        double w = st.idf2[f];
        if (inBest.get(f)) {
          c += theta[0] * w / Math.pow(match.bestNorm(), 0.3) / Math.pow(ne, 0.7);
        }
        if (inSecond.get(f)) {
          c += theta[9] * w / Math.pow(match.secondNorm(), 0.3) / Math.pow(ne, 0.7);
        }
        if (evidence.get(i).startsWith("s:") && v.union().get(f) && neSw > 0) {
          c += theta[8] * w / neSw;
        }
        if (v.union().get(f)) {
          c += theta[1] * (normU == 0 ? 0 : w / Math.sqrt(normU * ne)) + theta[2] * w / ne + theta[5] / ev.length;
        } else if (v.viaSoftware().get(f)) {
          c += theta[4] * w / ne;
        }
        if (familyOf.get(f) >= 0 && v.families().get(familyOf.get(f)) && neTech > 0) {
          c += theta[6] * w / neTech;
        }
      }
      double nb = 0;
      for (FeatureModel.Term t : itemTerms.get(i)) {
        nb += naiveBayes.contribution(t, actor);
      }
      out[i] = c + theta[7] * nb / ev.length;
    }
    return out;
  }

  /**
   * An actor's two reports most similar to the evidence: IDF-squared overlap divided by
   * {@code report norm^0.3 * evidence norm^0.7}, so a report is not rewarded just for being long.
   */
  private record ReportMatch(
      int[] best, double bestSimilarity, double bestNorm, int[] second, double secondSimilarity, double secondNorm) {

    static ReportMatch of(View v, BitSet evidence, double[] idf2, double evidenceNorm) {
      int[] best = null;
      int[] second = null;
      double bestSim = 0;
      double secondSim = 0;
      double bestNorm = 0;
      double secondNorm = 0;
      for (int[] report : v.reports()) {
        double dot = 0;
        double norm = 0;
        for (int f : report) {
          norm += idf2[f];
          if (evidence.get(f)) {
            dot += idf2[f];
          }
        }
        double sim = dot == 0 ? 0 : dot / Math.pow(norm, 0.3) / Math.pow(evidenceNorm, 0.7);
        if (sim > bestSim) {
          second = best;
          secondSim = bestSim;
          secondNorm = bestNorm;
          best = report;
          bestSim = sim;
          bestNorm = norm;
        } else if (sim > secondSim) {
          second = report;
          secondSim = sim;
          secondNorm = norm;
        }
      }
      return new ReportMatch(best, bestSim, bestNorm, second, secondSim, secondNorm);
    }
  }

  private static BitSet members(int[] report) {
    BitSet b = new BitSet();
    if (report != null) {
      for (int f : report) {
        b.set(f);
      }
    }
    return b;
  }

  /** Whether actor {@code a}'s profile has the feature, and in how many of its reports. */
  int reportsWith(int a, String feature) {
    Integer id = ids.get(feature);
    if (id == null) {
      return 0;
    }
    int n = 0;
    for (int[] r : views[a].reports()) {
      for (int f : r) {
        if (f == id) {
          n++;
          break;
        }
      }
    }
    return n;
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
