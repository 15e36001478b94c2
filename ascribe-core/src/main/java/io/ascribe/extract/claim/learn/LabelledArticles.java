package io.ascribe.extract.claim.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.claim.ClaimScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads labelled article sets in the two formats the project has:
 *
 * <ul>
 *   <li><b>news pages</b> ({@code ../shared/data/news-claims/dev} ...): one JSON file an article,
 *       {@code {"url", "text", "claims": [{"type", "claimant_country", "accused_country", ...}]}};
 *       a folder of such folders (the whole set) is read split by split;
 *   <li><b>written articles</b> (the project's own set): {@code articles/} and a {@code gold.jsonl} of
 *       {@code {"doc", "claims": [[type, claimant_country, accused_country, form], ...]}}.
 * </ul>
 *
 * Errors name the file and, for {@code gold.jsonl}, the line.
 */
public final class LabelledArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledArticles() {}

  /** Every article of the set at {@code dir}, in file-name order. */
  public static List<LabelledArticle> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such folder (expected a labelled article set)");
    }
    if (Files.isRegularFile(dir.resolve("gold.jsonl"))) {
      return written(dir);
    }
    List<Path> files = list(dir, p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"));
    List<LabelledArticle> out = new ArrayList<>();
    if (files.isEmpty()) {
      for (Path split : list(dir, Files::isDirectory)) {
        for (Path f : list(split, p -> p.getFileName().toString().endsWith(".json"))) {
          out.add(newsPage(f, split.getFileName() + "/" + f.getFileName()));
        }
      }
    } else {
      for (Path f : files) {
        out.add(newsPage(f, dir.getFileName() + "/" + f.getFileName()));
      }
    }
    if (out.isEmpty()) {
      throw new IOException(dir + ": no labelled articles (expected *.json news pages, folders of them, or gold.jsonl)");
    }
    return out;
  }

  private static List<Path> list(Path dir, Predicate<Path> keep) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(keep).sorted().toList();
    }
  }

  private static LabelledArticle newsPage(Path file, String id) throws IOException {
    JsonNode n;
    try {
      n = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not JSON: " + e.getMessage(), e);
    }
    if (!n.path("text").isTextual() || !n.path("claims").isArray()) {
      throw new IOException(file + ": expected {\"text\": ..., \"claims\": [...]}");
    }
    Set<String> gold = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode c : n.path("claims")) {
      if (!c.path("type").isTextual()) {
        throw new IOException(file + ": claims[" + i + "].type is missing");
      }
      gold.add(ClaimScore.key(c.path("type").asText(), text(c.path("claimant_country")), text(c.path("accused_country"))));
      i++;
    }
    return new LabelledArticle(id, file.getFileName().toString().replace(".json", ".txt"), n.path("text").asText(), gold,
        true);
  }

  private static List<LabelledArticle> written(Path dir) throws IOException {
    Path goldFile = dir.resolve("gold.jsonl");
    List<LabelledArticle> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(goldFile)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        throw new IOException(goldFile + " line " + lineNo + ": not JSON: " + e.getMessage(), e);
      }
      String doc = n.path("doc").asText("");
      if (doc.isEmpty() || !n.path("claims").isArray()) {
        throw new IOException(goldFile + " line " + lineNo + ": expected {\"doc\": ..., \"claims\": [...]}");
      }
      Set<String> gold = new LinkedHashSet<>();
      for (JsonNode c : n.path("claims")) {
        gold.add(ClaimScore.key(c.path(0).asText(), text(c.path(1)), text(c.path(2))));
      }
      Path article = dir.resolve("articles").resolve(doc);
      if (!Files.isRegularFile(article)) {
        throw new IOException(goldFile + " line " + lineNo + ": " + article + " is missing");
      }
      out.add(new LabelledArticle(doc, doc, Files.readString(article, StandardCharsets.UTF_8), gold, false));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
