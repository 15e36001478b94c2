package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentInputs} on plain input, file errors and argument checks, and its two records. */
class DocumentInputsTest {
  @TempDir Path dir;

  private final List<RawDocument> documents = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(DocumentInputs inputs, Path file) throws IOException {
    inputs.read(file, documents::add, problems::add);
  }

  @Test
  void read_plainText_passesThroughUnchanged() throws IOException {
    byte[] text = ("Attribution\n\n" + SONY + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("note.txt"), text);

    read(new DocumentInputs(), file);

    assertThat(problems).isEmpty();
    assertThat(documents).containsExactly(new RawDocument(file.toString(), text, "note.txt"));
  }

  @Test
  void read_html_passesThroughUnchanged() throws IOException {
    byte[] html = ("<!doctype html><html><body><p>" + SONY + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("page.html"), html);

    read(new DocumentInputs(), file);

    assertThat(documents).containsExactly(new RawDocument(file.toString(), html, "page.html"));
  }

  @Test
  void read_htmlNamedPdf_passesThroughAsItIs() throws IOException {
    byte[] html = ("<html><body><p>" + SONY + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("saved.pdf"), html);

    read(new DocumentInputs(), file);

    assertThat(problems).isEmpty();
    assertThat(documents).containsExactly(new RawDocument(file.toString(), html, "saved.pdf"));
  }

  @Test
  void read_pdfAfterLeadingJunkInFileNamedPdf_isReadAsPdf() throws IOException {
    byte[] pdf = InputFixtures.pdf(null, SONY);
    byte[] junk = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[junk.length + pdf.length];
    System.arraycopy(junk, 0, bytes, 0, junk.length);
    System.arraycopy(pdf, 0, bytes, junk.length, pdf.length);
    Path file = Files.write(dir.resolve("report.pdf"), bytes);

    read(new DocumentInputs(), file);

    assertThat(problems).isEmpty();
    assertThat(documents).extracting(RawDocument::nameOrContentType)
        .containsExactly(PdfText.CONTENT_TYPE);
  }

  @Test
  void read_pdfHeaderPastTheFirstKilobyteOfFileNamedPdf_passesThroughAsItIs() throws IOException {
    byte[] text = ("x".repeat(InputKind.HEAD_BYTES) + "%PDF-1.7 quoted in a note")
        .getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("note.pdf"), text);

    read(new DocumentInputs(), file);

    assertThat(documents).containsExactly(new RawDocument(file.toString(), text, "note.pdf"));
  }

  /** An empty file was stored as a document with no title and language "und"; it is refused like binary data. */
  @Test
  void read_emptyFile_reportsProblemNamingFile() throws IOException {
    Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

    read(new DocumentInputs(), file);

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(new InputProblem(file.toString(),
        "not a text, HTML, PDF or WARC document (it is empty)"));
  }

  @Test
  void read_fileOverCap_reportsProblem() throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[11]);

    read(new DocumentInputs(10), file);

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(new InputProblem(file.toString(),
        "file of 11 bytes is larger than the cap of 10 bytes"));
  }

  @Test
  void read_bytesOverCap_reportsProblem() {
    new DocumentInputs(10).read("https://example.org/", new byte[11], "text/html", documents::add,
        problems::add);

    assertThat(problems).containsExactly(new InputProblem("https://example.org/",
        "document of 11 bytes is larger than the cap of 10 bytes"));
  }

  @Test
  void read_missingFile_throwsNamingIt() {
    Path file = dir.resolve("missing.pdf");

    assertThatThrownBy(() -> read(new DocumentInputs(), file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": cannot read: no such file");
  }

  @Test
  void read_directory_throwsNamingIt() {
    assertThatThrownBy(() -> read(new DocumentInputs(), dir)).isInstanceOf(IOException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void read_bytesWithoutHint_useSourceAsHint() {
    byte[] html = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);

    new DocumentInputs().read("https://example.org/a.html", html, documents::add, problems::add);

    assertThat(documents).containsExactly(
        new RawDocument("https://example.org/a.html", html, "https://example.org/a.html"));
  }

  @Test
  void constructor_nonPositiveCap_throwsNamingIt() {
    assertThatThrownBy(() -> new DocumentInputs(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be positive, got 0");
  }

  @Test
  void read_nullArguments_throwNamingThem() {
    DocumentInputs inputs = new DocumentInputs();

    assertThatThrownBy(() -> inputs.read((Path) null, documents::add, problems::add))
        .hasMessage("file must not be null");
    assertThatThrownBy(() -> inputs.read("s", null, null, documents::add, problems::add))
        .hasMessage("bytes must not be null");
    assertThatThrownBy(() -> inputs.read(dir.resolve("x"), documents::add, null))
        .hasMessage("problems must not be null");
  }

  @Test
  void rawDocument_sameContent_isEqualAndPrintsSize() {
    RawDocument a = new RawDocument("s", new byte[] {1, 2}, "t");

    assertThat(a).isEqualTo(new RawDocument("s", new byte[] {1, 2}, "t"))
        .hasSameHashCodeAs(new RawDocument("s", new byte[] {1, 2}, "t"))
        .isNotEqualTo(new RawDocument("s", new byte[] {1, 3}, "t"));
    assertThat(a).hasToString("RawDocument[source=s, bytes=2 bytes, nameOrContentType=t]");
    assertThatThrownBy(() -> new RawDocument("s", new byte[0], null))
        .hasMessage("nameOrContentType must not be null");
  }

  @Test
  void inputProblem_nullMessage_throwsNamingIt() {
    assertThatThrownBy(() -> new InputProblem("s", null)).hasMessage("message must not be null");
    assertThat(new InputProblem("a.pdf", "why")).hasToString("a.pdf: why");
  }
}
