package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Attributor#probabilities}: what {@link Attributor#attribute} ranks, unrounded, for benchmarks. */
class AttributorProbabilitiesTest {
  private static Attributor attributor;
  private static AttributionCorpus corpus;
  private static EvidenceResolver resolver;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph graph = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(graph);
    Linking actors = linker.linkActors();
    Linking software = linker.linkSoftware();
    corpus = AttributionCorpus.build(graph, actors, software);
    attributor = Attributor.train(corpus);
    resolver = new EvidenceResolver(graph, software);
  }

  private static ResolvedEvidence evidence(List<String> techniques, List<String> software, List<String> indicators) {
    return resolver.resolve(new Evidence("p", techniques, software, indicators, List.of("US"), List.of(), null, null,
        List.of(), List.of(), null));
  }

  @Test
  void probabilities_everyEvidenceSet_sumToOneWithUnknownLast_andAgreeWithAttribute() {
    for (ResolvedEvidence e : List.of(
        evidence(List.of("T9001.001"), List.of("S9001"), List.of()),
        evidence(List.of(), List.of("S9002"), List.of("192.0.2.1")),
        evidence(List.of(), List.of(), List.of()))) {
      double[] p = attributor.probabilities(e);
      assertThat(p).hasSize(corpus.actors().size() + 1);
      assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, offset(1e-9));
      assertThat(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1)).as(Arrays.toString(p)).isTrue();
      Attribution a = attributor.attribute(e, corpus.actors().size());
      Integer[] order = order(p);
      for (int k = 0; k < a.hypotheses().size(); k++) {
        assertThat(a.hypotheses().get(k).actor()).as("rank %d of %s", k + 1, e.items())
            .isEqualTo(corpus.actors().get(order[k]).name());
        assertThat(a.hypotheses().get(k).probability()).isCloseTo(p[order[k]], offset(0.001));
      }
    }
  }

  /** Candidate indexes by falling probability (the unknown actor left out). */
  private static Integer[] order(double[] p) {
    Integer[] o = new Integer[p.length - 1];
    for (int i = 0; i < o.length; i++) {
      o[i] = i;
    }
    Arrays.sort(o, (x, y) -> Double.compare(p[y], p[x]));
    return o;
  }
}
