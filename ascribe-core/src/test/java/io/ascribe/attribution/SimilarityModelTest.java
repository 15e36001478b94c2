package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The similarity features decompose item by item, which is what the explanations rely on. */
class SimilarityModelTest {
  private static final List<String> POOL = List.of("t:T9001", "t:T9001.001",
      "s:malware--00000000-0000-4000-8000-000000000401", "s:tool--00000000-0000-4000-8000-000000000402",
      "t:T9999", "s:nobody");
  private static final long SEED = 42;

  private static AttributionCorpus corpus;
  private static SimilarityModel model;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph g = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(g);
    corpus = AttributionCorpus.build(g, linker.linkActors(), linker.linkSoftware());
    model = new SimilarityModel(corpus);
  }

  /** A software is exclusive when exactly one actor has it, counted under the case's adjusted profile. */
  @Test
  void amount_software_isExclusiveWhenOneActorHasIt_underTheAdjustment() {
    assertThat(model.amount(List.of("t:T9001"), null)).isEqualTo(new Calibration.Amount(1, Calibration.Kind.TECHNIQUES));
    assertThat(model.amount(List.of("t:T9001", "s:nobody"), null))
        .isEqualTo(new Calibration.Amount(2, Calibration.Kind.SOFTWARE));
    int checked = 0;
    for (String f : POOL) {
      if (!f.startsWith("s:") || model.actorsWith(f) == 0) {
        continue;
      }
      Calibration.Kind kind = model.actorsWith(f) == 1 ? Calibration.Kind.EXCLUSIVE_SOFTWARE : Calibration.Kind.SOFTWARE;
      assertThat(model.amount(List.of(f), null).kind()).as(f).isEqualTo(kind);
      for (int a = 0; a < corpus.actors().size(); a++) {
        if (!model.inProfile(a, f)) {
          continue;
        }
        // the actor forgets everything: the software has one actor fewer
        SimilarityModel.Adjustment forget = new SimilarityModel.Adjustment(a, fact -> false, java.util.Set.of());
        Calibration.Kind after = model.actorsWith(f) == 2 ? Calibration.Kind.EXCLUSIVE_SOFTWARE : Calibration.Kind.SOFTWARE;
        assertThat(model.amount(List.of(f), forget).kind()).as("%s without actor %d", f, a).isEqualTo(after);
        checked++;
      }
    }
    assertThat(checked).as("software in some actor's profile").isPositive();
  }

  @Test
  void contributions_plusProfileSizeTerm_equalTheUtility() {
    Random random = new Random(SEED);
    for (int round = 0; round < 50; round++) {
      List<String> evidence = randomEvidence(random);
      if (evidence.isEmpty()) {
        continue;
      }
      double[] theta = new double[SimilarityModel.SIZE];
      for (int d = 0; d < theta.length; d++) {
        theta[d] = random.nextGaussian();
      }
      List<List<FeatureModel.Term>> itemTerms = model.itemTerms(evidence);
      double[][] x = model.features(evidence, itemTerms, null);
      for (int a = 0; a < corpus.actors().size(); a++) {
        double utility = 0;
        for (int d = 0; d < theta.length; d++) {
          utility += theta[d] * x[a][d];
        }
        int size = SimilarityFeature.LOG_PROFILE_SIZE.ordinal();
        double sum = theta[size] * x[a][size];
        for (double c : model.contributions(evidence, itemTerms, a, theta)) {
          sum += c;
        }
        assertThat(sum).as("seed %d, round %d, actor %d, evidence %s", SEED, round, a, evidence)
            .isCloseTo(utility, within(1e-9));
      }
    }
  }

  /** Each feature alone: a unit weight on it gives the items' shares, which add up to the feature. */
  @Test
  void everyFeature_itemShares_sumToItsValue() {
    Random random = new Random(SEED);
    for (int round = 0; round < 50; round++) {
      List<String> evidence = randomEvidence(random);
      if (evidence.isEmpty()) {
        continue;
      }
      List<List<FeatureModel.Term>> itemTerms = model.itemTerms(evidence);
      double[][] x = model.features(evidence, itemTerms, null);
      for (SimilarityFeature feature : SimilarityFeature.values()) {
        double[] unit = new double[SimilarityModel.SIZE];
        unit[feature.ordinal()] = 1;
        for (int a = 0; a < corpus.actors().size(); a++) {
          double shares = Arrays.stream(model.contributions(evidence, itemTerms, a, unit)).sum();
          double expected = feature.perItem() ? x[a][feature.ordinal()] : 0;
          assertThat(shares).as("%s, seed %d, round %d, actor %d, evidence %s", feature.id(), SEED, round, a, evidence)
              .isCloseTo(expected, within(1e-9));
        }
      }
    }
  }

  @Test
  void features_noEvidence_onlyProfileSize() {
    double[][] x = model.features(List.of(), List.of(), null);
    for (double[] row : x) {
      for (SimilarityFeature feature : SimilarityFeature.values()) {
        if (feature.perItem()) {
          assertThat(row[feature.ordinal()]).as(feature.id()).isZero();
        }
      }
      assertThat(row[SimilarityFeature.LOG_PROFILE_SIZE.ordinal()]).isPositive();
    }
  }

  @Test
  void features_keepTheOrderOfTheCachedWeights() {
    assertThat(Arrays.stream(SimilarityFeature.values()).map(SimilarityFeature::id)).containsExactly(
        "best_report_similarity", "profile_cosine", "profile_coverage", "log_profile_size",
        "via_software_coverage", "item_coverage", "family_coverage", "naive_bayes", "software_coverage",
        "second_report_similarity");
  }

  private static List<String> randomEvidence(Random random) {
    List<String> evidence = new ArrayList<>();
    for (String f : POOL) {
      if (random.nextBoolean()) {
        evidence.add(f);
      }
    }
    return evidence;
  }
}
