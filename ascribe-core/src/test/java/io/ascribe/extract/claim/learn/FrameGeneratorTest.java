package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.ClaimExtractor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameGenerator} proposes the frames a scorer decides on: counter-accusations read from an
 * accused party's own accusation, and accusations whose accused stands in the sentences before.
 */
class FrameGeneratorTest {
  /** Annotates only: the rule reader's claims are left out, so every frame is the generator's. */
  private final ClaimExtractor rules = new ClaimExtractor(name -> List.of());
  private final FrameGenerator generator = new FrameGenerator(FrameCues.load());

  private Map<String, Frame> frames(String text) {
    AnnotatedText annotated = rules.annotate("", text, null);
    return generator.frames(annotated, List.of()).stream()
        .collect(Collectors.toMap(Frame::key, f -> f));
  }

  @Test
  void frames_accusedPartyAccusesItsAccuser_counterAccusationFromItsAttribution() {
    Map<String, Frame> frames = frames("The United States accused North Korea of hacking the studio. "
        + "North Korea rejected the accusation on Sunday. "
        + "North Korea blamed the United States for the internet outages of the week.");

    assertThat(frames).containsKey("attribution KP->US");
    assertThat(frames.get("counter_accusation KP->US").features()).containsKey("counter_accusation:from_attribution");
  }

  @Test
  void frames_claimantNobodyAccused_noCounterAccusationFromItsAttribution() {
    Map<String, Frame> frames = frames("The United States accused North Korea of hacking the studio.");

    assertThat(frames).containsKey("attribution US->KP").doesNotContainKey("counter_accusation US->KP");
  }

  @Test
  void frames_speakerAccusesWithTheAccusedInTheSentenceBefore_attributionToThatAccused() {
    Map<String, Frame> frames = frames("Britain accused Russia of the cyber attack on the chemical weapons watchdog. "
        + "Canada also condemned the attack on Monday.");

    assertThat(frames).containsKey("attribution GB->RU");
    assertThat(frames.get("attribution CA->RU").features()).containsKey("attribution:a_context");
  }

  @Test
  void frames_accusedFarBefore_noAttributionFromContext() {
    Map<String, Frame> frames = frames("Britain accused Russia of the cyber attack on the chemical weapons watchdog. "
        + "The watchdog met in The Hague. Its director spoke for an hour. The meeting ended at noon. "
        + "Canada also condemned the attack on Monday.");

    assertThat(frames).doesNotContainKey("attribution CA->RU");
  }
}
