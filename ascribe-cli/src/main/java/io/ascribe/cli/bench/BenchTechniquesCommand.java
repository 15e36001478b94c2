package io.ascribe.cli.bench;

import io.ascribe.cli.Json;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.extract.technique.TechniqueBenchmark;
import io.ascribe.extract.technique.TechniqueClassifier;
import io.ascribe.extract.technique.TramReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench techniques}: report-disjoint cross-validation of the technique classifier
 * on the TRAM2 training reports, with the explicit-mention baseline in the same run.
 */
@Command(
    name = "techniques",
    mixinStandardHelpOptions = true,
    description = {
      "Report-disjoint k-fold cross-validation of the technique classifier on TRAM2 (trained on the",
      "other folds' reports plus every ATT&CK procedure example), with the explicit-mention baseline.",
      "",
      "Example:",
      "  ascribe bench techniques --data ../shared/data --folds 5"
    })
public final class BenchTechniquesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "Shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--folds", defaultValue = "5", description = "Folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
    }
    Path tram = data.resolve("tram2/train.jsonl");
    Path attack = data.resolve("attack/enterprise-attack-18.1.json");
    for (Path p : new Path[] {tram, attack}) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": not found; pass --data DIR holding tram2/ and attack/");
      }
    }
    TechniqueBenchmark.Result r = TechniqueBenchmark.run(TramReports.load(tram), ProcedureExamples.read(attack),
        TechniqueClassifier.Settings.defaults(), folds);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, r);
      return 0;
    }
    out.printf("%d-fold report-disjoint CV on %d TRAM2 reports (+%d ATT&CK procedure examples), %d cores%n", r.folds(),
        r.reports(), r.procedureExamples(), Runtime.getRuntime().availableProcessors());
    out.printf("%-22s %8s %8s %8s %8s%n", "model", "doc F1", "doc P", "doc R", "micro F1");
    row(out, "classifier", r.classifier());
    row(out, "explicit mentions", r.mentions());
    row(out, "union of both", r.combined());
    out.printf("training: %.1f s per fold%n", r.trainSeconds());
    return 0;
  }

  private static void row(PrintWriter out, String name, TechniqueBenchmark.Scores s) {
    out.printf("%-22s %8.3f %8.3f %8.3f %8.3f%n", name, s.documentF1(), s.documentPrecision(), s.documentRecall(), s.microF1());
  }
}
