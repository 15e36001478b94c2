package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one splitter claims and techniques share. Claims used to split news with one configuration
 * and techniques reports with another, so a document was split twice into different sentences.
 */
class SentenceSplitterTest {

  @Test
  void standard_newsAbbreviations_doNotEndASentence() {
    assertThat(SentenceSplitter.STANDARD.split("Gen. Nakasone told Sen. Warner on Jan. 5 that Mr. Li lied. He left."))
        .containsExactly("Gen. Nakasone told Sen. Warner on Jan. 5 that Mr. Li lied.", "He left.");
  }

  @Test
  void standard_reportAbbreviations_doNotEndASentence() {
    assertThat(SentenceSplitter.STANDARD.split("It drops files, scripts, etc. The loader (see Fig. 3) runs them. (It persists.)"))
        .containsExactly("It drops files, scripts, etc. The loader (see Fig. 3) runs them.", "(It persists.)");
  }

  @Test
  void standard_overlongSentence_cutAtASpace() {
    String table = "word ".repeat(300).trim();

    assertThat(SentenceSplitter.STANDARD.split(table)).hasSize(3).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(600));
  }
}
