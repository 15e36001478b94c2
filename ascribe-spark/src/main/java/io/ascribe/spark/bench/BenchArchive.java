package io.ascribe.spark.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A reproducible WARC.gz set for the benchmark: {@code records} HTML news pages made from the
 * project's written articles (plain text files: a title line, a date line, paragraphs), each page
 * one article as an outlet publishes it (the outlet's navigation and footer, a byline, a date), so
 * an article appears on several sites as wire copies do. The same seed, articles and counts give
 * the same bytes.
 */
final class BenchArchive {
  private static final String[] OUTLETS = {
    "news.example.com", "daily.example.org", "courier.example.co.uk", "tribune.example.net", "herald.example.com.au",
    "gazette.example.in", "post.example.ca", "observer.example.ie", "times.example.sg", "wire.example.com"};
  private static final String[] REPORTERS = {
    "Ann Lee", "Tom Brown", "Maria Rossi", "Kenji Sato", "Olu Adeyemi", "Sara Novak", "Luis Ortega", "Mei Chen"};

  private final List<String[]> articles;

  private BenchArchive(List<String[]> articles) {
    this.articles = articles;
  }

  /** The articles of a folder of {@code *.txt} files, in name order. */
  static BenchArchive fromArticles(Path folder) throws IOException {
    List<String[]> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String[] lines = Files.readString(f, StandardCharsets.UTF_8).strip().split("\n");
        if (lines.length >= 3) {
          articles.add(lines);
        }
      }
    }
    if (articles.isEmpty()) {
      throw new IOException(folder + ": no article (*.txt: a title line, a date line, paragraphs)");
    }
    return new BenchArchive(articles);
  }

  int articles() {
    return articles.size();
  }

  /** Writes {@code records} pages into {@code files} files {@code bench-NN.warc.gz} below {@code dir}. */
  List<Path> write(Path dir, int records, int files, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>();
    int perFile = (records + files - 1) / files;
    int n = 0;
    for (int f = 0; f < files && n < records; f++) {
      Path file = dir.resolve(String.format("bench-%02d.warc.gz", f));
      Files.deleteIfExists(file);
      try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          WarcCompression.GZIP)) {
        for (int i = 0; i < perFile && n < records; i++, n++) {
          String[] article = articles.get(random.nextInt(articles.size()));
          String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
          String reporter = REPORTERS[random.nextInt(REPORTERS.length)];
          LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
          String uri = "https://" + outlet + "/" + date.getYear() + "/" + date.getMonthValue() + "/story-" + n;
          w.write(response(uri, page(article, outlet, reporter, date)));
        }
      }
      out.add(file);
    }
    return out;
  }

  private static String page(String[] article, String outlet, String reporter, LocalDate date) {
    StringBuilder body = new StringBuilder();
    for (int i = 2; i < article.length; i++) {
      if (!article[i].isBlank()) {
        body.append("<p>").append(escape(article[i])).append("</p>\n");
      }
    }
    String title = escape(article[0]);
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | " + outlet
        + "</title><meta property=\"article:published_time\" content=\"" + date + "\"></head><body>"
        + "<nav><a href=\"/\">" + outlet + "</a> | <a href=\"/world\">World</a> | <a href=\"/politics\">Politics</a>"
        + " | <a href=\"/tech\">Technology</a> | <a href=\"/sport\">Sport</a></nav><article><h1>" + title + "</h1>"
        + "<p class=\"byline\">By " + reporter + ", " + date + "</p>\n" + body + "</article>"
        + "<aside><h3>Most read</h3><ul><li><a href=\"/a\">Markets close higher</a></li>"
        + "<li><a href=\"/b\">Storm warning for the coast</a></li></ul></aside>"
        + "<footer>Copyright " + date.getYear() + " " + outlet + ". All rights reserved. | Privacy | Terms</footer>"
        + "</body></html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static WarcResponse response(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] message = new byte[head.length + body.length];
    System.arraycopy(head, 0, message, 0, head.length);
    System.arraycopy(body, 0, message, head.length, body.length);
    return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2024-06-01T00:00:00Z"))
        .recordId(URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))))
        .body(MediaType.HTTP_RESPONSE, message).build();
  }
}
