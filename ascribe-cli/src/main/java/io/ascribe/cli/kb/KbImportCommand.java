package io.ascribe.cli.kb;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.cli.model.ModelSummary;
import io.ascribe.cli.model.TrainingProgress;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.store.Store;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportSummary;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.technique.TechniqueModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe kb import}: loads STIX bundles and MISP galaxy clusters into the store. */
@Command(
    name = "import",
    header = "Import STIX bundles and MISP galaxy clusters, then link actor aliases across sources.",
    mixinStandardHelpOptions = true,
    description = {
      "Import STIX 2.0/2.1 bundles and MISP galaxy cluster files (.json or .json.gz) from files, folders "
          + "or http(s) URLs, then link actor aliases across sources.",
      "",
      "The import is one transaction: a malformed input leaves the store exactly as it was. Re-importing "
          + "the same bytes changes nothing; a newer 'modified' updates an object and keeps the previous "
          + "version.",
      "",
      "Then, unless --no-train, the technique classifier (which finds ATT&CK techniques described in prose "
          + "when reports are extracted) is trained from the ATT&CK procedure examples, with a progress bar: "
          + "10-20 s on two cores, and only when they changed; otherwise the first extraction trains it.",
      "",
      "Examples:",
      "  ascribe kb import ../shared/data/attack/enterprise-attack-18.1.json ../shared/data/misp-galaxy/clusters",
      "  ascribe kb import https://example.org/bundle.json.gz"
    })
public final class KbImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) URLs.")
  List<String> inputs;

  @Mixin JsonOption json;

  @Option(names = "--force", description = "Read inputs even when the same bytes were imported before.")
  boolean force;

  @Option(
      names = "--keep-going",
      description = "Reject a malformed input (rolled back alone) and import the rest; exit 1 if any was rejected.")
  boolean keepGoing;


  @Mixin NetworkOptions network;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Option(names = "--no-train",
      description = "Do not bring the technique classifier up to date after the import (extraction then trains it).")
  boolean noTrain;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    HttpFetcher fetcher = network.fetcher();
    long start = System.nanoTime();
    ImportSummary summary;
    try (Store store = home.openForBulk();
        ImportProgress progress = new ImportProgress(spec.commandLine().getErr(), quiet || json.requested())) {
      summary = new DerivedIndexes(store).importer(fetcher, progress).importAll(inputs, new KbImporter.Options(force, keepGoing));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (json.requested()) {
      Json.print(out, summary);
    } else {
      printSummary(out, summary, seconds);
    }
    out.flush();
    if (!noTrain) {
      trainModel(json.requested() ? null : out, spec.commandLine().getErr());
    }
    return summary.rejected() > 0 ? 1 : 0;
  }

  /**
   * Brings the technique model up to date, after the bulk store is closed (so the import is safely
   * on disk first). A failure is a warning: the import stands, and extraction trains the model.
   */
  private void trainModel(PrintWriter out, PrintWriter err) {
    try (Store store = home.open(); TrainingProgress progress = new TrainingProgress(err, quiet, !json.requested())) {
      TechniqueModels.Refresh refresh = new TechniqueModels(store).refresh(progress);
      if (out != null) {
        out.println(ModelSummary.of(refresh));
      }
    } catch (IOException | RuntimeException e) {
      err.println("warning: the technique model was not trained (" + e.getMessage() + "); the first extraction "
          + "will train it, or run: ascribe model train");
    }
    err.flush();
  }

  private static void printSummary(PrintWriter out, ImportSummary s, double seconds) {
    for (ImportSummary.InputResult r : s.inputs()) {
      switch (r.status()) {
        case IMPORTED -> out.printf("  %-8s %s: %d added, %d updated, %d unchanged%s%n", r.format(), r.location(),
            r.added(), r.updated(), r.unchanged(), r.older() > 0 ? ", " + r.older() + " older than stored (kept)" : "");
        case ALREADY_IMPORTED -> out.printf("  %-8s %s: unchanged (%s)%n", "same", r.location(), r.message());
        case SKIPPED -> out.printf("  %-8s %s: %s%n", "skipped", r.location(), r.message());
        case REJECTED -> out.printf("  %-8s %s%n", "REJECTED", r.message());
      }
    }
    out.printf("Imported in %.1f s: %d added, %d updated, %d unchanged, %d rejected, %d skipped.%n",
        seconds, s.added(), s.updated(), s.unchanged(), s.rejected(), s.skipped());
    if (s.readModel() != null) {
      out.printf("Linked: %d canonical actors (%d ambiguous names), %d software, %d techniques.%n",
          s.readModel().actors(), s.readModel().ambiguousActorNames(), s.readModel().software(),
          s.readModel().techniques());
    } else {
      out.println("Nothing changed; the store is as it was.");
    }
  }
}
