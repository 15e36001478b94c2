package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.TextAnnotator;
import io.ascribe.extract.claim.learn.Discourse.Accusation;
import io.ascribe.extract.claim.learn.FrameCues.Cue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DiscourseReader}: speakers, responders, directed accusations and answers, on sentences written for the test. */
class DiscourseReaderTest {
  private final TextAnnotator annotator = new TextAnnotator();
  private final FrameCues cues = FrameCues.load();

  private Discourse read(String text) {
    AnnotatedText annotated = annotator.annotate(null, text, null);
    List<Map<Cue, int[]>> at = annotated.sentences().stream().map(s -> cues.find(s.toLowerCase(Locale.ROOT))).toList();
    return DiscourseReader.read(annotated, at);
  }

  @Test
  void read_activeAccusation_accuserBeforeTheVerbAccusedAfter() {
    Discourse d = read("Canada accused Russia of the cyberattack on the port.");

    assertThat(d.accusations()).extracting(Accusation::accuser, Accusation::accused)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CA", "RU"));
    assertThat(d.speaker(0)).isEqualTo("CA");
  }

  @Test
  void read_passiveAccusation_theStateBeforeTheVerbIsAccused() {
    Discourse d = read("Russia was accused by Canada of the cyberattack on the port.");

    assertThat(d.accuses("CA", "RU")).isTrue();
    assertThat(d.accuses("RU", "CA")).isFalse();
  }

  @Test
  void read_accusationInsideADenial_embeddedAccusationByTheNamedAccuserAnswered() {
    Discourse d = read("Taiwan on Thursday rejected accusations from China that its military hacked a company.");

    assertThat(d.responder(0)).isEqualTo("TW");
    assertThat(d.speaker(0)).isEqualTo("TW");
    assertThat(d.accusations()).anySatisfy(a -> {
      assertThat(a.accuser()).isEqualTo("CN");
      assertThat(a.accused()).isEqualTo("TW");
      assertThat(a.embedded()).isTrue();
    });
    assertThat(d.answers("TW", "CN")).isTrue();
    assertThat(d.answers("CN", "TW")).isFalse();
  }

  @Test
  void read_denialSentencesAfter_answerTheEarlierAccusationAgainstTheResponder() {
    Discourse d = read("Canada accused Russia of the cyberattack on the port. "
        + "The Russian foreign ministry said the claims were groundless. It rejected them.");

    assertThat(d.speaker(1)).isEqualTo("RU");
    assertThat(d.responder(1)).isEqualTo("RU");
    assertThat(d.speaker(2)).isEqualTo("RU"); // "It" continues the ministry's statement
    assertThat(d.answers("RU", "CA")).isTrue();
    assertThat(d.answering()).containsExactly("RU");
  }

  @Test
  void read_noStatement_noSpeakerNoAccusation() {
    Discourse d = read("The port reopened on Monday.");

    assertThat(d.speaker(0)).isNull();
    assertThat(d.responder(0)).isNull();
    assertThat(d.accusations()).isEmpty();
  }
}
