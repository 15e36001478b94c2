package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.claim.TextAnnotator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link FrameGenerator}'s frames of outlets, international bodies and coalition members, on sentences written for the test. */
class FrameGeneratorTest {
  private final TextAnnotator annotator = new TextAnnotator();
  private final FrameGenerator generator = new FrameGenerator(FrameCues.load());

  private Map<String, Frame> frames(String text) {
    return generator.frames(annotator.annotate(null, text, null), List.of()).stream()
        .collect(Collectors.toMap(Frame::key, f -> f));
  }

  @Test
  void frames_outletReportsItsFinding_attributionFromTheOutletsCountry() {
    Map<String, Frame> f = frames("Fox News reported that hackers working for Iran attacked the dam.");

    assertThat(f).containsKey("attribution US->IR");
    assertThat(f.get("attribution US->IR").features()).containsKeys("attribution:c_kind_outlet", "attribution:c_speaks");
  }

  @Test
  void frames_internationalBodyAccuses_attributionWithNoClaimantCountry() {
    Map<String, Frame> f = frames("NATO accused Russia of the cyberattack on the grid.");

    assertThat(f).containsKey("attribution null->RU");
    assertThat(f.get("attribution null->RU").features()).containsKey("attribution:c_kind_international");
    assertThat(f).doesNotContainKey("denial null->null");
  }

  @Test
  void frames_coalitionJoinsAnEarlierAccusation_eachMemberGetsAFrame() {
    Map<String, Frame> f = frames("Canada accused Russia of the cyberattack on the port. Australia and Japan also condemned the attack.");

    assertThat(f).containsKeys("attribution AU->RU", "attribution JP->RU");
    assertThat(f.get("attribution JP->RU").features()).containsKeys("attribution:joins_earlier", "attribution:joins_only",
        "attribution:joins_cue");
  }

  @Test
  void frames_oneStateAloneAfterAnAccusation_noJoinedFrame() {
    Map<String, Frame> f = frames("Canada accused Russia of the cyberattack on the port. Japan also reported an outage.");

    assertThat(f).doesNotContainKey("attribution JP->RU");
  }

  @Test
  void frames_coalitionTooFarAfterTheAccusation_noJoinedFrame() {
    Map<String, Frame> f = frames("Canada accused Russia of the cyberattack on the port. The port reopened. Trade resumed. "
        + "Australia and Japan also condemned the attack.");

    assertThat(f).doesNotContainKeys("attribution AU->RU", "attribution JP->RU");
  }

  @Test
  void frames_pluralAnaphorAccuses_eachMemberOfTheListClaimsWithHowItWasResolved() {
    Map<String, Frame> f = frames("Canada, Japan and Australia met on Monday. These countries accused Iran of the cyberattack.");

    assertThat(f).containsKeys("attribution CA->IR", "attribution JP->IR", "attribution AU->IR");
    assertThat(f.get("attribution JP->IR").features()).containsKey("attribution:c_resolved_list_anaphor");
  }

  @Test
  void frames_listMembers_shareTheListsPlaceAndAreNotPairedWithEachOther() {
    Map<String, Frame> f = frames("Canada, Japan and Australia accused Iran of the cyberattack.");

    assertThat(f.get("attribution JP->IR").features())
        .containsKeys("attribution:c_before_a", "attribution:a_accuse_between", "attribution:c_resolved_list_member");
    assertThat(f).doesNotContainKeys("attribution CA->JP", "attribution JP->AU");
  }

  @Test
  void frames_accusedStateAccusesItsAccuser_counterAccusationFrameWithoutCounterWords() {
    Map<String, Frame> f = frames("Canada accused Russia of the cyberattack on the port. Russia rejected the claims. "
        + "Moscow blamed Canada for the attack on its own grid.");

    assertThat(f).containsKey("counter_accusation RU->CA");
    assertThat(f.get("attribution RU->CA").features()).containsKey("attribution:d_c_answers_a");
    assertThat(f.get("attribution CA->RU").features()).containsKeys("attribution:d_a_answers_c", "attribution:d_accuses");
  }
}
