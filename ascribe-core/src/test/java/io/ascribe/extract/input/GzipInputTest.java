package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentInputs} on gzip files that are not web archives: content, bombs, corruption. */
class GzipInputTest {
  private static final String HTML = "<html><body><p>" + SONY + "</p></body></html>";

  @TempDir Path dir;

  private final List<RawDocument> documents = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(Path file) throws IOException {
    new DocumentInputs().read(file, documents::add, problems::add);
  }

  @Test
  void read_gzippedHtml_givesContentNamedWithoutSuffix() throws IOException {
    Path file = Files.write(dir.resolve("page.html.gz"),
        InputFixtures.gzip(HTML.getBytes(StandardCharsets.UTF_8)));

    read(file);

    assertThat(problems).isEmpty();
    assertThat(documents).containsExactly(
        new RawDocument(file.toString(), HTML.getBytes(StandardCharsets.UTF_8), "page.html"));
  }

  @Test
  void read_gzippedPdf_readsThePdfInside() throws IOException {
    Path file = Files.write(dir.resolve("report.bin"), InputFixtures.gzip(InputFixtures.pdf(null, SONY)));

    read(file);

    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.nameOrContentType()).isEqualTo(PdfText.CONTENT_TYPE);
      assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains(SONY);
    });
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void read_gzipBomb_reportsTheCapWithoutDocument() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    InputFixtures.gzipZeros(file, 200L * 1024 * 1024);

    read(file);

    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(new InputProblem(file.toString(),
        "gzip content decompressed is larger than the cap of 52428800 bytes"));
  }

  @Test
  void read_corruptGzip_reportsProblem() throws IOException {
    byte[] gzip = InputFixtures.gzip(HTML.repeat(20).getBytes(StandardCharsets.UTF_8));
    for (int i = 12; i < gzip.length; i++) {
      gzip[i] = (byte) 0xff;
    }
    Path file = Files.write(dir.resolve("page.html.gz"), gzip);

    read(file);

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(InputProblem::message).singleElement().asString()
        .startsWith("corrupt gzip data: ");
  }

  @Test
  void read_gzipBytesFromUrl_usesTheHintWithoutSuffix() throws IOException {
    new DocumentInputs().read("https://example.org/page.html.gz",
        InputFixtures.gzip(HTML.getBytes(StandardCharsets.UTF_8)), null, documents::add,
        problems::add);

    assertThat(documents).extracting(RawDocument::nameOrContentType)
        .containsExactly("https://example.org/page.html");
  }

  @Test
  void gunzippedName_gzipSuffixes_areDropped() {
    assertThat(DocumentInputs.gunzippedName("page.HTML.GZ")).isEqualTo("page.HTML");
    assertThat(DocumentInputs.gunzippedName("notes.txt.gzip")).isEqualTo("notes.txt");
    assertThat(DocumentInputs.gunzippedName(".gz")).isEqualTo(".gz");
    assertThat(DocumentInputs.gunzippedName("application/gzip")).isEqualTo("application/gzip");
  }
}
