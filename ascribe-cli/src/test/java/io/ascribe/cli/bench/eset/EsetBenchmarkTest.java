package io.ascribe.cli.bench.eset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.Attributor;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.indicator.WarningLists;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Leave-one-publication-out end to end on the tiny repository and the mini knowledge base. */
class EsetBenchmarkTest {
  private static EsetBenchmark.Report report;
  private static final List<String> phases = new ArrayList<>();

  @BeforeAll
  static void run() throws Exception {
    MiniKnowledge kb = MiniKnowledge.load();
    DocumentExtractor extractor = DocumentExtractor.forKnowledge(kb.graph(), kb.actors(), kb.software(), WarningLists.none());
    Attributor trained = Attributor.train(AttributionCorpus.build(kb.graph(), kb.actors(), kb.software()));
    report = new EsetBenchmark(kb.graph(), kb.actors(), kb.software(), extractor, trained.ranker())
        .run(EsetPublications.read(MiniKnowledge.repository()), new EsetBenchmark.Progress() {
          @Override
          public void phase(String name, int total) {
            phases.add(name);
          }

          @Override
          public void step() {}
        });
  }

  @Test
  void run_everyPublicationOfAnActorWithTwoOrMore_isACaseInEveryArm() {
    assertThat(report.publications()).isEqualTo(9);
    assertThat(report.mappedPublications()).isEqualTo(4);
    assertThat(report.actors()).isEqualTo(2);
    assertThat(report.cases()).hasSize(4);
    assertThat(report.arms()).extracting(EsetBenchmark.ArmResult::arm).containsExactly(Arm.values());
    assertThat(report.arms()).allSatisfy(a -> assertThat(a.metrics().cases()).isEqualTo(4));
    assertThat(phases).containsExactly("extracting 4 publications", "ranking 4 held-out publications");
  }

  @Test
  void run_foldersMappedAndUnmapped_areReported() {
    assertThat(report.folders()).extracting(FolderMapper.Mapping::folder, FolderMapper.Mapping::actorName)
        .containsExactly(
            tuple("coffee_bean", null),
            tuple("mystery", null),
            tuple("pointers", null),
            tuple("spoon", "Beta Bear"),
            tuple("tea_leaf", "Alpha Panda"));
  }

  @Test
  void run_heldOutText_isMaskedAndStillRankedByItsSoftware() {
    assertThat(report.masked().get("Alpha Panda")).contains("Tea Leaf", "ALPHA-1");
    EsetBenchmark.CaseResult readme = report.cases().stream()
        .filter(c -> c.publication().equals("tea_leaf/README.adoc")).findFirst().orElseThrow();
    assertThat(readme.actor()).isEqualTo("Alpha Panda");
    assertThat(readme.items()).containsKey("software").containsKey("indicator");
    assertThat(readme.ranks().get(Arm.BEHAVIOUR)).as("KettleRAT is Alpha Panda's implant").isEqualTo(1);
  }

  @Test
  void run_recurrence_countsSameActorReuseAndCollisions() {
    InfrastructureRecurrence.Row alpha = row("Alpha Panda");
    assertThat(alpha.publications()).isEqualTo(2);
    assertThat(alpha.sameActor().get("ip")).as("both Tea Leaf posts list 192.0.2.10").isEqualTo(2);
    assertThat(alpha.otherActor().get("ip")).as("the spoon folder (Beta Bear) lists it too").isEqualTo(2);
    InfrastructureRecurrence.Row beta = row("Beta Bear");
    assertThat(beta.publications()).isEqualTo(2);
    assertThat(beta.sameActor().get("domain")).as("spoon.example.org in both Spoon posts").isEqualTo(2);
    assertThat(beta.otherActor().get("ip")).isEqualTo(1);
    assertThat(beta.sameActor().get("hash")).isZero();
    assertThat(beta.sameActor().get("any")).isEqualTo(2);
    assertThat(row("all").publications()).isEqualTo(4);
    assertThat(row("all").otherActor().get("any")).isEqualTo(3);
  }

  private static InfrastructureRecurrence.Row row(String actor) {
    return report.recurrence().stream().filter(r -> r.actor().equals(actor)).findFirst().orElseThrow();
  }
}
