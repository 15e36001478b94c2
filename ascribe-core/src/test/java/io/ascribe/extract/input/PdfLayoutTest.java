package io.ascribe.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.EntityRef;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.layout.ReportPdf;
import io.ascribe.extract.layout.TwoColumnPdf;
import io.ascribe.extract.technique.TechniqueMentions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Vendor-style report PDFs built with PDFBox ({@link TwoColumnPdf}, {@link ReportPdf}) read back
 * through {@link DocumentInputs}: reading order, running headers and footers, hyphens, sidebars and
 * pull quotes, and indicator tables whose values wrap inside their cells.
 */
class PdfLayoutTest {
  private static final String SHA256_A = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String SHA256_B = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String SHA1 = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3";
  private static final String MD5 = "098f6bcd4621d373cade4e832627b4f6";
  private static final String URL_DEFANGED =
      "hxxps://update-check-service[.]example-cdn[.]com/static/js/loader/v2/stage_two_payload.bin";

  private static String read(byte[] pdf) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new DocumentInputs().read("report.pdf", pdf, "application/pdf", documents::add, problems::add);
    assertThat(problems).isEmpty();
    return new String(documents.getFirst().bytes(), StandardCharsets.UTF_8);
  }

  private static List<String> numbered(String prefix, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(prefix + " " + i + " begins here. The intruders moved laterally through the"
          + " compromised environment, harvesting credentials and staging archives for"
          + " exfiltration over encrypted channels. Paragraph " + i + " ends here.");
    }
    return out;
  }

  @Test
  void read_twoColumnReport_givesParagraphsInOrderWithoutHeadersFootersOrHyphens() {
    List<String> paragraphs = numbered("Section", 60);

    String text = read(TwoColumnPdf.render("Operation Long Night: a two-column report", paragraphs));

    List<String> blocks = List.of(text.split("\n\n"));
    assertThat(blocks.getFirst()).isEqualTo("Operation Long Night: a two-column report");
    assertThat(blocks.subList(1, blocks.size())).containsExactlyElementsOf(paragraphs);
    assertThat(text).doesNotContain("Page ").doesNotContain("-\n");
  }

  @Test
  void read_tableAcrossThePageBetweenColumns_staysBetweenItsParagraphs() {
    List<String> paragraphs = numbered("Part", 40);
    List<List<String>> table = List.of(List.of("Type", "Value", "Comment"),
        List.of("MD5", MD5, "loader"), List.of("SHA1", SHA1, "configuration file"));
    ReportPdf report = ReportPdf.titled("Tables between columns");
    paragraphs.subList(0, 25).forEach(report::paragraph);
    report.table(table);
    paragraphs.subList(25, 40).forEach(report::paragraph);

    List<String> blocks = List.of(read(report.render()).split("\n\n"));

    List<String> expected = new ArrayList<>();
    expected.add("Tables between columns");
    expected.addAll(paragraphs.subList(0, 25));
    table.forEach(row -> expected.add(String.join("\t", row)));
    expected.addAll(paragraphs.subList(25, 40));
    assertThat(blocks).containsExactlyElementsOf(expected);
  }

  @Test
  void read_diagonalWatermarkAndSideText_areLeftOut() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 60);
        content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 120, 250));
        content.showText("DRAFT DRAFT");
        content.endText();
        content.beginText();
        content.setFont(font, 8);
        content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), 30, 200));
        content.showText("arXiv:2401.00001v1 [cs.CR] 1 Jan 2024");
        content.endText();
        content.beginText();
        content.setFont(font, 10);
        content.setLeading(12);
        content.newLineAtOffset(72, 700);
        for (String line : List.of("The operators staged their tools on a", "compromised web server before the",
            "intrusion began.")) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }

    assertThat(read(pdf)).isEqualTo(
        "The operators staged their tools on a compromised web server before the intrusion began.\n\n");
  }

  @Test
  void read_pullQuoteInsideASentence_isKeptAfterTheParagraph() {
    String paragraph = "The loader was delivered through a compromised update server and it"
        + " decrypted its configuration with a hard-coded key before contacting the operators,"
        + " who then pushed a second stage to a small number of carefully selected victims in"
        + " the energy and telecommunications sectors over the following weeks.";
    byte[] pdf = ReportPdf.titled("Quotes")
        .paragraph("An opening paragraph that ends with a sentence.")
        .paragraphWithQuote(paragraph, "A quote that must not split a sentence")
        .sidebar("Sidebar: how we track this cluster of activity across several incidents.")
        .paragraph("A closing paragraph.")
        .render();

    assertThat(read(pdf).split("\n\n")).containsExactly("Quotes",
        "An opening paragraph that ends with a sentence.", paragraph,
        "A quote that must not split a sentence",
        "Sidebar: how we track this cluster of activity across several incidents.",
        "A closing paragraph.");
  }

  @Test
  void extract_indicatorTableWithWrappedValues_givesEveryWholeIndicator() {
    List<String> prose = numbered("Finding", 4);
    byte[] pdf = ReportPdf.titled("Indicators of compromise")
        .paragraph(prose.get(0))
        .paragraph(prose.get(1))
        .table(List.of(
            List.of("Type", "Value", "Comment"),
            List.of("SHA256", SHA256_A, "first-stage dropper delivered by e-mail"),
            List.of("URL", URL_DEFANGED, "second stage, fetched by the dropper"),
            List.of("Domain", "login-microsoft-support[.]net", "phishing"),
            List.of("IPv4", "203.0.113[.]45", "command and control server")))
        .paragraph(prose.get(2))
        .paragraph(prose.get(3))
        .render();

    String text = read(pdf);
    ExtractedDocument d = extractor().extract("report.pdf",
        text.getBytes(StandardCharsets.UTF_8), PdfText.CONTENT_TYPE);

    assertThat(text).contains("SHA256\t" + SHA256_A + "\tfirst-stage dropper delivered by e-mail");
    assertThat(d.indicators()).extracting(Indicator::type, Indicator::value)
        .containsExactlyInAnyOrder(
            tuple("sha256", SHA256_A),
            tuple("url", "https://update-check-service.example-cdn.com/static/js/loader/v2/stage_two_payload.bin"),
            tuple("domain", "update-check-service.example-cdn.com"),
            tuple("domain", "login-microsoft-support.net"),
            tuple("ipv4", "203.0.113.45"));
  }

  @Test
  void read_hashAppendix_givesEachHashWhole() {
    byte[] pdf = ReportPdf.titled("Appendix")
        .paragraph(numbered("Finding", 1).getFirst())
        .heading("Appendix A: hashes")
        .hashes(List.of(SHA256_B, SHA1, MD5, SHA256_A))
        .render();

    List<Indicator> found = new IndicatorExtractor(WarningLists.none()).extract(read(pdf));

    assertThat(found).extracting(Indicator::type, Indicator::value).containsExactly(
        tuple("sha256", SHA256_B), tuple("sha1", SHA1), tuple("md5", MD5), tuple("sha256", SHA256_A));
  }

  private static DocumentExtractor extractor() {
    return new DocumentExtractor(new IndicatorExtractor(WarningLists.none()),
        new NameMatcher<EntityRef>(Map.of(), 4), new TechniqueMentions(Map.of()));
  }
}
