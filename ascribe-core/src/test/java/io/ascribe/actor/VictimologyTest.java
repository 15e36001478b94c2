package io.ascribe.actor;

import static io.ascribe.actor.ActorFactsFixture.actor;
import static io.ascribe.actor.ActorFactsFixture.kb;
import static io.ascribe.actor.ActorFactsFixture.seen;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.attribution.EvidenceKind;
import org.junit.jupiter.api.Test;

class VictimologyTest {
  @Test
  void of_targetsNamedByTwoOrigins_groupTheirSources_bestSourcedFirst() {
    AttributionCorpus.Actor x = actor("x",
        kb("vc:US", EvidenceKind.VICTIM_COUNTRY, Origin.MISP),
        kb("vc:UA", EvidenceKind.VICTIM_COUNTRY, Origin.MISP),
        seen("vc:UA", EvidenceKind.VICTIM_COUNTRY, "old", "2019-05"),
        seen("vc:UA", EvidenceKind.VICTIM_COUNTRY, "new", "2024-02-01"),
        seen("vc:UA", EvidenceKind.VICTIM_COUNTRY, "new", "2024-02-01"),
        kb("vs:energy", EvidenceKind.VICTIM_SECTOR, Origin.MISP),
        kb("t:T1059", EvidenceKind.TECHNIQUE, Origin.DIRECT));

    Victimology v = Victimology.of(x, f -> "Energy");

    assertThat(v.countries()).extracting(Victimology.Target::code).containsExactly("UA", "US");
    Victimology.Target ua = v.countries().get(0);
    assertThat(ua.name()).isEqualTo("Ukraine");
    assertThat(ua.sources()).extracting(Victimology.Source::origin).containsExactly("misp", "corpus");
    assertThat(ua.sources().get(1).label()).isEqualTo("your corpus");
    assertThat(ua.sources().get(1).documents()).extracting(AttributionCorpus.Sighting::document).containsExactly("new", "old");
    assertThat(v.sectors()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Energy");
      assertThat(s.code()).isNull();
    });
  }

  @Test
  void sightingsSpan_undatedDocuments_areIgnored() {
    AttributionCorpus.Actor x = actor("x", seen("i:a", EvidenceKind.INDICATOR, "d1", "2021-03"),
        seen("i:b", EvidenceKind.INDICATOR, "d2", null), seen("i:c", EvidenceKind.INDICATOR, "d3", "2018"));

    assertThat(Sightings.span(x)).isEqualTo(new Sightings.Span("2018", "2021-03"));
    assertThat(Victimology.of(x, f -> f).isEmpty()).isTrue();
  }
}
