package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * News-sized benchmark documents: the TRAM2 training reports cut into ~4 KB pieces, alternately as
 * plain text with a dateline and footer and as HTML pages with navigation and footer, plus the
 * seed pages.
 */
final class BenchDocuments {
  private BenchDocuments() {}

  static List<byte[]> fromTram(Path data) throws IOException {
    Path tram = data.resolve("tram2/train.jsonl");
    if (!Files.isRegularFile(tram)) {
      throw new IOException(tram + ": not found; pass --data DIR holding tram2/train.jsonl");
    }
    ObjectMapper mapper = new ObjectMapper();
    List<byte[]> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(tram, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode report = mapper.readTree(line);
        StringBuilder piece = new StringBuilder();
        for (JsonNode s : report.path("sentences")) {
          piece.append(s.path("text").asText()).append(' ');
          if (piece.length() >= 4000) {
            docs.add(wrap(report.path("title").asText(), piece.toString(), docs.size()));
            piece.setLength(0);
          }
        }
      }
    }
    Path seeds = data.resolveSibling("seeds");
    if (Files.isDirectory(seeds)) {
      try (var files = Files.list(seeds)) {
        for (Path p : files.sorted().toList()) {
          docs.add(Files.readAllBytes(p));
        }
      }
    }
    return docs;
  }

  /** Even pieces as plain text with a title line, odd ones as an HTML page with chrome. */
  private static byte[] wrap(String title, String body, int index) {
    String doc = index % 2 == 0
        ? title + "\n2024-01-15 · Source: Example Security Blog\n\n" + body.replace(". ", ".\n\n") + "\n\nAbout Us\nContact\n© 2024 Example"
        : "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>"
            + "<article><h1>" + title + "</h1><p>" + body.replace(". ", ".</p><p>") + "</p></article>"
            + "<footer>© 2024 Example · <a href='/privacy'>Privacy</a></footer></body></html>";
    return doc.getBytes(StandardCharsets.UTF_8);
  }
}
