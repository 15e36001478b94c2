package io.ascribe.cli.model;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.technique.TechniqueModels;
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

/** {@code ascribe model train}: trains the technique classifier and stores it in the home. */
@Command(
    name = "train",
    header = "Train the technique classifier on ATT&CK procedure examples and, optionally, TRAM.",
    mixinStandardHelpOptions = true,
    description = {
      "Train the technique classifier on the knowledge base's ATT&CK procedure examples (the descriptions "
          + "of every `uses` relationship to a technique) and, with --tram, on annotated reports in TRAM's JSONL "
          + "format, whose inner cross-validation sets per-technique thresholds. The new model replaces the "
          + "stored one only once training has succeeded.",
      "",
      "Examples:",
      "  ascribe model train --tram ../shared/data/tram2/train.jsonl",
      "  ascribe model train            # procedure examples only",
      "  ascribe model train --claims ../shared/data/news-claims/dev \\",
      "      --claims ascribe-core/src/test/resources/claims \\",
      "      --out ascribe-core/src/main/resources/io/ascribe/extract/claim/learn/claim-scorer.json",
      "  ascribe model info"
    })
public final class ModelTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--tram", paramLabel = "FILE.jsonl", description = "Annotated reports (TRAM2 JSONL) to train on as well.")
  Path tram;

  @Option(names = "--all-techniques",
      description = "With --tram, also learn the techniques no annotated report carries (always so without --tram).")
  boolean allTechniques;

  @Mixin JsonOption json;

  @Option(names = "--claims", paramLabel = "DIR",
      description = "Train the claim scorer instead, on labelled article sets (repeatable): news-claims splits "
          + "or written sets with gold.jsonl; prints cross-validated scores per set.")
  List<Path> claims = new ArrayList<>();

  @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
      description = "With --claims, the folds of the cross-validation that sets the threshold (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--misses", description = "With --claims, list each article's cross-validated misses and extras.")
  boolean misses;

  @Option(names = "--out", paramLabel = "FILE",
      description = "With --claims, where to write the weights (default: <home>/models/claim-scorer.json, which the "
          + "home's extraction then uses instead of the shipped weights).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!claims.isEmpty()) {
      if (folds < 2) {
        throw new IllegalArgumentException("--folds must be at least 2");
      }
      ClaimModelTraining.run(claims, folds, out != null ? out : home.path().resolve("models").resolve("claim-scorer.json"),
          misses, spec.commandLine().getOut());
      return 0;
    }
    if (tram != null && !Files.isRegularFile(tram)) {
      throw new IOException(tram + ": no such file");
    }
    PrintWriter err = spec.commandLine().getErr();
    TechniqueModels.Trained trained;
    try (Store store = home.open(); TrainingProgress progress = new TrainingProgress(err, false, true)) {
      trained = new TechniqueModels(store).train(tram, allTechniques, progress);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, trained.info());
    } else {
      ModelInfoCommand.print(out, trained.info());
    }
    return 0;
  }
}
