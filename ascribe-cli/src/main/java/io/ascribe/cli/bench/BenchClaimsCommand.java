package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.claim.learn.ClaimTraining;
import io.ascribe.extract.claim.learn.FrameCues;
import io.ascribe.extract.claim.learn.FrameGenerator;
import io.ascribe.extract.claim.learn.LabelledArticle;
import io.ascribe.extract.claim.learn.LabelledArticles;
import io.ascribe.extract.claim.learn.ScorerTrainer;
import io.ascribe.store.Store;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * {@code ascribe bench claims}: claim-extraction precision, recall and F1 on a labelled article
 * set, through the same extractor as {@code ingest} and {@code extract} (the home's knowledge base
 * gives actor names and sponsors). Scored on the distinct (type, claimant country, accused country)
 * of each article, micro-averaged: per group of articles (split folder or file-name prefix), by
 * claim type, and in all.
 */
@Command(
    name = "claims",
    header = "Score claim extraction on labelled articles.",
    mixinStandardHelpOptions = true,
    description = {
      "Score claim extraction on labelled articles. Two formats are read (see LabelledArticles):",
      "  real news pages: a folder of JSON files {\"url\", \"text\", \"claims\": [{\"type\", \"claimant_country\",",
      "    \"accused_country\", ...}]}, or a folder of such folders (../shared/data/news-claims: dev, test, probe);",
      "  written articles: a folder with articles/ and gold.jsonl, one line per article:",
      "    {\"doc\": \"file.txt\", \"claims\": [[type, claimant_country, accused_country, form], ...]}",
      "",
      "Examples:",
      "  ascribe bench claims --no-classifier --data ../shared/data/news-claims/dev",
      "  ascribe bench claims --no-classifier --data ../shared/data/news-claims/dev --misses",
      "  ascribe bench claims --data ../shared/data/news-claims/dev --ablate    # what each part of the scorer adds",
      "  ascribe bench claims --no-classifier --set ascribe-core/src/test/resources/claims --prefix pg_"
    })
public final class BenchClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin ExtractorOptions extraction;

  @Option(names = {"--data", "--set"}, paramLabel = "DIR", defaultValue = "../shared/data/news-claims/dev",
      description = "The labelled set: a news-claims split, a folder of splits, or a written set with gold.jsonl "
          + "(default: ${DEFAULT-VALUE}).")
  Path set;

  @Option(names = "--prefix", paramLabel = "P", description = "Only articles whose name starts with P (repeatable).")
  List<String> prefixes = new ArrayList<>();

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data folder, for the MISP warning lists (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--misses", description = "List each article's missed and extra claims.")
  boolean misses;

  @Mixin JsonOption json;

  @Option(names = "--ablate", description = "Instead of scoring the extractor: what each generator and feature group of the "
      + "claim scorer adds, by 5-fold cross-validation on the set (the rule reader without the knowledge base).")
  boolean ablate;

  @Override
  public Integer call() throws Exception {
    List<LabelledArticle> articles = LabelledArticles.read(set).stream()
        .filter(a -> prefixes.isEmpty() || prefixes.stream().anyMatch(a.id()::startsWith))
        .toList();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(set + ": no article starting with " + prefixes);
    }
    if (ablate) {
      return ablation(articles);
    }
    DocumentExtractor extractor;
    try (Store store = home.open()) {
      extractor = extraction.extractor(shared.resolve("misp-warninglists/lists"), store, spec.commandLine().getErr());
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, ClaimScore> byGroup = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<ClaimType, ClaimScore> byType = new LinkedHashMap<>();
    for (LabelledArticle a : articles) {
      Set<String> found = new LinkedHashSet<>();
      for (Claim c : extractor.extract(a.id(), a.raw().getBytes(StandardCharsets.UTF_8), a.name()).claims()) {
        found.add(ClaimScore.key(c));
      }
      ClaimScore score = ClaimScore.of(found, a.gold());
      for (String group : List.of(group(a.id()), "all")) {
        byGroup.merge(group, score, ClaimScore::plus);
        counts.merge(group, 1, Integer::sum);
      }
      for (ClaimType t : ClaimType.values()) {
        byType.merge(t, ClaimScore.of(ClaimScore.ofType(found, t), ClaimScore.ofType(a.gold(), t)), ClaimScore::plus);
      }
      if (misses && !json.requested() && (score.truePositives() != a.gold().size() || score.truePositives() != found.size())) {
        Set<String> missed = new TreeSet<>(a.gold());
        missed.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(a.gold());
        out.printf("%s%n  missed %s%n  extra  %s%n", a.id(), missed, extra);
      }
    }
    byGroup.put("all", byGroup.remove("all")); // listed last
    if (json.requested()) {
      ObjectNode o = Json.object();
      byGroup.forEach((group, s) -> put(o.putObject(group), s).put("articles", counts.get(group)));
      ObjectNode types = o.putObject("by_type");
      byType.forEach((t, s) -> put(types.putObject(t.id()), s));
      Json.print(out, o);
    } else {
      out.printf("%-20s %8s %6s %6s %6s %7s %7s%n", "set", "articles", "gold", "found", "P", "R", "F1");
      byGroup.forEach((group, s) -> out.printf("%-20s %8d %6d %6d %6.3f %7.3f %7.3f%n", group, counts.get(group),
          s.gold(), s.predicted(), s.precision(), s.recall(), s.f1()));
      byType.forEach((t, s) -> out.printf("%-20s %8s %6d %6d %6.3f %7.3f %7.3f%n", "  " + t.id(), "",
          s.gold(), s.predicted(), s.precision(), s.recall(), s.f1()));
    }
    return 0;
  }

  private int ablation(List<LabelledArticle> articles) {
    PrintWriter out = spec.commandLine().getOut();
    ClaimTraining.TrainingSet set = ClaimTraining.of(articles, new FrameGenerator(FrameCues.load()));
    ObjectNode o = Json.object();
    double all = Double.NaN;
    if (!json.requested()) {
      out.printf("%-58s %6s %6s %6s %7s%n", "variant (" + articles.size() + " articles, 5-fold CV)", "P", "R", "F1", "dF1");
    }
    for (ClaimTraining.Variant v : ClaimTraining.ablations()) {
      ClaimScore s = ClaimTraining.ablate(set, v, ScorerTrainer.standard(), 5).all();
      all = Double.isNaN(all) ? s.f1() : all;
      if (json.requested()) {
        put(o.putObject(v.name()), s).put("f1_change", round(s.f1() - all));
      } else {
        out.printf("%-58s %6.3f %6.3f %6.3f %+7.3f%n", v.name(), s.precision(), s.recall(), s.f1(), s.f1() - all);
        out.flush();
      }
    }
    if (json.requested()) {
      Json.print(out, o);
    }
    return 0;
  }

  /** The split folder of a news page ("dev/017.json"), else the file-name prefix ("pa_"). */
  private static String group(String id) {
    if (id.contains("/")) {
      return id.substring(0, id.indexOf('/'));
    }
    return id.contains("_") ? id.substring(0, id.indexOf('_') + 1) : id;
  }


  private static ObjectNode put(ObjectNode g, ClaimScore s) {
    g.put("gold", s.gold());
    g.put("predicted", s.predicted());
    g.put("true_positives", s.truePositives());
    g.put("precision", round(s.precision()));
    g.put("recall", round(s.recall()));
    g.put("f1", round(s.f1()));
    return g;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
