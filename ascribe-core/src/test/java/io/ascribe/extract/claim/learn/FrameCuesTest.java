package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.claim.learn.FrameCues.Cue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link FrameCues} finds where each class of cue starts in lower-case text, at word starts only. */
class FrameCuesTest {
  @Test
  void load_bundledTable_findsDenialAndSpeechCues() {
    String lower = "the ministry rejected the claims";

    Map<Cue, int[]> at = FrameCues.load().find(lower);

    assertThat(at).containsOnlyKeys(Cue.values());
    assertThat(at.get(Cue.DENY)).contains(lower.indexOf("rejected"));
    assertThat(at.get(Cue.SPEECH)).contains(lower.indexOf("claims"));
    assertThat(at.get(Cue.ACCUSE)).isEmpty();
  }

  @Test
  void load_bundledTable_textWithoutCuesFindsNothing() {
    Map<Cue, int[]> at = FrameCues.load().find("xyzzy qwerty plugh");

    assertThat(at.values()).allSatisfy(p -> assertThat(p).isEmpty());
  }

  @Test
  void find_phraseInsideAWord_doesNotMatch() {
    FrameCues cues = new FrameCues(List.of("speech\tsaid", "accuse\taccus"));

    Map<Cue, int[]> at = cues.find("it went unsaid; the reaccused man");

    assertThat(at.get(Cue.SPEECH)).isEmpty();
    assertThat(at.get(Cue.ACCUSE)).isEmpty();
  }

  @Test
  void find_phraseAtWordStart_matchesWordBeginningsEverywhere() {
    FrameCues cues = new FrameCues(List.of("accuse\taccus", "speech\tsaid"));
    String lower = "accused, she said; (accusations) said";

    Map<Cue, int[]> at = cues.find(lower);

    assertThat(at.get(Cue.ACCUSE)).containsExactly(0, lower.indexOf("accusations"));
    assertThat(at.get(Cue.SPEECH)).containsExactly(lower.indexOf("said"), lower.lastIndexOf("said"));
  }

  @Test
  void find_phraseStartingWithPunctuation_matchesInsideAWord() {
    FrameCues cues = new FrameCues(List.of("agent\t-linked"));
    String lower = "kremlin-linked hackers";

    assertThat(cues.find(lower).get(Cue.AGENT)).containsExactly(lower.indexOf('-'));
  }

  @Test
  void find_severalPhrasesOfAClass_positionsAscending() {
    FrameCues cues = new FrameCues(List.of("deny\tnonsense", "deny\treject"));
    String lower = "they reject it as nonsense and reject it again";

    assertThat(cues.find(lower).get(Cue.DENY))
        .containsExactly(lower.indexOf("reject"), lower.indexOf("nonsense"), lower.lastIndexOf("reject"));
  }

  @Test
  void constructor_commentsAndBlankLines_skipped() {
    FrameCues cues = new FrameCues(List.of("# deny\tsaid", "", "   ", "HEDGE\tunclear"));

    Map<Cue, int[]> at = cues.find("it is unclear what was said");

    assertThat(at.get(Cue.HEDGE)).containsExactly(6);
    assertThat(at.get(Cue.DENY)).isEmpty();
  }

  @Test
  void constructor_lineWithoutTab_rejectedWithItsNumber() {
    List<String> lines = List.of("# cues", "accuse\tblam", "deny reject");

    assertThatThrownBy(() -> new FrameCues(lines)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }
}
