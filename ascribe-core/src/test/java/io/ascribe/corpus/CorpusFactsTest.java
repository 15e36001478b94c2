package io.ascribe.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Corpus links become engine facts that cite their document. */
class CorpusFactsTest {
  private static final Provenance DOC = new Provenance("sha-1", "A report", "2021-02-01", "ESET", LinkBasis.DECLARED, 1.0);

  @Test
  void byActor_eachLink_isACorpusFactCitingItsDocument() {
    Map<String, List<AttributionCorpus.Fact>> facts = CorpusFacts.byActor(List.of(
        new CorpusLink("actor-a", EvidenceKind.SOFTWARE, "s:kettle", "KettleRAT", null, DOC),
        new CorpusLink("actor-a", EvidenceKind.INDICATOR, "i:192.0.2.10", "192.0.2.10", "It beacons to 192.0.2.10.", DOC)));

    assertThat(facts).containsOnlyKeys("actor-a");
    assertThat(facts.get("actor-a")).extracting(AttributionCorpus.Fact::feature).containsExactly("s:kettle", "i:192.0.2.10");
    assertThat(facts.get("actor-a")).allSatisfy(f -> {
      assertThat(f.origin()).isEqualTo(AttributionCorpus.Origin.CORPUS);
      assertThat(f.citations()).isEqualTo(Set.of("sha-1"));
      assertThat(f.sighting().title()).isEqualTo("A report");
      assertThat(f.sighting().confidence()).isEqualTo(1.0);
    });
  }
}
