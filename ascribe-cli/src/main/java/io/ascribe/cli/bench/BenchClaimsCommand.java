package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench claims}: claim-extraction precision, recall and F1 on an annotated article
 * set, through the same extractor as {@code ingest} (the home's knowledge base gives actor names
 * and sponsors). Scored on the distinct (type, claimant country, accused country) of each article,
 * micro-averaged, per file-name prefix and in all.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Score claim extraction on annotated articles: a folder of articles (line 1 title, line 2 date, a",
      "blank line, the body) and a gold file with one line per article:",
      "  {\"doc\": \"file.txt\", \"claims\": [[type, claimant_country, accused_country, form], ...]}",
      "The project's own set is ascribe-core/src/test/resources/claims (its README says which parts",
      "were looked at while the rules were written).",
      "",
      "Examples:",
      "  ascribe bench claims --no-classifier",
      "  ascribe bench claims --prefix pg_ --misses"
    })
public final class BenchClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin ExtractorOptions extraction;

  @Option(names = "--set", paramLabel = "DIR", defaultValue = "ascribe-core/src/test/resources/claims",
      description = "Folder holding articles/ and gold.jsonl (default: ${DEFAULT-VALUE}).")
  Path set;

  @Option(names = "--prefix", paramLabel = "P", description = "Only articles whose file name starts with P (repeatable).")
  List<String> prefixes = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data folder, for the MISP warning lists (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--misses", description = "List each article's missed and extra claims.")
  boolean misses;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path goldFile = set.resolve("gold.jsonl");
    if (!Files.isRegularFile(goldFile)) {
      throw new NoSuchFileException(goldFile + " (expected the gold file of the article set given with --set)");
    }
    DocumentExtractor extractor;
    try (Store store = home.open()) {
      extractor = extraction.extractor(data.resolve("misp-warninglists/lists"), store, spec.commandLine().getErr());
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, ClaimScore> byPrefix = new LinkedHashMap<>();
    Map<String, Integer> articles = new LinkedHashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    int lineNo = 0;
    for (String line : Files.readAllLines(goldFile)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = mapper.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(goldFile + " line " + lineNo + ": not JSON: " + e.getMessage());
      }
      String doc = n.path("doc").asText("");
      if (doc.isEmpty() || !n.path("claims").isArray()) {
        throw new IllegalArgumentException(goldFile + " line " + lineNo + ": expected {\"doc\": ..., \"claims\": [...]}");
      }
      if (!prefixes.isEmpty() && prefixes.stream().noneMatch(doc::startsWith)) {
        continue;
      }
      Set<String> gold = new LinkedHashSet<>();
      for (JsonNode c : n.path("claims")) {
        gold.add(ClaimScore.key(c.path(0).asText(), text(c.path(1)), text(c.path(2))));
      }
      Path article = set.resolve("articles").resolve(doc);
      Set<String> found = new LinkedHashSet<>();
      for (Claim c : extractor.extract(article.toString(), Files.readAllBytes(article), doc).claims()) {
        found.add(ClaimScore.key(c));
      }
      ClaimScore score = ClaimScore.of(found, gold);
      String prefix = doc.contains("_") ? doc.substring(0, doc.indexOf('_') + 1) : doc;
      for (String group : List.of(prefix, "all")) {
        byPrefix.merge(group, score, ClaimScore::plus);
        articles.merge(group, 1, Integer::sum);
      }
      if (misses && !json && (score.truePositives() != gold.size() || score.truePositives() != found.size())) {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(gold);
        out.printf("%s%n  missed %s%n  extra  %s%n", doc, missed, extra);
      }
    }
    ClaimScore total = byPrefix.remove("all");
    if (total == null) {
      throw new IllegalArgumentException(goldFile + ": no article" + (prefixes.isEmpty() ? "" : " starting with " + prefixes));
    }
    byPrefix.put("all", total); // listed last
    if (json) {
      ObjectNode o = Json.object();
      byPrefix.forEach((prefix, s) -> {
        ObjectNode g = o.putObject(prefix);
        g.put("articles", articles.get(prefix));
        g.put("gold", s.gold());
        g.put("predicted", s.predicted());
        g.put("true_positives", s.truePositives());
        g.put("precision", round(s.precision()));
        g.put("recall", round(s.recall()));
        g.put("f1", round(s.f1()));
      });
      Json.print(out, o);
    } else {
      out.printf("%-8s %8s %6s %6s %6s %7s %7s%n", "set", "articles", "gold", "found", "P", "R", "F1");
      byPrefix.forEach((prefix, s) -> out.printf("%-8s %8d %6d %6d %6.3f %7.3f %7.3f%n", prefix, articles.get(prefix),
          s.gold(), s.predicted(), s.precision(), s.recall(), s.f1()));
    }
    return 0;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
