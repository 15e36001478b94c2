package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.input.InputFixtures.Capture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Issue 16: random binary bytes uploaded as a document were stored as a document with no title and
 * language "und". {@link DocumentInputs} now refuses what is not text, HTML, PDF or WARC, judged by
 * content (never by name), with a problem naming the input and what was seen.
 */
class BinaryInputRefusedTest {
  @TempDir Path dir;

  private final List<RawDocument> documents = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final DocumentInputs inputs = new DocumentInputs();

  private void readBytes(String source, byte[] bytes, String hint) {
    inputs.read(source, bytes, hint, documents::add, problems::add);
  }

  @Test
  void read_randomBytes_refusedNamingTheInput() throws IOException {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      byte[] junk = new byte[64 + random.nextInt(8192)];
      random.nextBytes(junk);
      junk[0] = 'x'; // no magic number: the content itself must give it away
      documents.clear();
      problems.clear();

      if (seed % 2 == 0) {
        Path file = Files.write(dir.resolve("report-" + seed + ".html"), junk);
        inputs.read(file, documents::add, problems::add);
      } else {
        readBytes("upload:report-" + seed + ".txt", junk, "report-" + seed + ".txt");
      }

      assertThat(documents).as("seed %d", seed).isEmpty();
      assertThat(problems).as("seed %d", seed).hasSize(1);
      assertThat(problems.get(0).source()).as("seed %d", seed).contains("report-" + seed);
      assertThat(problems.get(0).message()).as("seed %d", seed).startsWith("not a text, HTML, PDF or WARC document (");
    }
  }

  @Test
  void read_imageNamedHtml_refusedSayingWhatItIs() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    readBytes("upload:page.html", png, "page.html");

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(
        new InputProblem("upload:page.html", "not a text, HTML, PDF or WARC document (a PNG image)"));
  }

  @Test
  void read_nulByteInText_refusedNamingOffset() {
    byte[] bytes = "Volt Typhoon\0 was named".getBytes(StandardCharsets.US_ASCII);

    readBytes("notes.txt", bytes, null);

    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("not a text, HTML, PDF or WARC document (a NUL byte at offset 12)");
  }

  @Test
  void read_gzipOfBinary_refusedAfterDecompressing() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    Path file = Files.write(dir.resolve("bundle.txt.gz"), InputFixtures.gzip(zip));

    inputs.read(file, documents::add, problems::add);

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(
        new InputProblem(file.toString(), "not a text, HTML, PDF or WARC document (a ZIP archive)"));
  }

  @Test
  void read_gzipInsideGzip_refused() throws IOException {
    byte[] twice = InputFixtures.gzip(InputFixtures.gzip(SONY.getBytes(StandardCharsets.UTF_8)));

    readBytes("https://example.com/report.txt.gz.gz", twice, null);

    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("not a text, HTML, PDF or WARC document (gzip-compressed data)");
  }

  @Test
  void read_controlByteInInvalidUtf8_refused() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? 0xe9 : 'a');
    }
    bytes[100] = 0x02;

    readBytes("legacy.txt", bytes, null);

    assertThat(problems).extracting(InputProblem::message)
        .containsExactly("not a text, HTML, PDF or WARC document (invalid UTF-8 with a control byte (0x02) at offset 100)");
  }

  @Test
  void read_textInLegacyAndWideCharsets_accepted() {
    Charset cp1252 = Charset.forName("windows-1252");
    List<byte[]> texts = List.of(
        ("Café résumé: " + SONY).getBytes(cp1252),
        ("Report\u000b" + SONY + "\f\n").getBytes(StandardCharsets.UTF_8),
        SONY.getBytes(StandardCharsets.UTF_16LE),
        ("\uFEFF" + SONY).getBytes(StandardCharsets.UTF_16BE),
        ("Москва заявила: " + SONY).getBytes(Charset.forName("windows-1251")));

    for (byte[] text : texts) {
      readBytes("note.txt", text, null);
    }

    assertThat(problems).isEmpty();
    assertThat(documents).hasSize(texts.size());
  }

  @Test
  void read_warcWithBinaryPageLabelledHtml_refusesThatPageOnly() throws IOException {
    Path file = dir.resolve("crawl.warc");
    byte[] junk = new byte[512];
    new Random(16).nextBytes(junk);
    junk[0] = 0;
    InputFixtures.warc(file, WarcCompression.NONE,
        Capture.ok("https://news.example.com/a", "text/html", "<html><body><p>" + SONY + "</p></body></html>"),
        Capture.withBody("https://news.example.com/b", "HTTP/1.1 200 OK\r\nContent-Type: text/html", junk));

    inputs.read(file, documents::add, problems::add);

    assertThat(documents).extracting(RawDocument::source).containsExactly(file + "#https://news.example.com/a");
    assertThat(problems).containsExactly(new InputProblem(file + "#https://news.example.com/b",
        "not a text, HTML, PDF or WARC document (a NUL byte at offset 0)"));
  }
}
