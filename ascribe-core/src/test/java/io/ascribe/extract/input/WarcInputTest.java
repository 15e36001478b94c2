package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.input.InputFixtures.Capture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** {@link DocumentInputs} on web archives: HTML pages, decoding, broken records and caps. */
class WarcInputTest {
  private static final String PAGE_1 = "<html><head><title>Sony hack</title></head><body><p>" + SONY
      + "</p></body></html>";
  private static final String PAGE_2 = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>North"
      + " Korea denied any role in the attack.</p></body></html>";
  private static final String URI_1 = "https://news.example.com/sony";
  private static final String URI_2 = "https://news.example.com/denial";

  @TempDir Path dir;

  private final List<RawDocument> documents = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(Path file) throws IOException {
    new DocumentInputs().read(file, documents::add, problems::add);
  }

  private static Capture[] twoPagesAndAnImage() {
    return new Capture[] {
        Capture.ok(URI_1, "text/html; charset=utf-8", PAGE_1),
        Capture.ok("https://news.example.com/logo.png", "image/png", "\u0089PNG not really"),
        Capture.ok(URI_2, "application/xhtml+xml", PAGE_2)};
  }

  private static String body(RawDocument d) {
    return new String(d.bytes(), StandardCharsets.UTF_8);
  }

  private void assertTwoPages(Path file) {
    assertThat(documents).extracting(RawDocument::source)
        .containsExactly(file + "#" + URI_1, file + "#" + URI_2);
    assertThat(documents).extracting(WarcInputTest::body).containsExactly(PAGE_1, PAGE_2);
    assertThat(documents).extracting(RawDocument::nameOrContentType)
        .containsExactly("text/html; charset=utf-8", "application/xhtml+xml");
  }

  @Test
  void read_warcWithTwoHtmlResponsesAndAnImage_givesTheTwoPages() throws IOException {
    Path file = dir.resolve("crawl.warc");
    InputFixtures.warc(file, WarcCompression.NONE, twoPagesAndAnImage());

    read(file);

    assertThat(problems).isEmpty();
    assertTwoPages(file);
  }

  @Test
  void read_warcGz_givesTheTwoPages() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    InputFixtures.warc(file, WarcCompression.GZIP, twoPagesAndAnImage());

    read(file);

    assertThat(problems).isEmpty();
    assertTwoPages(file);
  }

  @Test
  void read_warcNamedTxt_isSniffedAsWarc() throws IOException {
    Path file = dir.resolve("crawl.txt");
    InputFixtures.warc(file, WarcCompression.NONE, twoPagesAndAnImage());

    read(file);

    assertTwoPages(file);
  }

  @Test
  void read_warcWithTruncatedLastRecord_givesEarlierPagesAndOneProblemAtItsOffset()
      throws IOException {
    Path file = dir.resolve("cut.warc");
    List<Long> offsets = InputFixtures.warc(file, WarcCompression.NONE,
        Capture.ok(URI_1, "text/html", PAGE_1), Capture.ok(URI_2, "text/html", PAGE_2),
        Capture.ok("https://news.example.com/third", "text/html", PAGE_1));
    truncate(file, 40);

    read(file);

    assertThat(documents).extracting(RawDocument::source)
        .containsExactly(file + "#" + URI_1, file + "#" + URI_2);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(file.toString());
      assertThat(p.message()).startsWith("WARC record at offset " + offsets.get(2) + ": ")
          .contains("truncated");
    });
  }

  @Test
  void read_warcGzWithTruncatedLastMember_givesEarlierPagesAndOneProblemAtItsOffset()
      throws IOException {
    Path file = dir.resolve("cut.warc.gz");
    List<Long> offsets = InputFixtures.warc(file, WarcCompression.GZIP,
        Capture.ok(URI_1, "text/html", PAGE_1), Capture.ok(URI_2, "text/html", PAGE_2),
        Capture.ok("https://news.example.com/third", "text/html", PAGE_1));
    truncate(file, 30);

    read(file);

    assertThat(documents).extracting(RawDocument::source)
        .containsExactly(file + "#" + URI_1, file + "#" + URI_2);
    assertThat(problems).extracting(InputProblem::message)
        .singleElement().asString().startsWith("WARC record at offset " + offsets.get(2) + ": ")
        .contains("truncated");
  }

  @Test
  void read_warcWithBrokenMiddleRecord_reportsItAndResynchronises() throws IOException {
    Path file = dir.resolve("broken.warc");
    List<Long> offsets = InputFixtures.warc(file, WarcCompression.NONE,
        Capture.ok(URI_1, "text/html", PAGE_1),
        Capture.ok("https://news.example.com/broken", "text/html", PAGE_1),
        Capture.ok(URI_2, "text/html", PAGE_2));
    byte[] bytes = Files.readAllBytes(file);
    bytes[Math.toIntExact(offsets.get(1))] = 'X';
    Files.write(file, bytes);

    read(file);

    assertThat(documents).extracting(RawDocument::source)
        .containsExactly(file + "#" + URI_1, file + "#" + URI_2);
    assertThat(problems).extracting(InputProblem::message).singleElement().asString()
        .startsWith("WARC record at offset " + offsets.get(1) + ": truncated or malformed: ");
  }

  @Test
  void read_warcGzWithCorruptMiddleMember_reportsItAndResynchronises() throws IOException {
    Path file = dir.resolve("broken.warc.gz");
    List<Long> offsets = InputFixtures.warc(file, WarcCompression.GZIP,
        Capture.ok(URI_1, "text/html", PAGE_1),
        Capture.ok("https://news.example.com/broken", "text/html", PAGE_1),
        Capture.ok(URI_2, "text/html", PAGE_2));
    byte[] bytes = Files.readAllBytes(file);
    // the deflate data of the second member, past its 10-byte gzip header
    int from = Math.toIntExact(offsets.get(1)) + 12;
    Arrays.fill(bytes, from, from + 20, (byte) 0xff);
    Files.write(file, bytes);

    read(file);

    assertThat(documents).extracting(RawDocument::source)
        .containsExactly(file + "#" + URI_1, file + "#" + URI_2);
    assertThat(problems).extracting(InputProblem::message).singleElement().asString()
        .startsWith("WARC record at offset " + offsets.get(1) + ": ");
  }

  @Test
  void read_chunkedGzipEncodedBody_isDecoded() throws IOException {
    byte[] gzipped = InputFixtures.gzip(PAGE_1.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    int half = gzipped.length / 2;
    chunked.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    chunked.write(gzipped, 0, half);
    chunked.writeBytes(("\r\n" + Integer.toHexString(gzipped.length - half) + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    chunked.write(gzipped, half, gzipped.length - half);
    chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path file = dir.resolve("chunked.warc");
    InputFixtures.warc(file, WarcCompression.NONE, Capture.withBody(URI_1, "HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip",
        chunked.toByteArray()));

    read(file);

    assertThat(problems).isEmpty();
    assertThat(documents).extracting(WarcInputTest::body).containsExactly(PAGE_1);
  }

  @Test
  void read_recordBodyBomb_reportsTheCapAndGoesOn() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    InputFixtures.gzipZeros(bomb, 64L * 1024 * 1024);
    Path file = dir.resolve("bomb.warc");
    List<Long> offsets = InputFixtures.warc(file, WarcCompression.NONE,
        Capture.withBody("https://evil.example.com/", "HTTP/1.1 200 OK\r\nContent-Type: text/html"
            + "\r\nContent-Encoding: gzip\r\nContent-Length: " + bomb.size(), bomb.toByteArray()),
        Capture.ok(URI_2, "text/html", PAGE_2));

    read(file);

    assertThat(documents).extracting(RawDocument::source).containsExactly(file + "#" + URI_2);
    assertThat(problems).extracting(InputProblem::message).containsExactly("WARC record at offset "
        + offsets.get(0) + ": https://evil.example.com/: HTTP body decompressed is larger than the"
        + " cap of 52428800 bytes");
  }

  @Test
  void read_brotliBody_reportsProblemNamingTarget() throws IOException {
    Path file = dir.resolve("br.warc");
    InputFixtures.warc(file, WarcCompression.NONE, Capture.withBody(URI_1, "HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html\r\nContent-Encoding: br\r\nContent-Length: 4",
        new byte[] {1, 2, 3, 4}), Capture.ok(URI_2, "text/html", PAGE_2));

    read(file);

    assertThat(documents).extracting(RawDocument::source).containsExactly(file + "#" + URI_2);
    assertThat(problems).extracting(InputProblem::message).singleElement().asString()
        .startsWith("WARC record at offset 0: " + URI_1 + ": ");
  }

  @Test
  void read_errorAndRedirectResponses_areSkipped() throws IOException {
    Path file = dir.resolve("status.warc");
    InputFixtures.warc(file, WarcCompression.NONE,
        Capture.raw(URI_1, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 13"
            + "\r\n\r\n<p>gone</p>\r\n"),
        Capture.raw(URI_2, "HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: text/html\r\n"
            + "Content-Length: 0\r\n\r\n"));

    read(file);

    assertThat(documents).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void read_warcBytesFromUrl_namesPagesAfterTheUrl() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    InputFixtures.warc(file, WarcCompression.GZIP, twoPagesAndAnImage());

    new DocumentInputs().read("https://archive.example.org/crawl.warc.gz", Files.readAllBytes(file),
        null, documents::add, problems::add);

    assertThat(problems).isEmpty();
    assertThat(documents).extracting(RawDocument::source).containsExactly(
        "https://archive.example.org/crawl.warc.gz#" + URI_1,
        "https://archive.example.org/crawl.warc.gz#" + URI_2);
  }

  @Test
  void read_consumerThrows_exceptionReachesTheCaller() throws IOException {
    Path file = dir.resolve("crawl.warc");
    InputFixtures.warc(file, WarcCompression.NONE, twoPagesAndAnImage());

    assertThatThrownBy(() -> new DocumentInputs().read(file, d -> {
      throw new IllegalStateException("output closed");
    }, problems::add)).isInstanceOf(IllegalStateException.class).hasMessage("output closed");
    assertThat(problems).isEmpty();
  }

  @Test
  void indexOf_randomBytes_agreesWithNaiveSearch() throws IOException {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      byte[] haystack = new byte[random.nextInt(200)];
      byte[] pattern = new byte[1 + random.nextInt(4)];
      for (int i = 0; i < haystack.length; i++) {
        haystack[i] = (byte) random.nextInt(2);
      }
      for (int i = 0; i < pattern.length; i++) {
        pattern[i] = (byte) random.nextInt(2);
      }

      assertThat(WarcDocuments.indexOf(new ByteArrayInputStream(haystack), pattern))
          .as("seed %d", seed).isEqualTo(naiveIndexOf(haystack, pattern));
    }
  }

  private static long naiveIndexOf(byte[] haystack, byte[] pattern) {
    for (int i = 0; i + pattern.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    return -1;
  }

  private static void truncate(Path file, int bytes) throws IOException {
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, all.length - bytes));
  }
}
