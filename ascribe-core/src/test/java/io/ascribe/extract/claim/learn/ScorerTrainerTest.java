package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.claim.learn.ScorerTrainer.Example;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ScorerTrainer} fits logistic weights deterministically, picks the F1-best threshold and cross-validates by article. */
class ScorerTrainerTest {
  /**
   * Ten articles, each with a claim (marked by "cue") and a frame that is none; "noise" is on in
   * one claim and one non-claim of every other article, so it tells nothing.
   */
  private static List<Example> separable() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String article = "a" + i;
      boolean noise = i % 2 == 0;
      Map<String, Double> claim = new LinkedHashMap<>(Map.of("bias", 1.0, "cue", 1.0));
      Map<String, Double> none = new LinkedHashMap<>(Map.of("bias", 1.0));
      if (noise) {
        claim.put("noise", 1.0);
        none.put("noise", 1.0);
      }
      out.add(new Example(article, "attribution US->C" + i, claim, true));
      out.add(new Example(article, "attribution US->D" + i, none, false));
    }
    return out;
  }

  @Test
  void fit_separableExamples_positiveWeightForTheClaimCueAndAllClassifiedRight() {
    List<Example> examples = separable();

    LinearScorer scorer = ScorerTrainer.standard().fit(examples, 0.5);

    assertThat(scorer.threshold()).isEqualTo(0.5);
    assertThat(scorer.weights().get("cue")).isPositive();
    assertThat(scorer.weights().get("bias")).isNegative();
    assertThat(Math.abs(scorer.weights().get("noise"))).isLessThan(scorer.weights().get("cue"));
    assertThat(examples).allSatisfy(e -> assertThat(scorer.accepts(e.features())).as(e.key()).isEqualTo(e.claim()));
  }

  @Test
  void fit_sameExamplesTwice_equalWeights() {
    ScorerTrainer trainer = ScorerTrainer.standard();

    assertThat(trainer.fit(separable(), 0.5)).isEqualTo(trainer.fit(separable(), 0.5));
  }

  @Test
  void fit_featuresListedInAnotherOrder_equalWeights() {
    List<Example> reordered = new ArrayList<>();
    for (Example e : separable()) {
      Map<String, Double> reversed = new LinkedHashMap<>();
      new ArrayList<>(e.features().keySet()).reversed().forEach(k -> reversed.put(k, e.features().get(k)));
      reordered.add(new Example(e.article(), e.key(), reversed, e.claim()));
    }

    assertThat(ScorerTrainer.standard().fit(reordered, 0.5).weights())
        .isEqualTo(ScorerTrainer.standard().fit(separable(), 0.5).weights());
  }

  @Test
  void fit_strongerPenalty_smallerWeights() {
    double loose = new ScorerTrainer(1e-4, 1500).fit(separable(), 0.5).weights().get("cue");
    double tight = new ScorerTrainer(0.5, 1500).fit(separable(), 0.5).weights().get("cue");

    assertThat(tight).isPositive().isLessThan(loose);
  }

  @Test
  void bestThreshold_unreachableGoldClaims_countAsMissesAndLowerTheThreshold() {
    // Two claims (0.9 and 0.3) among three non-claims (0.5, 0.6, 0.7). Keeping only the 0.9 claim
    // gives F1 2/3 when every gold claim was proposed; keeping everything gives 4/7. With three more
    // gold claims no frame proposed, recall weighs more: 2/6 against 4/10, so everything is kept.
    List<Example> examples = List.of(
        new Example("a", "k1", Map.of(), true), new Example("a", "k2", Map.of(), true),
        new Example("b", "k3", Map.of(), false), new Example("b", "k4", Map.of(), false),
        new Example("c", "k5", Map.of(), false));
    double[] p = {0.9, 0.3, 0.5, 0.6, 0.7};

    double allReachable = ScorerTrainer.bestThreshold(examples, p, 0);
    double threeUnreachable = ScorerTrainer.bestThreshold(examples, p, 3);

    assertThat(allReachable).isGreaterThan(0.7).isLessThanOrEqualTo(0.9);
    assertThat(threeUnreachable).isLessThanOrEqualTo(0.3);
  }

  @Test
  void bestThreshold_claimsAboveNonClaims_thresholdSeparatesThem() {
    List<Example> examples = List.of(new Example("a", "k1", Map.of(), true), new Example("a", "k2", Map.of(), false),
        new Example("b", "k3", Map.of(), true), new Example("b", "k4", Map.of(), false));
    double[] p = {0.8, 0.4, 0.65, 0.2};

    assertThat(ScorerTrainer.bestThreshold(examples, p, 0)).isGreaterThan(0.4).isLessThanOrEqualTo(0.65);
  }

  @Test
  void bestThresholds_typesScoredOnDifferentScales_eachTypeGetsItsOwnCut() {
    // Attributions separate at 0.5 (claims 0.9, 0.8; non-claims 0.3, 0.2), denials only higher up
    // (claim 0.95; non-claims 0.7, 0.6): one threshold keeps a false denial or loses true attributions.
    List<Example> examples = List.of(
        new Example("a", "attribution US->CN", Map.of(), true), new Example("a", "attribution US->RU", Map.of(), true),
        new Example("b", "attribution GB->IR", Map.of(), false), new Example("b", "attribution GB->KP", Map.of(), false),
        new Example("c", "denial CN->CN", Map.of(), true), new Example("c", "denial RU->RU", Map.of(), false),
        new Example("d", "denial IR->IR", Map.of(), false));
    double[] p = {0.9, 0.8, 0.3, 0.2, 0.95, 0.7, 0.6};

    Map<String, Double> byType = ScorerTrainer.bestThresholds(examples, p, 0);

    assertThat(byType.get("attribution")).isGreaterThan(0.3).isLessThanOrEqualTo(0.8);
    assertThat(byType.get("denial")).isGreaterThan(0.7).isLessThanOrEqualTo(0.95);
    assertThat(ScorerTrainer.bestThreshold(examples, p, 0)).isLessThanOrEqualTo(0.8);
  }

  @Test
  void fit_weightedExamples_theHeavierSideWins() {
    // Two identical frames, one a claim, one not: the weight decides which way the model leans.
    List<Example> claimHeavier = List.of(new Example("a", "k1", Map.of("f", 1.0), true, 3.0),
        new Example("b", "k2", Map.of("f", 1.0), false, 1.0));
    List<Example> nonClaimHeavier = List.of(new Example("a", "k1", Map.of("f", 1.0), true, 1.0),
        new Example("b", "k2", Map.of("f", 1.0), false, 3.0));

    assertThat(ScorerTrainer.standard().fit(claimHeavier, 0.5).probability(Map.of("f", 1.0))).isGreaterThan(0.7);
    assertThat(ScorerTrainer.standard().fit(nonClaimHeavier, 0.5).probability(Map.of("f", 1.0))).isLessThan(0.3);
  }

  @Test
  void crossValidate_separableExamples_oneHeldOutProbabilityPerExample() {
    List<Example> examples = separable();

    double[] p = ScorerTrainer.standard().crossValidate(examples, 5);

    assertThat(p).hasSize(examples.size());
    for (int i = 0; i < p.length; i++) {
      assertThat(p[i] >= 0.5).as(examples.get(i).key() + " p=" + p[i]).isEqualTo(examples.get(i).claim());
    }
  }

  @Test
  void crossValidate_featureOnlyOneArticleHas_unknownToTheModelThatScoresIt() {
    List<Example> examples = new ArrayList<>(separable());
    // Both frames of article "x" carry only a feature no other article has: held out together, the
    // model that scores them never saw it, so their probability is exactly one half.
    examples.add(new Example("x", "attribution GB->RU", Map.of("only_x", 1.0), true));
    examples.add(new Example("x", "denial RU->RU", Map.of("only_x", 1.0), true));

    double[] p = ScorerTrainer.standard().crossValidate(examples, 3);
    LinearScorer full = ScorerTrainer.standard().fit(examples, 0.5);

    assertThat(p).hasSize(examples.size());
    assertThat(p[p.length - 2]).isEqualTo(0.5);
    assertThat(p[p.length - 1]).isEqualTo(0.5);
    assertThat(full.probability(Map.of("only_x", 1.0))).isGreaterThan(0.5);
  }
}
