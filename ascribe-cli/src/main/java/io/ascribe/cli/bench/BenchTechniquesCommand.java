package io.ascribe.cli.bench;

import io.ascribe.cli.DataOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.extract.layout.LayoutBenchmark;
import io.ascribe.extract.layout.ReportLayout;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.extract.technique.TechniqueBenchmark;
import io.ascribe.extract.technique.TechniqueClassifier;
import io.ascribe.extract.technique.TramReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench techniques}: report-disjoint cross-validation of the technique classifier
 * on the TRAM2 training reports, with the explicit-mention baseline in the same run.
 */
@Command(
    name = "techniques",
    header = "Cross-validate the technique classifier on TRAM2 against explicit mentions.",
    mixinStandardHelpOptions = true,
    description = {
      "Report-disjoint k-fold cross-validation of the technique classifier on TRAM2 (trained on the other "
          + "folds' reports plus every ATT&CK procedure example), with the explicit-mention baseline.",
      "",
      "With --layouts, each held-out report is also rendered in every layout a report arrives in (one "
          + "sentence per line, one long paragraph, paragraphs, hard-wrapped at 60/78/100 columns, a saved web "
          + "page with its menus and footer, a two-column PDF) and read through the whole extract path; each "
          + "layout's per-document F1 is printed next to the sentence-level figure (the classifier and explicit "
          + "mentions merged, as extract merges them), with the share of the reports' sentences its text kept.",
      "",
      "Examples:",
      "  ascribe bench techniques --data ../shared/data --folds 5",
      "  ascribe bench techniques --layouts",
      "  ascribe bench techniques --layout one-paragraph --layout pdf-two-column --json"
    })
public final class BenchTechniquesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--folds", defaultValue = "5", description = "Folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Mixin JsonOption json;

  @Option(names = "--layouts", description = "Also read every held-out report in every layout through the extract path.")
  boolean layouts;

  @Option(names = "--layout", paramLabel = "NAME",
      description = "Read held-out reports in this layout only (repeatable; implies --layouts): lines, one-paragraph, "
          + "paragraphs, wrapped-60, wrapped-78, wrapped-100, scraped-page, pdf-two-column.")
  List<String> layoutNames = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
    }
    Path tram = data.path().resolve("tram2/train.jsonl");
    Path attack = data.path().resolve("attack/enterprise-attack-18.1.json");
    for (Path p : new Path[] {tram, attack}) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": not found; pass --data DIR holding tram2/ and attack/");
      }
    }
    List<ReportLayout> chosen = chosenLayouts();
    PrintWriter out = spec.commandLine().getOut();
    if (!chosen.isEmpty()) {
      LayoutBenchmark.Result r = LayoutBenchmark.run(TramReports.load(tram), ProcedureExamples.read(attack),
          TechniqueClassifier.Settings.defaults(), folds, chosen);
      if (json.requested()) {
        Json.print(out, r);
      } else {
        print(out, r.sentences());
        printLayouts(out, r);
      }
      return 0;
    }
    TechniqueBenchmark.Result r = TechniqueBenchmark.run(TramReports.load(tram), ProcedureExamples.read(attack),
        TechniqueClassifier.Settings.defaults(), folds);
    if (json.requested()) {
      Json.print(out, r);
      return 0;
    }
    print(out, r);
    return 0;
  }

  private List<ReportLayout> chosenLayouts() {
    if (!layoutNames.isEmpty()) {
      return layoutNames.stream().map(ReportLayout::of).distinct().toList();
    }
    return layouts ? List.of(ReportLayout.values()) : List.of();
  }

  private static void printLayouts(PrintWriter out, LayoutBenchmark.Result r) {
    double reference = r.sentences().combined().documentF1();
    out.printf("%nthe same held-out reports read through the extract path, by layout (reference: union of both, %.3f)%n",
        reference);
    out.printf("%-16s %8s %8s %8s %8s %10s %8s%n", "layout", "doc F1", "vs ref", "doc P", "doc R", "sentences", "<half");
    for (LayoutBenchmark.LayoutScores l : r.layouts()) {
      TechniqueBenchmark.Scores s = l.scores();
      out.printf("%-16s %8.3f %+8.3f %8.3f %8.3f %9.1f%% %8d%n", l.layout().label(), s.documentF1(),
          s.documentF1() - reference, s.documentPrecision(), s.documentRecall(), 100 * l.sentencesKept(),
          l.shortReports());
      l.problems().stream().limit(5).forEach(p -> out.printf("  refused: %s%n", p));
    }
    out.println("sentences: the share of the reports' sentences found whole in the extracted text;"
        + " <half: reports that kept under half of theirs");
  }

  private static void print(PrintWriter out, TechniqueBenchmark.Result r) {
    out.printf("%d-fold report-disjoint CV on %d TRAM2 reports (+%d ATT&CK procedure examples), %d cores%n", r.folds(),
        r.reports(), r.procedureExamples(), Runtime.getRuntime().availableProcessors());
    out.printf("%-22s %8s %8s %8s %8s%n", "model", "doc F1", "doc P", "doc R", "micro F1");
    row(out, "classifier", r.classifier());
    row(out, "explicit mentions", r.mentions());
    row(out, "union of both", r.combined());
    out.printf("training: %.1f s per fold%n", r.trainSeconds());
  }

  private static void row(PrintWriter out, String name, TechniqueBenchmark.Scores s) {
    out.printf("%-22s %8.3f %8.3f %8.3f %8.3f%n", name, s.documentF1(), s.documentPrecision(), s.documentRecall(), s.microF1());
  }
}
