package io.ascribe.extract.input;

import static io.ascribe.extract.input.Glyphs.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Paragraphs}: where paragraphs start and end, and inserted quotes. */
class ParagraphsTest {
  @Test
  void text_linesOfOneParagraph_areJoined() {
    String text = Paragraphs.text(List.of(List.of(
        line("The actors sent spear-", 50, 100, 0, true),
        line("phishing mails to the", 50, 112, 0, true),
        line("ministry.", 50, 124, 0, false))));

    assertThat(text).isEqualTo("The actors sent spearphishing mails to the ministry.\n\n");
  }

  @Test
  void text_gapIndentAndSentenceEnd_startParagraphs() {
    String text = Paragraphs.text(List.of(List.of(
        line("First paragraph", 50, 100, 0, true),
        line("ends here.", 50, 112, 0, false),
        line("Second starts after", 50, 124, 0, true),
        line("a gap", 50, 150, 0, true),
        line("Third is indented", 60, 162, 0, true))));

    assertThat(text.split("\n\n")).containsExactly("First paragraph ends here.",
        "Second starts after", "a gap", "Third is indented");
  }

  @Test
  void text_paragraphAcrossColumnsAndPages_goesOn() {
    String text = Paragraphs.text(List.of(
        List.of(line("bottom of the left", 50, 700, 0, true), line("top of the right", 320, 80, 1, true)),
        List.of(line("column, then next page.", 50, 80, 0, false))));

    assertThat(text).isEqualTo("bottom of the left top of the right column, then next page.\n\n");
  }

  @Test
  void text_quoteInsideASentence_followsTheParagraph() {
    String text = Paragraphs.text(List.of(List.of(
        line("The loader decrypted its", 50, 100, 0, true),
        line("A pull quote", 55, 125, 14, 0, true),
        line("configuration first.", 50, 150, 0, false),
        line("Next paragraph.", 50, 175, 0, false))));

    assertThat(text.split("\n\n")).containsExactly("The loader decrypted its configuration first.",
        "A pull quote", "Next paragraph.");
  }

  @Test
  void text_tableRows_areParagraphsOfTheirOwn() {
    TextLine row = new TextLine(List.of(new Fragment("MD5", 50, 65, 130, 10),
        new Fragment("098f6bcd4621d373cade4e832627b4f6", 120, 280, 130, 10)), 0, true);

    String text = Paragraphs.text(List.of(List.of(line("Indicators follow", 50, 100, 0, true), row,
        line("after the table", 50, 160, 0, true))));

    assertThat(text.split("\n\n")).containsExactly("Indicators follow",
        "MD5\t098f6bcd4621d373cade4e832627b4f6", "after the table");
  }
}
