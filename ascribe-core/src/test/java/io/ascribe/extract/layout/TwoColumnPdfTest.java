package io.ascribe.extract.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@link TwoColumnPdf}: pages, text, title, header and footer, hyphens, safe characters. */
class TwoColumnPdfTest {
  private static final String SENTENCE = "The operators used spearphishing attachments and"
      + " established persistence through scheduled tasks before exfiltration began.";

  private static List<String> longReport(int paragraphs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      out.add("Paragraph " + i + ". " + String.join(" ", Collections.nCopies(4, SENTENCE)));
    }
    return out;
  }

  private static String text(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    return stripper.getText(document);
  }

  @Test
  void render_longReport_givesSeveralPagesWithTitleHeaderAndFooter() throws IOException {
    byte[] pdf = TwoColumnPdf.render("Operation Example: a long report", longReport(40));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Operation Example: a long report");
      String text = text(document);
      int pages = document.getNumberOfPages();
      assertThat(text).contains("Paragraph 0.").contains("Paragraph 39.")
          .contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
      assertThat(text.split("Operation Example: a long report", -1)).hasSize(pages + 2);
    }
  }

  @Test
  void render_longWords_hyphenatesSomeAtColumnEnd() throws IOException {
    byte[] pdf = TwoColumnPdf.render("Hyphens", longReport(10));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(text(document).lines().filter(l -> l.matches(".*\\p{L}-\\s*")))
          .isNotEmpty();
    }
  }

  @Test
  void render_sameInput_givesSameBytes() {
    assertThat(TwoColumnPdf.render("Same", longReport(12)))
        .isEqualTo(TwoColumnPdf.render("Same", longReport(12)));
    assertThat(TwoColumnPdf.render("Same", longReport(12)))
        .isNotEqualTo(TwoColumnPdf.render("Other", longReport(12)));
  }

  @Test
  void render_charactersOutsideWinAnsi_areReplacedNotThrown() throws IOException {
    byte[] pdf = TwoColumnPdf.render("\u201CLazarus\u201D \u2192 \u4E2D\u6587",
        List.of("It said \u201Cno\u201D \u2014 then \u2018yes\u2019\u2026 \u03A9\uD83D\uDE00\tend.",
            "Zero\u200Bwidth and soft\u00ADhyphen vanish."));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(text(document)).contains("\"Lazarus\" ? ??")
          .contains("It said \"no\" - then 'yes'... ?? end.")
          .contains("Zerowidth and softhyphen vanish.");
    }
  }

  @Test
  void render_blankParagraphsAndTitle_stillGivesAPage() throws IOException {
    try (PDDocument document = Loader.loadPDF(TwoColumnPdf.render(" ", List.of("", "Only."))) ) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text(document)).contains("Only.");
    }
  }

  @Test
  void render_nullParagraph_isRejected() {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(null);
    assertThatThrownBy(() -> TwoColumnPdf.render("t", paragraphs))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void header_longTitle_isCutAtAWord() {
    assertThat(TwoColumnPdf.header("Short  title")).isEqualTo("Short title");
    String header = TwoColumnPdf.header("A very long title about an intrusion campaign that goes on"
        + " and on for many words");
    assertThat(header).endsWith("...").hasSizeLessThanOrEqualTo(TwoColumnPdf.HEADER_CHARS + 3);
    assertThat(header).isEqualTo("A very long title about an intrusion campaign that goes on...");
  }
}
