package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An evidence file's free text read into techniques, software and indicators by the document extractor. */
class TextEvidenceTest {
  private static final String TEXT = """
      Responders found KettleRAT on two file servers.
      The implant beaconed to 198.51.100.23 every ten minutes, and the operators ran T9001.
      Local press blamed Alpha Panda, which nobody has confirmed.
      """;

  private static EvidenceResolver plain;
  private static EvidenceResolver reading;
  private static Attributor attributor;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph graph = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(graph);
    Linking actors = linker.linkActors();
    Linking software = linker.linkSoftware();
    plain = new EvidenceResolver(graph, software);
    reading = plain.withText(new DocumentEvidence(DocumentExtractor.forKnowledge(graph, actors, software, WarningLists.none())));
    attributor = Attributor.train(AttributionCorpus.build(graph, actors, software));
  }

  private static Evidence withText(List<String> techniques, String text) {
    return new Evidence("t", techniques, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), text);
  }

  @Test
  void resolve_freeText_readsTechniqueSoftwareAndIndicatorWithTheirSentences() {
    ResolvedEvidence e = reading.resolve(withText(List.of(), TEXT));

    assertThat(e.items()).extracting(ResolvedEvidence.Item::kind, ResolvedEvidence.Item::feature)
        .containsExactly(
            tuple(EvidenceKind.TECHNIQUE, "t:T9001"),
            tuple(EvidenceKind.SOFTWARE, e.items().get(1).feature()),
            tuple(EvidenceKind.INDICATOR, "i:198.51.100.23"));
    assertThat(e.items().get(1).label()).isEqualTo("KettleRAT (S9001)");
    assertThat(e.items().get(0).quote()).contains("the operators ran T9001");
    assertThat(e.items().get(1).quote()).isEqualTo("Responders found KettleRAT on two file servers.");
    assertThat(e.items().get(2).quote())
        .isEqualTo("The implant beaconed to 198.51.100.23 every ten minutes, and the operators ran T9001.");
    assertThat(e.unresolved()).isEmpty();
    assertThat(e.notes()).anySatisfy(n -> assertThat(n).startsWith("3 item(s) were read from the free text"));
  }

  @Test
  void resolve_actorNamedInText_isNotEvidence() {
    ResolvedEvidence e = reading.resolve(withText(List.of(), "Officials blamed Alpha Panda for the outage."));

    assertThat(e.items()).isEmpty();
    assertThat(e.notes()).anySatisfy(n -> assertThat(n).startsWith("nothing more was read from the free text"));
  }

  @Test
  void resolve_itemGivenAndInText_keptOnceAsGiven() {
    ResolvedEvidence e = reading.resolve(withText(List.of("T9001"), TEXT));

    assertThat(e.items()).filteredOn(i -> i.feature().equals("t:T9001")).singleElement()
        .satisfies(i -> assertThat(i.quote()).isNull());
    assertThat(e.items()).hasSize(3);
  }

  @Test
  void resolve_withoutReader_ignoresTextAndSaysSo() {
    ResolvedEvidence e = plain.resolve(withText(List.of(), TEXT));

    assertThat(e.items()).isEmpty();
    assertThat(e.notes()).containsExactly("the free text was not read: this engine has no extractor");
  }

  @Test
  void attribute_freeTextOnly_ranksTheImplantsActorFirstAndExplainsWhereItemsWereRead() {
    Attribution a = attributor.attribute(reading.resolve(withText(List.of(), TEXT)), 3);

    Attribution.Hypothesis top = a.hypotheses().get(0);
    assertThat(top.attackId()).isEqualTo("G9001");
    assertThat(top.evidence()).filteredOn(n -> n.kind().equals("software")).singleElement()
        .satisfies(n -> assertThat(n.note()).contains("read from the free text"));
  }
}
