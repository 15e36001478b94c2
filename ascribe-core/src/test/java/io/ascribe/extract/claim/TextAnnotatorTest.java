package io.ascribe.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first stage of claim reading: sentences, mentions, home state, outlet, company and quotations, found once. */
class TextAnnotatorTest {
  private final TextAnnotator annotator = new TextAnnotator();

  @Test
  void annotate_titleWithAccusedAndVictim_homeStateIsTheVictim() {
    AnnotatedText a = annotator.annotate("Suspected Russian hackers breached Norwegian dam",
        "Norway's police said the dam was hit. Russia denied it.", null);

    assertThat(a.homeState()).isEqualTo("NO");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.mentions().get(1)).extracting(m -> m.party().country()).containsExactly("RU");
  }

  @Test
  void annotate_noStateInTitle_homeStateFromTheDateline() {
    AnnotatedText a = annotator.annotate("Hackers hit ministry", "WARSAW, Aug 19 - The ministry said it was attacked.", null);

    assertThat(a.homeState()).isEqualTo("PL");
  }

  @Test
  void annotate_stateMediaCreditAndOneCompany_outletAndSoleCompanyKnown() {
    AnnotatedText a = annotator.annotate(null,
        "PYONGYANG, Dec. 21 (KCNA) -- A spokesman rejected claims by Symantec. Symantec said so again.", null);

    assertThat(a.outlet().name()).isEqualTo("KCNA");
    assertThat(a.outlet().country()).isEqualTo("KP");
    assertThat(a.soleCompany().name()).isEqualTo("Symantec");
  }

  @Test
  void annotate_quotationOverTwoSentences_closesInTheSecond() {
    AnnotatedText a = annotator.annotate(null,
        "\"We reject this. It is a smear,\" the embassy said. Nothing more was said.", null);

    assertThat(a.quoteCloses()).containsExactly(1, -1, -1);
  }

  @Test
  void annotate_outletAndInternationalBody_aLayerApartFromTheStates() {
    AnnotatedText a = annotator.annotate(null, "Fox News reported that Iran did it. NATO agreed with Canada.", null);

    assertThat(a.nonStateMentions().get(0)).extracting(m -> m.party().country()).containsExactly("US");
    assertThat(a.nonStateMentions().get(1)).extracting(m -> m.party().kind()).containsExactly(Party.Kind.INTERNATIONAL);
    assertThat(a.mentions().get(1)).extracting(m -> m.party().country()).containsExactly("CA");
  }

  @Test
  void inside_positionsWithinAndAfterAQuotation() {
    String s = "He said \"China did it\" today.";

    assertThat(Quotes.inside(s, s.indexOf("China"))).isTrue();
    assertThat(Quotes.inside(s, s.indexOf("today"))).isFalse();
  }
}
