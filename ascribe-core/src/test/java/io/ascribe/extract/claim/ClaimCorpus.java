package io.ascribe.extract.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The project's own annotated article set ({@code src/test/resources/claims}) and its scoring on the
 * triple (type, claimant country, accused country).
 */
final class ClaimCorpus {
  /** Threat-actor names the articles use, standing in for the knowledge base's alias index. */
  static final Function<String, List<String>> ACTORS = s -> {
    List<String> out = new ArrayList<>();
    for (String a : List.of("APT31", "APT28", "APT40", "APT44", "APT42", "APT41", "APT10", "Sandworm", "Volt Typhoon",
        "Flax Typhoon", "Salt Typhoon", "Lazarus Group", "Lazarus", "TraderTraitor", "Andariel", "Octo Tempest",
        "Scattered Spider", "MirrorFace", "Midnight Blizzard", "Nobelium", "Transparent Tribe", "SideCopy",
        "Fancy Bear", "Laundry Bear", "Void Blizzard", "Predatory Sparrow", "Grandoreiro", "Star Blizzard", "Gamaredon",
        "Kimsuky", "MuddyWater", "Sidewinder", "OceanLotus", "UNC3886", "LockBit")) {
      if (s.contains(a)) {
        out.add(a);
      }
    }
    return out;
  };

  /**
   * The sponsor sources give each actor the articles name, standing in for the knowledge base's
   * (MISP {@code country} / {@code cfr-suspected-state-sponsor}) when the extractor runs on a home.
   */
  static final Map<String, String> SPONSORS = Map.ofEntries(
      Map.entry("APT31", "CN"), Map.entry("APT40", "CN"), Map.entry("APT10", "CN"), Map.entry("APT41", "CN"),
      Map.entry("Volt Typhoon", "CN"), Map.entry("Flax Typhoon", "CN"), Map.entry("Salt Typhoon", "CN"),
      Map.entry("MirrorFace", "CN"), Map.entry("UNC3886", "CN"), Map.entry("APT28", "RU"), Map.entry("Fancy Bear", "RU"),
      Map.entry("APT44", "RU"), Map.entry("Sandworm", "RU"), Map.entry("Midnight Blizzard", "RU"), Map.entry("Nobelium", "RU"),
      Map.entry("Laundry Bear", "RU"), Map.entry("Void Blizzard", "RU"), Map.entry("Star Blizzard", "RU"),
      Map.entry("Gamaredon", "RU"), Map.entry("Lazarus Group", "KP"), Map.entry("Lazarus", "KP"), Map.entry("Andariel", "KP"),
      Map.entry("Kimsuky", "KP"), Map.entry("TraderTraitor", "KP"), Map.entry("APT42", "IR"), Map.entry("MuddyWater", "IR"),
      Map.entry("Transparent Tribe", "PK"), Map.entry("SideCopy", "PK"), Map.entry("Sidewinder", "IN"),
      Map.entry("OceanLotus", "VN"));

  /** One annotated article. */
  record Article(String file, String title, LocalDate published, String text, Set<String> gold) {
    /** Articles the rules were developed on (see the README: probes become dev data once looked at). */
    boolean dev() {
      return !file.startsWith("ho_") && !probe();
    }

    /** A probe written after the rules were final and scored once, never used to change them. */
    boolean probe() {
      return file.startsWith(PROBE);
    }
  }

  /** The file-name prefix of the newest probe set, the one nobody has looked at. */
  static final String PROBE = "pn_";

  private ClaimCorpus() {}

  static List<Article> load() {
    List<Article> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : resource("gold.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        String file = n.path("doc").asText();
        Set<String> gold = new LinkedHashSet<>();
        for (JsonNode c : n.path("claims")) {
          gold.add(key(c.get(0).asText(), c.get(1).isNull() ? null : c.get(1).asText(),
              c.get(2).isNull() ? null : c.get(2).asText()));
        }
        String[] parts = resource("articles/" + file).split("\n", 4);
        out.add(new Article(file, parts[0].strip(), LocalDate.parse(parts[1].strip()), parts[3], gold));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static String key(String type, String claimant, String accused) {
    return ClaimScore.key(type, claimant, accused);
  }

  /** The distinct triples the extractor finds in an article. */
  static Set<String> predict(ClaimExtractor extractor, Article a) {
    Set<String> out = new LinkedHashSet<>();
    for (Claim c : extractor.extract(a.title(), a.text(), a.published())) {
      out.add(ClaimScore.key(c));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = ClaimCorpus.class.getResourceAsStream("/claims/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource claims/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
