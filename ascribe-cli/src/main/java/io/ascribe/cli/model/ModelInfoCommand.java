package io.ascribe.cli.model;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.technique.TechniqueModels;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascribe model info}: what the stored technique classifier was trained on. */
@Command(
    name = "info",
    header = "Show what the stored technique classifier was trained on, and when.",
    mixinStandardHelpOptions = true,
    description = {
      "Show what the stored technique classifier was trained on, and when. Exit code 1 when there is none.",
      "",
      "Examples:",
      "  ascribe model info",
      "  ascribe model info --json"
    })
public final class ModelInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Optional<TechniqueModels.Info> info;
    String file;
    try (Store store = home.open()) {
      TechniqueModels models = new TechniqueModels(store);
      info = models.info();
      file = models.modelFile().toString();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (info.isEmpty()) {
      spec.commandLine().getErr().println("error: no technique model at " + file
          + "; train one with: ascribe model train [--tram FILE.jsonl]");
      return 1;
    }
    if (json.requested()) {
      Json.print(out, info.get());
    } else {
      out.println("model:      " + file);
      print(out, info.get());
    }
    return 0;
  }

  static void print(PrintWriter out, TechniqueModels.Info i) {
    out.println("trained:    " + i.trainedAt() + " in " + i.seconds() + " s");
    out.println("techniques: " + i.techniques() + (i.allTechniques() ? " (every technique with enough examples)"
        : " (those the annotated reports carry)"));
    out.println("data:       " + i.procedureExamples() + " ATT&CK procedure examples (knowledge base " + i.kbFingerprint()
        + ")" + (i.tram() == null ? "" : ", " + i.reports() + " annotated reports from " + i.tram()
        + " (sha256 " + i.tramSha256().substring(0, 12) + "…)"));
  }
}
