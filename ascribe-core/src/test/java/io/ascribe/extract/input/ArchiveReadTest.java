package io.ascribe.extract.input;

import static io.ascribe.extract.input.InputFixtures.SONY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@link DocumentInputs#readArchive}: a web archive read through an opener (as a distributed job
 * reads it from its file system), each page with its record's id and date; WET text records.
 */
class ArchiveReadTest {
  private static final String PAGE = "<html><head><title>Sony hack</title></head><body><p>" + SONY + "</p></body></html>";
  private static final URI PAGE_ID = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(new byte[] {1}));
  private static final URI TEXT_ID = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(new byte[] {2}));
  private static final Instant DATE = Instant.parse("2024-03-05T10:15:30Z");

  @TempDir Path dir;

  private record Page(String source, String body, String hint, String recordId, String date) {}

  private final List<Page> pages = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void readArchive(byte[] bytes) {
    new DocumentInputs().readArchive("s3a://bucket/a.warc.gz",
        offset -> new ByteArrayInputStream(bytes, (int) Math.min(offset, bytes.length), bytes.length),
        (p, id, date) -> pages.add(new Page(p.source(), new String(p.bytes(), StandardCharsets.UTF_8),
            p.nameOrContentType(), id, date)), problems::add);
  }

  private byte[] archive(String html, String text) throws IOException {
    Path file = dir.resolve("a.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      byte[] message = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
          + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
      w.write(new WarcResponse.Builder(URI.create("https://news.example.com/sony")).recordId(PAGE_ID).date(DATE)
          .body(MediaType.HTTP_RESPONSE, message).build());
      w.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", "https://news.example.com/denial")
          .recordId(TEXT_ID).date(DATE)
          .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8)).build());
    }
    return Files.readAllBytes(file);
  }

  @Test
  void readArchive_responseAndConversionRecords_givePagesWithRecordIdsAndDates() throws IOException {
    readArchive(archive(PAGE, "North Korea denied any role in the attack."));

    assertThat(pages).containsExactly(
        new Page("s3a://bucket/a.warc.gz#https://news.example.com/sony", PAGE, "text/html; charset=utf-8",
            PAGE_ID.toString(), DATE.toString()),
        new Page("s3a://bucket/a.warc.gz#https://news.example.com/denial", "North Korea denied any role in the attack.",
            "text/plain", TEXT_ID.toString(), DATE.toString()));
    assertThat(problems).isEmpty();
  }

  @Test
  void readArchive_truncatedLastRecord_givesTheFirstPageAndOneProblem() throws IOException {
    byte[] bytes = archive(PAGE, "North Korea denied any role in the attack. ".repeat(50));

    readArchive(Arrays.copyOf(bytes, bytes.length - 30));

    assertThat(pages).extracting(Page::source).containsExactly("s3a://bucket/a.warc.gz#https://news.example.com/sony");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("s3a://bucket/a.warc.gz");
      assertThat(p.message()).startsWith("WARC record at offset ").contains("truncated");
    });
  }
}
