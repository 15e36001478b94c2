package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Argument checks of {@link CleanText}. */
class CleanTextTest {
  @Test
  void new_publishedNotIso_throwsWithMessage() {
    assertThatThrownBy(() -> new CleanText(null, "16.04.2024", null, "en", "", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published must be an ISO date yyyy-MM-dd or null, got 16.04.2024");
  }

  @Test
  void new_publishedImpossibleDate_throwsWithMessage() {
    assertThatThrownBy(() -> new CleanText(null, "2024-02-30", null, "en", "", 0))
        .hasMessage("published must be an ISO date yyyy-MM-dd or null, got 2024-02-30");
  }

  @Test
  void new_languageNotACode_throwsWithMessage() {
    assertThatThrownBy(() -> new CleanText(null, null, null, "English", "", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be an ISO 639-1 code or \"und\", got English");
  }

  @Test
  void new_negativeRemoved_throwsWithMessage() {
    assertThatThrownBy(() -> new CleanText(null, null, null, "und", "", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("boilerplateCharsRemoved must be >= 0, got -1");
  }

  @Test
  void new_nullText_throwsWithMessage() {
    assertThatThrownBy(() -> new CleanText(null, null, null, "und", null, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }
}
