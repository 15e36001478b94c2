package io.ascribe.extract.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LineBreaker}, measuring one unit per character. */
class LineBreakerTest {
  private final LineBreaker breaker = new LineBreaker(String::length);

  @Test
  void lines_wordsThatFit_areFilledGreedily() {
    assertThat(breaker.lines("  the cat sat on  the mat ", 11))
        .containsExactly("the cat sat", "on the mat");
  }

  @Test
  void lines_longWordAtLineEnd_isHyphenatedLeavingThreeCharsEachSide() {
    assertThat(breaker.lines("data exfiltration", 12))
        .containsExactly("data exfilt-", "ration");
    assertThat(breaker.lines("exfiltration", 5)).containsExactly("exfi-", "ltra-", "tion");
  }

  @Test
  void lines_shortWordOrWordWithDigits_isNotHyphenated() {
    assertThat(breaker.lines("data payload", 9)).containsExactly("data", "payload");
    assertThat(breaker.lines("go T1059abcdef", 9)).containsExactly("go", "T1059abcd", "ef");
  }

  @Test
  void lines_cutOnlyWithThreeLettersEachSide_neverNextToAHyphen() {
    assertThat(breaker.lines("xx command-and-control", 14))
        .containsExactly("xx comm-", "and-and-cont-", "rol");
    assertThat(breaker.lines("xx denial-of-service", 12))
        .containsExactly("xx den-", "ial-of-serv-", "ice");
  }

  @Test
  void lines_cutOnlyBeforeALowerCaseLetter() {
    assertThat(breaker.lines("xx ABCDEFGHIJKL", 10)).containsExactly("xx", "ABCDEFGHIJ", "KL");
  }

  @Test
  void lines_tokenWiderThanTheLine_isCutWithoutHyphen() {
    assertThat(breaker.lines("hash 0123456789abcdef0123", 10))
        .containsExactly("hash", "0123456789", "abcdef0123");
  }

  @Test
  void lines_blank_givesNoLines() {
    assertThat(breaker.lines(" \n ", 10)).isEmpty();
  }
}
