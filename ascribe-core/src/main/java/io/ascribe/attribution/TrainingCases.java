package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cases built from the knowledge base itself, for training the {@link Ranker} and for the
 * benchmark: leave-one-report-out cases, campaign cases, and random "unknown actor" twins.
 */
final class TrainingCases {
  static final int MIN_USES = 5;
  static final long RANDOM_SEED = 20_241_115L;

  private TrainingCases() {}

  /** One case: the actor's facts passing {@code keep} stay, {@code excluded} citations are forgotten. */
  record Case(int actor, String label, List<String> evidence, Predicate<Fact> keep, Set<String> excluded) {
    SimilarityModel.Adjustment adjustment() {
      return new SimilarityModel.Adjustment(actor, keep, excluded);
    }
  }

  /**
   * Every (actor, citation) pair whose citation supports at least {@link #MIN_USES} distinct uses:
   * the evidence is those techniques and software; the actor keeps only facts that some other
   * report also supports.
   */
  static   List<Case> leaveOneReportOut(AttributionCorpus corpus) {
    List<Case> cases = new ArrayList<>();
    for (int a = 0; a < corpus.actors().size(); a++) {
      Map<String, Set<String>> byCitation = new LinkedHashMap<>();
      for (Fact f : corpus.actors().get(a).facts()) {
        if (f.origin() == AttributionCorpus.Origin.DIRECT) {
          for (String c : f.citations()) {
            byCitation.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(f.feature());
          }
        }
      }
      for (Map.Entry<String, Set<String>> e : byCitation.entrySet()) {
        if (e.getValue().size() >= MIN_USES) {
          String report = e.getKey();
          cases.add(new Case(a, report, List.copyOf(e.getValue()),
              f -> !(f.citations().size() == 1 && f.citations().contains(report)), Set.of(report)));
        }
      }
    }
    return cases;
  }

  /**
   * Every campaign attributed to an actor: its techniques and software are the evidence; the actor
   * loses every fact that shares a citation with the campaign.
   */
  static   List<Case> campaigns(AttributionCorpus corpus) {
    List<Case> cases = new ArrayList<>();
    for (int a = 0; a < corpus.actors().size(); a++) {
      Map<String, Set<String>> features = new LinkedHashMap<>();
      Map<String, Set<String>> citations = new HashMap<>();
      for (Fact f : corpus.actors().get(a).facts()) {
        if (f.origin() == AttributionCorpus.Origin.CAMPAIGN) {
          features.computeIfAbsent(f.via(), k -> new LinkedHashSet<>()).add(f.feature());
          citations.computeIfAbsent(f.via(), k -> new HashSet<>()).addAll(f.citations());
        }
      }
      for (Map.Entry<String, Set<String>> e : features.entrySet()) {
        String campaign = e.getKey();
        Set<String> cited = citations.get(campaign);
        cases.add(new Case(a, campaign, List.copyOf(e.getValue()),
            f -> !campaign.equals(f.via()) && Collections.disjoint(f.citations(), cited),
            Collections.unmodifiableSet(new java.util.TreeSet<>(cited))));
      }
    }
    return cases;
  }

  /** Similarity features of every case, each under its adjusted profile. */
  static List<double[][]> features(SimilarityModel model, List<Case> cases) {
    List<double[][]> out = new ArrayList<>(cases.size());
    for (Case c : cases) {
      out.add(model.features(c.evidence(), model.itemTerms(c.evidence()), c.adjustment()));
    }
    return out;
  }

  /**
   * For every case, a twin whose evidence fits nobody in particular: as many techniques and
   * software, drawn at random (seeded) in proportion to how many actors use each. Its truth is
   * "unknown actor"; it teaches the ranker how much similarity chance alone produces.
   */
  static List<double[][]> randomTwins(SimilarityModel model, List<Case> cases) {
    return model.randomTwins(cases.stream().map(c -> c.evidence().size()).toList(), RANDOM_SEED);
  }

  /** Ranker training cases: each case with its truth, and its random twin whose truth is unknown. */
  static List<Ranker.Case> rankerCases(List<Case> cases, List<double[][]> x, List<double[][]> twins) {
    List<Ranker.Case> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      out.add(new Ranker.Case(x.get(i), cases.get(i).actor(), -1));
      out.add(new Ranker.Case(twins.get(i), -1, -1));
    }
    return out;
  }
}
