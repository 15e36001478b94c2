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
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Cases built from the knowledge base itself, for training the {@link Ranker} and for the
 * benchmark: leave-one-report-out cases, campaign cases, and random "unknown actor" twins.
 */
final class TrainingCases {
  static final int MIN_USES = 5;
  static final long RANDOM_SEED = 20_241_115L;
  /** Seed of the sparse cases' item draws. */
  static final long SPARSE_SEED = 20_261_207L;

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
  static List<Case> leaveOneReportOut(AttributionCorpus corpus) {
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
  static List<Case> campaigns(AttributionCorpus corpus) {
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
            Collections.unmodifiableSet(new TreeSet<>(cited))));
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

  /**
   * Every case cut down to each sparse size, 1 to {@link #MIN_USES} - 1 items drawn at random
   * (seeded) from its evidence, and, when the case names software, a second draw of that size that
   * keeps one of its software; the actor's profile is adjusted as in the full case. This is evidence
   * like an indicator list's few techniques and tools, on which the {@link Calibration} is fitted.
   */
  static List<Case> sparse(List<Case> cases, long seed) {
    Random random = new Random(seed);
    List<Case> out = new ArrayList<>();
    for (Case c : cases) {
      List<String> software = c.evidence().stream().filter(f -> f.startsWith("s:")).toList();
      for (int k = 1; k < MIN_USES && k < c.evidence().size(); k++) {
        List<String> items = new ArrayList<>(c.evidence());
        Collections.shuffle(items, random);
        out.add(sparseCase(c, items.subList(0, k)));
        if (!software.isEmpty()) {
          // an indicator list names its malware: one of the report's software, then any other items
          String tool = software.get(random.nextInt(software.size()));
          List<String> rest = new ArrayList<>(c.evidence());
          rest.remove(tool);
          Collections.shuffle(rest, random);
          List<String> drawn = new ArrayList<>(List.of(tool));
          drawn.addAll(rest.subList(0, k - 1));
          out.add(sparseCase(c, drawn));
        }
      }
    }
    return out;
  }

  private static Case sparseCase(Case c, List<String> items) {
    return new Case(c.actor(), c.label() + " (" + items.size() + " of " + c.evidence().size() + " items)",
        List.copyOf(items), c.keep(), c.excluded());
  }

  /**
   * Calibration samples: each case's behaviour utilities under {@code ranker} with its truth, and
   * its random twin's with the unknown actor as truth, weighted by {@code unknownWeight}; both in
   * the case's amount of evidence ({@code amounts}).
   */
  static List<Calibration.Sample> calibrationSamples(Ranker ranker, List<Case> cases, List<Calibration.Amount> amounts,
      List<double[][]> x, List<double[][]> twins, double unknownWeight) {
    List<Calibration.Sample> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Calibration.Amount amount = amounts.get(i);
      out.add(new Calibration.Sample(amount, ranker.utilities(x.get(i), -1), cases.get(i).actor(), 1.0));
      double[] twin = ranker.utilities(twins.get(i), -1);
      out.add(new Calibration.Sample(amount, twin, twin.length - 1, unknownWeight));
    }
    return out;
  }

  /** The amount and kind of every case's evidence, under its adjusted profile. */
  static List<Calibration.Amount> amounts(SimilarityModel model, List<Case> cases) {
    return cases.stream().map(c -> model.amount(c.evidence(), c.adjustment())).toList();
  }

  /**
   * For every sparse case, a random twin of the same shape (as many techniques and software, an
   * exclusive tool when it names one: {@link SimilarityModel#randomTwinsLike}); its truth is
   * "unknown actor".
   */
  static List<double[][]> randomTwinsLike(SimilarityModel model, List<Case> cases, List<Calibration.Amount> amounts) {
    return model.randomTwinsLike(cases.stream().map(Case::evidence).toList(),
        amounts.stream().map(Calibration.Amount::kind).toList(), RANDOM_SEED);
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
