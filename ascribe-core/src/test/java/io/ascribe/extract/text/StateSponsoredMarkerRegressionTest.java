package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Regression: "sponsored" was a boilerplate marker (for "Sponsored content" ads), so every short
 * sentence about "state-sponsored" actors was dropped from advisories and attribution news.
 */
class StateSponsoredMarkerRegressionTest {
  @Test
  void fromPlainText_shortStateSponsoredSentence_isKept() {
    String sentence = "Chinese state-sponsored cyber actors remain agile and cognizant of defenders.";
    CleanText t = new TextExtractor().fromPlainText("""
        The advisory describes tactics, techniques and procedures used by the actors in detail.

        %s

        They mask their activity behind a revolving series of virtual private servers, it says.
        """.formatted(sentence));

    assertThat(t.text()).contains(sentence);
  }

  @Test
  void fromPlainText_sponsoredContentLabel_isStillDropped() {
    CleanText t = new TextExtractor().fromPlainText("""
        The advisory describes tactics, techniques and procedures used by the actors in detail.
        Sponsored content
        They mask their activity behind a revolving series of virtual private servers, it says.
        """);

    assertThat(t.text()).doesNotContain("Sponsored");
  }
}
