package io.ascribe.actor;

import static io.ascribe.actor.ActorFactsFixture.actor;
import static io.ascribe.actor.ActorFactsFixture.kb;
import static io.ascribe.actor.ActorFactsFixture.seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.attribution.EvidenceKind;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ActorComparisonTest {
  private static final Function<String, String> NAMES = f -> f.substring(f.indexOf(':') + 1);

  private final AttributionCorpus.Actor a = actor("a",
      kb("t:T1059", EvidenceKind.TECHNIQUE, Origin.DIRECT),
      kb("t:T1003", EvidenceKind.TECHNIQUE, Origin.DIRECT),
      kb("t:T1055", EvidenceKind.TECHNIQUE, Origin.VIA_SOFTWARE),
      kb("s:implant", EvidenceKind.SOFTWARE, Origin.DIRECT),
      kb("s:mimikatz", EvidenceKind.SOFTWARE, Origin.CAMPAIGN),
      kb("vc:UA", EvidenceKind.VICTIM_COUNTRY, Origin.MISP),
      seen("i:evil.example", EvidenceKind.INDICATOR, "d1", "2023-04-01"));
  private final AttributionCorpus.Actor b = actor("b",
      kb("t:T1059", EvidenceKind.TECHNIQUE, Origin.DIRECT),
      kb("t:T1055", EvidenceKind.TECHNIQUE, Origin.DIRECT),
      kb("s:implant", EvidenceKind.SOFTWARE, Origin.DIRECT),
      kb("s:mimikatz", EvidenceKind.SOFTWARE, Origin.DIRECT),
      seen("vc:UA", EvidenceKind.VICTIM_COUNTRY, "d2", "2024-01-01"),
      seen("i:evil.example", EvidenceKind.INDICATOR, "d2", "2024-01-01"));
  private final List<AttributionCorpus.Actor> all = List.of(a, b,
      actor("c", kb("t:T1059", EvidenceKind.TECHNIQUE, Origin.DIRECT), kb("s:mimikatz", EvidenceKind.SOFTWARE, Origin.DIRECT)),
      actor("d", kb("t:T1059", EvidenceKind.TECHNIQUE, Origin.DIRECT), kb("s:mimikatz", EvidenceKind.SOFTWARE, Origin.DIRECT)));

  @Test
  void of_sharedTools_rarestFirstWithTheNumberOfActorsHavingEach() {
    ActorComparison c = ActorComparison.of(all, a, b, NAMES);

    assertThat(c.actors()).isEqualTo(4);
    assertThat(c.section("tools").common()).extracting(ActorComparison.Item::feature, ActorComparison.Item::actors)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("s:implant", 2), org.assertj.core.groups.Tuple.tuple("s:mimikatz", 4));
    assertThat(c.section("tools").overlap()).isEqualTo(1.0);
  }

  @Test
  void of_techniquesImpliedBySoftware_areNotCompared() {
    ActorComparison c = ActorComparison.of(all, a, b, NAMES);

    ActorComparison.Section t = c.section("techniques");
    assertThat(t.common()).extracting(ActorComparison.Item::feature).containsExactly("t:T1059");
    assertThat(t.onlyA()).extracting(ActorComparison.Item::feature).containsExactly("t:T1003");
    assertThat(t.onlyB()).extracting(ActorComparison.Item::feature).containsExactly("t:T1055");
    assertThat(t.overlap()).isEqualTo(1.0 / 3);
  }

  @Test
  void of_victimsAndInfrastructure_joinWhateverTheirOrigin_andKeepEachSidesOrigins() {
    ActorComparison c = ActorComparison.of(all, a, b, NAMES);

    ActorComparison.Item ua = c.section("victims").common().get(0);
    assertThat(ua.label()).isEqualTo("Ukraine (UA)");
    assertThat(ua.originsA()).containsExactly("misp");
    assertThat(ua.originsB()).containsExactly("corpus");
    assertThat(c.section("infrastructure").common()).extracting(ActorComparison.Item::label).containsExactly("evil.example");
  }

  @Test
  void of_anActorWithoutFacts_isUnprofiled_andSharesNothing() {
    AttributionCorpus.Actor nameOnly = actor("z");

    ActorComparison c = ActorComparison.of(all, a, nameOnly, NAMES);

    assertThat(c.b().profiled()).isFalse();
    assertThat(c.actors()).isEqualTo(5);
    assertThat(c.sections()).allSatisfy(s -> assertThat(s.common()).isEmpty());
    assertThat(c.section("tools").onlyA()).hasSize(2);
  }

  @Test
  void section_unknownAspect_namesTheAspects() {
    assertThatThrownBy(() -> ActorComparison.of(all, a, b, NAMES).section("planets"))
        .hasMessage("no aspect 'planets'; aspects are [techniques, tools, victims, infrastructure]");
  }

  @Test
  void visibleFacts_documentTheReaderMayNotSee_dropsItsFactsFromCountsToo() {
    List<AttributionCorpus.Actor> cleared = VisibleFacts.of(all, doc -> !doc.equals("d2"));

    ActorComparison c = ActorComparison.of(cleared, cleared.get(0), cleared.get(1), NAMES);

    assertThat(c.section("infrastructure").common()).isEmpty();
    assertThat(c.section("infrastructure").onlyA()).singleElement()
        .satisfies(i -> assertThat(i.actors()).isEqualTo(1));
    assertThat(c.section("victims").onlyA()).extracting(ActorComparison.Item::feature).containsExactly("vc:UA");
  }

  @Test
  void closestActors_rareSharedToolOutweighsCommonOnes() {
    List<ClosestActors.Neighbour> n = ClosestActors.of(all, a, 3);

    assertThat(n).extracting(ClosestActors.Neighbour::key).containsExactly("b", "c", "d");
    assertThat(n.get(0).shared()).isEqualTo(4);
  }
}
