package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The statistics the engine scores with: for every candidate actor, a weight per feature (1 for a
 * cited use, {@link Params#viaSoftware()} for a technique its software implements), and per
 * feature group the background distribution over all actors.
 *
 * <p>Scoring is a multinomial naive-Bayes log-likelihood ratio against the background (which is
 * exactly the "unknown actor" hypothesis), with Dirichlet smoothing towards the background:
 *
 * <pre>
 *   P(f | a)  = (c_a(f) + alpha * P_bg(f)) / (N_a,g + alpha)
 *   LLR_a(f)  = log P(f | a) - log P_bg(f)
 *             = [log alpha - log(N_a,g + alpha)] + [f in a] * log(1 + c_a(f) / (alpha * P_bg(f)))
 * </pre>
 *
 * The first term depends only on the actor's mass in the group, the second only on actors that
 * have the feature, so a case costs O(groups x actors + matching postings). Rare features
 * (small P_bg) weigh a lot, common ones (Cobalt Strike, PowerShell) little.
 *
 * <p>With {@link Params#bernoulli()} the first term is a constant {@code log(alpha / (1 + alpha))}
 * for actors with anything in the group (0 for actors with nothing, who stay neutral) and the
 * background is the share of actors having the feature.
 *
 * <p>An {@link Adjustment} re-scores as if one actor's facts were different (the benchmark's
 * leave-one-report-out) without rebuilding the model.
 */
final class FeatureModel {
  static final double BETA = 0.5;

  /**
   * The model's hyperparameters.
   *
   * @param alpha Dirichlet pseudo-count pulling an actor's distribution towards the background:
   *     larger means a profile is treated as a smaller sample of what the actor really does
   * @param viaSoftware weight of a technique known only through the actor's software
   * @param family weight of a technique's family next to the technique itself
   * @param bernoulli score each evidence item as "does the actor have it" (a constant penalty when
   *     not, background = share of actors having it) instead of the multinomial; used for victims
   *     and indicators, where an actor's list is a sparse sample and its length means little
   */
  record Params(double alpha, double viaSoftware, double family, boolean bernoulli) {}

  final Params params;

  final List<AttributionCorpus.Actor> actors;
  final Map<String, Integer> ids = new HashMap<>();
  final List<String> features = new ArrayList<>();
  final List<FeatureGroup> groups = new ArrayList<>();
  final List<Map<Integer, Double>> weights;
  int[][] postActors;
  double[][] postWeights;
  double[] n;
  final double[][] mass;
  final double[] total = new double[FeatureGroup.values().length];
  final int[] vocab = new int[FeatureGroup.values().length];
  final double[][] baseTerm;

  FeatureModel(AttributionCorpus corpus, Params params) {
    this.params = params;
    this.actors = corpus.actors();
    int a = actors.size();
    this.weights = new ArrayList<>(a);
    for (AttributionCorpus.Actor actor : actors) {
      Map<String, Double> w = weightsOf(actor.facts(), f -> true, params);
      Map<Integer, Double> byId = new HashMap<>();
      w.forEach((f, v) -> byId.put(intern(f), v));
      weights.add(byId);
    }
    int v = features.size();
    n = new double[v];
    int[] count = new int[v];
    mass = new double[a][FeatureGroup.values().length];
    for (int i = 0; i < a; i++) {
      for (Map.Entry<Integer, Double> e : weights.get(i).entrySet()) {
        n[e.getKey()] += e.getValue();
        count[e.getKey()]++;
        mass[i][groups.get(e.getKey()).ordinal()] += e.getValue();
      }
    }
    postActors = new int[v][];
    postWeights = new double[v][];
    for (int f = 0; f < v; f++) {
      postActors[f] = new int[count[f]];
      postWeights[f] = new double[count[f]];
      total[groups.get(f).ordinal()] += n[f];
      vocab[groups.get(f).ordinal()]++;
    }
    int[] fill = new int[v];
    for (int i = 0; i < a; i++) {
      for (Map.Entry<Integer, Double> e : weights.get(i).entrySet()) {
        int f = e.getKey();
        postActors[f][fill[f]] = i;
        postWeights[f][fill[f]++] = e.getValue();
      }
    }
    baseTerm = new double[a][FeatureGroup.values().length];
    for (int i = 0; i < a; i++) {
      for (int g = 0; g < FeatureGroup.values().length; g++) {
        baseTerm[i][g] = base(mass[i][g]);
      }
    }
  }

  /** The score every actor gets per evidence weight in a group, before matches. */
  double base(double groupMass) {
    if (params.bernoulli()) {
      // an actor with nothing known in a group is no worse than the background
      return groupMass == 0 ? 0 : Math.log(params.alpha()) - Math.log(1 + params.alpha());
    }
    return Math.log(params.alpha()) - Math.log(groupMass + params.alpha());
  }

  private int intern(String feature) {
    Integer id = ids.get(feature);
    if (id == null) {
      id = features.size();
      ids.put(feature, id);
      features.add(feature);
      groups.add(FeatureGroup.of(feature));
    }
    return id;
  }

  /** The feature id, or -1 when no actor has it. */
  int id(String feature) {
    return ids.getOrDefault(feature, -1);
  }

  /**
   * An actor's feature weights from the facts that pass {@code keep}: the strongest fact per
   * feature counts; a technique also lends its weight to its family (parent technique); a
   * technique that comes through software counts only while that software fact is kept.
   */
  static Map<String, Double> weightsOf(List<Fact> facts, Predicate<Fact> keep, Params params) {
    Set<String> keptSoftware = new HashSet<>();
    for (Fact f : facts) {
      if (f.kind() == EvidenceKind.SOFTWARE && keep.test(f) && f.origin() != AttributionCorpus.Origin.CORPUS) {
        keptSoftware.add(f.feature());
      }
    }
    Map<String, Double> w = new HashMap<>();
    for (Fact f : facts) {
      // the corpus is weighed as context (ToolOverlap, Infrastructure, Victimology), not learned
      if (!keep.test(f) || f.origin() == AttributionCorpus.Origin.CORPUS) {
        continue;
      }
      double weight = 1.0;
      if (f.origin() == AttributionCorpus.Origin.VIA_SOFTWARE) {
        if (!keptSoftware.contains(f.via())) {
          continue;
        }
        weight = params.viaSoftware();
      }
      if (weight <= 0) {
        continue;
      }
      w.merge(f.feature(), weight, Math::max);
      if (f.kind() == EvidenceKind.TECHNIQUE) {
        w.merge(AttributionCorpus.familyFeature(f.feature()), weight, Math::max);
      }
    }
    return w;
  }

  /** One evidence feature to score: its id (-1 when unseen), group and weight. */
  record Term(int id, FeatureGroup group, double weight) {}

  /**
   * The terms one observed feature contributes, weighted by its kind's forgeability: a technique
   * scores as itself and, at {@link Params#family()}, as its family, so T1059.003 observed still
   * speaks for an actor known for T1059.001.
   */
  List<Term> terms(String feature, EvidenceKind kind) {
    double w = kind.forgeability().discount();
    FeatureGroup g = FeatureGroup.of(feature);
    if (g != FeatureGroup.TECHNIQUE) {
      return List.of(new Term(id(feature), g, w));
    }
    String family = AttributionCorpus.familyFeature(feature);
    return List.of(new Term(id(feature), g, w), new Term(id(family), FeatureGroup.FAMILY, w * params.family()));
  }

  /** Background probability of a feature in its group, under an optional adjustment. */
  double background(int f, Adjustment adj) {
    int g = groups.get(f).ordinal();
    double nf = n[f] + (adj == null ? 0 : adj.deltaN.getOrDefault(f, 0.0));
    if (params.bernoulli()) {
      return (nf + BETA) / (actors.size() + 2 * BETA);
    }
    double t = total[g] + (adj == null ? 0 : adj.deltaTotal[g]);
    return (nf + BETA) / (t + BETA * vocab[g]);
  }

  /** Log-likelihood ratio of every actor against the background, for the given terms. */
  double[] score(List<Term> terms, Adjustment adj) {
    int a = actors.size();
    double[] s = new double[a];
    double[] groupWeight = new double[FeatureGroup.values().length];
    for (Term t : terms) {
      groupWeight[t.group().ordinal()] += t.weight();
    }
    for (int g = 0; g < groupWeight.length; g++) {
      if (groupWeight[g] == 0) {
        continue;
      }
      for (int i = 0; i < a; i++) {
        s[i] += groupWeight[g] * baseTerm[i][g];
      }
      if (adj != null) {
        s[adj.actor] += groupWeight[g] * (adj.baseTerm[g] - baseTerm[adj.actor][g]);
      }
    }
    for (Term t : terms) {
      if (t.id() < 0) {
        continue;
      }
      double scale = params.alpha() * background(t.id(), adj);
      int[] post = postActors[t.id()];
      double[] pw = postWeights[t.id()];
      for (int k = 0; k < post.length; k++) {
        double c = pw[k];
        if (adj != null && post[k] == adj.actor) {
          c = adj.weights.getOrDefault(t.id(), 0.0);
        }
        if (c > 0) {
          s[post[k]] += t.weight() * Math.log1p(c / scale);
        }
      }
    }
    return s;
  }

  /** The contribution of one term to one actor's score (for explanations). */
  double contribution(Term t, int actor) {
    double c = t.id() < 0 ? 0 : weights.get(actor).getOrDefault(t.id(), 0.0);
    double match = c > 0 ? Math.log1p(c / (params.alpha() * background(t.id(), null))) : 0;
    return t.weight() * (baseTerm[actor][t.group().ordinal()] + match);
  }

  /** Rebuilds one actor's weights as if only the facts passing {@code keep} were known. */
  Adjustment adjust(int actor, Predicate<Fact> keep) {
    Map<Integer, Double> now = new HashMap<>();
    weightsOf(actors.get(actor).facts(), keep, params).forEach((f, v) -> now.put(id(f), v));
    return new Adjustment(actor, now);
  }

  /** One actor's weights replaced, with the background statistics that follow from it. */
  final class Adjustment {
    final int actor;
    final Map<Integer, Double> weights;
    final Map<Integer, Double> deltaN = new HashMap<>();
    final double[] deltaTotal = new double[FeatureGroup.values().length];
    final double[] baseTerm = new double[FeatureGroup.values().length];

    Adjustment(int actor, Map<Integer, Double> weights) {
      this.actor = actor;
      this.weights = weights;
      double[] newMass = new double[FeatureGroup.values().length];
      Map<Integer, Double> old = FeatureModel.this.weights.get(actor);
      Set<Integer> all = new HashSet<>(old.keySet());
      all.addAll(weights.keySet());
      for (int f : all) {
        double d = weights.getOrDefault(f, 0.0) - old.getOrDefault(f, 0.0);
        if (d != 0) {
          deltaN.put(f, d);
          deltaTotal[groups.get(f).ordinal()] += d;
        }
        newMass[groups.get(f).ordinal()] += weights.getOrDefault(f, 0.0);
      }
      for (int g = 0; g < newMass.length; g++) {
        baseTerm[g] = base(newMass[g]);
      }
    }
  }
}
