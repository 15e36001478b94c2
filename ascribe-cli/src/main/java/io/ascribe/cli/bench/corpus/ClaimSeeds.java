package io.ascribe.cli.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.geo.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the labelled claims a generated corpus expands: the real news set's claims (every split;
 * only the labels, outlet and date, never the page text) and the written article set's gold
 * labels with each article's date. Errors name the file and the field.
 */
public final class ClaimSeeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimSeeds() {}

  /**
   * The articles of the news-claims folder ({@code dev/}, {@code test/}, {@code probe/}, one JSON
   * article a file), in file order.
   */
  public static List<SeedArticle> news(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": not a folder; give the news-claims folder of the shared data");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, 2)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<SeedArticle> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode article;
      try {
        article = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new IOException(f + ": not JSON: " + e.getMessage(), e);
      }
      List<SeedClaim> claims = new ArrayList<>();
      JsonNode list = article.path("claims");
      for (int i = 0; i < list.size(); i++) {
        JsonNode c = list.get(i);
        String at = f + ": claims[" + i + "]";
        claims.add(new SeedClaim(type(c.path("type").asText(null), at), form(c.path("form").asText(null), at),
            required(c, "claimant", at), text(c, "claimant_country"), text(c, "accused"), text(c, "accused_country"),
            text(c, "threat_actor"), text(c, "target")));
      }
      out.add(new SeedArticle(host(text(article, "url")), text(article, "published"), claims));
    }
    if (out.isEmpty()) {
      throw new IOException(folder + ": no article files (*.json)");
    }
    return out;
  }

  /**
   * The articles of the written claim set ({@code gold.jsonl} and {@code articles/*.txt}, whose
   * second line is the date); their claimants and accused are named by country, and a form the
   * enumeration lacks reads as {@code other}.
   */
  public static List<SeedArticle> written(Path folder) throws IOException {
    Path gold = folder.resolve("gold.jsonl");
    if (!Files.isRegularFile(gold)) {
      throw new IOException(gold + ": not found; give the written claim set (ascribe-core/src/test/resources/claims)");
    }
    List<SeedArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String at = gold + " line " + n;
        JsonNode o = JSON.readTree(line);
        String doc = o.path("doc").asText("");
        Path article = folder.resolve("articles").resolve(doc);
        if (doc.isEmpty() || !Files.isRegularFile(article)) {
          throw new IOException(at + ": doc '" + doc + "' is not a file under " + folder.resolve("articles"));
        }
        List<String> head = Files.readAllLines(article, StandardCharsets.UTF_8);
        String date = head.size() > 1 && head.get(1).matches("\\d{4}-\\d{2}-\\d{2}") ? head.get(1) : null;
        List<SeedClaim> claims = new ArrayList<>();
        for (JsonNode c : o.path("claims")) {
          if (c.size() < 4) {
            throw new IOException(at + ": each claim must be [type, claimant_country, accused_country, form]");
          }
          String from = c.get(1).isNull() ? null : c.get(1).asText();
          String against = c.get(2).isNull() ? null : c.get(2).asText();
          claims.add(new SeedClaim(type(c.get(0).asText(), at), informativeForm(c.get(3).asText()), party(from, "officials in "),
              from, party(against, ""), against, null, null));
        }
        out.add(new SeedArticle(doc.replaceAll("^[a-z]+_\\d+_", "").replace(".txt", "").replace('_', '-') + ".example",
            date, claims));
      }
    }
    return out;
  }

  private static String party(String country, String prefix) {
    if (country == null) {
      return "an unnamed group";
    }
    String name = "EU".equals(country) ? "the European Union" : Countries.displayName(country);
    return prefix + (name == null ? country : name);
  }

  private static ClaimType type(String v, String at) throws IOException {
    try {
      return ClaimType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IOException(at + ": type must be attribution, denial or counter_accusation, got '" + v + "'");
    }
  }

  private static ClaimForm form(String v, String at) throws IOException {
    try {
      return ClaimForm.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IOException(at + ": form '" + v + "' is not a claim form");
    }
  }

  /** The written set's forms are informative and include some of its own ("reported_speech"): those read as other. */
  private static ClaimForm informativeForm(String v) {
    try {
      return ClaimForm.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return ClaimForm.OTHER;
    }
  }

  private static String required(JsonNode o, String field, String at) throws IOException {
    String v = text(o, field);
    if (v == null) {
      throw new IOException(at + ": " + field + " is missing");
    }
    return v;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static String host(String url) {
    if (url == null) {
      return "news.example";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "news.example" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "news.example";
    }
  }
}
