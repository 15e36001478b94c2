package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The similarity features decompose item by item, which is what the explanations rely on. */
class SimilarityModelTest {
  private static AttributionCorpus corpus;
  private static SimilarityModel model;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph g = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(g);
    corpus = AttributionCorpus.build(g, linker.linkActors(), linker.linkSoftware());
    model = new SimilarityModel(corpus);
  }

  @Test
  void contributions_plusProfileSizeTerm_equalTheUtility() {
    List<String> pool = List.of("t:T9001", "t:T9001.001", "s:malware--00000000-0000-4000-8000-000000000401",
        "s:tool--00000000-0000-4000-8000-000000000402", "t:T9999", "s:nobody");
    long seed = 42;
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      List<String> evidence = new ArrayList<>();
      for (String f : pool) {
        if (random.nextBoolean()) {
          evidence.add(f);
        }
      }
      if (evidence.isEmpty()) {
        continue;
      }
      double[] theta = new double[SimilarityModel.SIZE];
      for (int d = 0; d < theta.length; d++) {
        theta[d] = random.nextGaussian();
      }
      List<List<FeatureModel.Term>> itemTerms = new ArrayList<>();
      List<FeatureModel.Term> all = new ArrayList<>();
      for (String f : evidence) {
        List<FeatureModel.Term> t = model.naiveBayes().terms(f, f.startsWith("s:") ? EvidenceKind.SOFTWARE : EvidenceKind.TECHNIQUE);
        itemTerms.add(t);
        all.addAll(t);
      }
      double[][] x = model.features(evidence, all, null);
      for (int a = 0; a < corpus.actors().size(); a++) {
        double utility = 0;
        for (int d = 0; d < theta.length; d++) {
          utility += theta[d] * x[a][d];
        }
        double sum = theta[3] * x[a][3];
        for (double c : model.contributions(evidence, itemTerms, a, theta)) {
          sum += c;
        }
        assertThat(sum).as("seed %d, round %d, actor %d, evidence %s", seed, round, a, evidence)
            .isCloseTo(utility, within(1e-9));
      }
    }
  }
}
