package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.text.CleanText;
import io.ascribe.extract.text.TextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentInputs} on PDFs: text and title, encryption, corruption, and the limits. */
class PdfInputTest {
  private static final String BODY = "Investigators found that the attackers had been inside the"
      + " network for months before the wiper was launched.";

  @TempDir Path dir;

  private final List<RawDocument> documents = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(DocumentInputs inputs, Path file) throws IOException {
    inputs.read(file, documents::add, problems::add);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String text(RawDocument d) {
    return new String(d.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void read_pdfWithSentence_givesUtf8PlainTextTheExtractorReads() throws IOException {
    Path file = write("report.pdf", InputFixtures.pdf(null, SONY, BODY));

    read(new DocumentInputs(), file);

    assertThat(problems).isEmpty();
    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo(file.toString());
      assertThat(d.nameOrContentType()).isEqualTo("text/plain; charset=utf-8");
      assertThat(text(d)).contains(SONY).contains(BODY);
      CleanText clean = new TextExtractor().fromBytes(d.bytes(), d.nameOrContentType());
      assertThat(clean.text()).contains(SONY);
    });
  }

  @Test
  void read_pdfWithTitle_putsTitleOnFirstLine() throws IOException {
    Path file = write("report.pdf", InputFixtures.pdf("Sony Pictures\n breach  report", SONY, BODY));

    read(new DocumentInputs(), file);

    assertThat(documents).singleElement()
        .satisfies(d -> assertThat(text(d)).startsWith("Sony Pictures breach report\n\n" + SONY));
  }

  @Test
  void read_pdfNamedTxt_isSniffedAsPdf() throws IOException {
    read(new DocumentInputs(), write("notes.txt", InputFixtures.pdf(null, SONY)));

    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.nameOrContentType()).isEqualTo(PdfText.CONTENT_TYPE);
      assertThat(text(d)).contains(SONY);
    });
  }

  @Test
  void read_pdfBytesFromUrl_givesDocumentNamedByUrl() throws IOException {
    new DocumentInputs().read("https://example.org/r.pdf", InputFixtures.pdf(null, SONY),
        "application/pdf", documents::add, problems::add);

    assertThat(problems).isEmpty();
    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo("https://example.org/r.pdf");
      assertThat(text(d)).contains(SONY);
    });
  }

  @Test
  void read_encryptedPdf_reportsPasswordNeeded() throws IOException {
    Path file = write("locked.pdf", InputFixtures.encryptedPdf());

    read(new DocumentInputs(), file);

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(
        new InputProblem(file.toString(), "encrypted PDF: a password is needed"));
  }

  @Test
  void read_corruptPdf_reportsPdfBoxMessage() throws IOException {
    Path file = write("broken.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage \u0001\u0002 endobj"
            .getBytes(StandardCharsets.ISO_8859_1));

    read(new DocumentInputs(), file);

    assertThat(documents).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(file.toString());
      assertThat(p.message()).startsWith("cannot read PDF: ").hasSizeGreaterThan(20);
    });
  }

  @Test
  void read_2500BlankPages_reportsPageLimit() throws IOException {
    Path file = write("huge.pdf", InputFixtures.blankPdf(2_500));

    read(new DocumentInputs(), file);

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("PDF has 2500 pages, more than the limit of 2000");
  }

  @Test
  void read_pageTreeUnderstatingItsCount_stopsAtPageLimit() throws IOException {
    byte[] pdf = InputFixtures.uncompressedPdf(3, SONY);
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("/Count 3");
    Path file = write("lying.pdf", raw.replace("/Count 3", "/Count 1")
        .getBytes(StandardCharsets.ISO_8859_1));

    read(new DocumentInputs(DocumentInputs.DEFAULT_MAX_DOCUMENT_BYTES, new PdfText(2, 1_000)), file);

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("PDF has more than the limit of 2 pages");
  }

  @Test
  void read_textBeyondCharLimit_reportsCharLimit() throws IOException {
    Path file = write("long.pdf", InputFixtures.pdf(null, SONY));

    read(new DocumentInputs(DocumentInputs.DEFAULT_MAX_DOCUMENT_BYTES, new PdfText(10, 20)), file);

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("PDF text is longer than the limit of 20 characters");
  }

  @Test
  void read_pdfWithoutText_reportsNoText() throws IOException {
    read(new DocumentInputs(), write("scan.pdf", InputFixtures.blankPdf(1)));

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("PDF holds no text (a scanned image?)");
  }

  @Test
  void withTitle_titleAlreadyStartsText_isNotRepeated() {
    assertThat(PdfText.withTitle("Sony hack", "Sony hack\n\nThe FBI said so.\n"))
        .isEqualTo("Sony hack\n\nThe FBI said so.\n");
    assertThat(PdfText.withTitle("  ", "text")).isEqualTo("text");
    assertThat(PdfText.withTitle(null, "text")).isEqualTo("text");
  }
}
