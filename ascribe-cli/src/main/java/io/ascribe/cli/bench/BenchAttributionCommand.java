package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.attribution.AttributionBenchmark;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.SyntheticCorpus;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.bench.eset.BarProgress;
import io.ascribe.cli.bench.eset.EsetBenchPrinter;
import io.ascribe.cli.bench.eset.EsetBenchmark;
import io.ascribe.cli.bench.eset.EsetPublications;
import io.ascribe.attribution.Ranker;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.store.attribution.TrainedAttributor;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascribe bench attribution}: accuracy and calibration of the engine on the knowledge base. */
@Command(
    name = "attribution",
    header = "Measure the attribution engine on the loaded knowledge base.",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the attribution engine on the loaded knowledge base:",
      "  leave-one-report-out: every (actor, report) pair citing >= 5 uses becomes a case; the actor's",
      "    profile is rebuilt without what only that report supports;",
      "  campaigns: every campaign attributed to an actor, with what shares its citations removed.",
      "Weights are cross-fitted by actor (5 folds), so no case is scored by weights that saw its actor. A "
          + "TF-IDF cosine baseline runs on the same cases. With --corpus-docs N the engine also holds a "
          + "SYNTHETIC corpus of N documents (for load only: each a random actor's techniques and software plus "
          + "random indicators and a victim country), and every batch case carries two of its indicators, a "
          + "victim country and a date.",
      "",
      "With --eset DIR (ESET's malware-ioc repository): leave-one-publication-out over every",
      "  publication of a knowledge-base actor with >= 2; the other publications are the corpus, the",
      "  held-out text (its actor's aliases masked) is the evidence; top-1/top-5 per evidence kind,",
      "  calibration, and how often indicators recur across publications.",
      "",
      "Examples:",
      "  ascribe bench attribution --json",
      "  ascribe bench attribution --eset ../shared/data/eset-malware-ioc",
      "  ascribe bench attribution --corpus-docs 10000"
    })
public final class BenchAttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin JsonOption json;

  @Option(names = "--eset", paramLabel = "DIR",
      description = "Run leave-one-publication-out on ESET's malware-ioc repository in DIR instead.")
  Path eset;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--corpus-docs", paramLabel = "N",
      description = "Add a synthetic corpus of N documents (load only, not real data; default: none).")
  int corpusDocs;

  @Override
  public Integer call() throws Exception {
    if (eset != null) {
      return esetBench();
    }
    KnowledgeBase.Linked linked;
    try (Store store = home.open()) {
      linked = new KnowledgeBase(store).linked();
    }
    if (corpusDocs < 0) {
      throw new IllegalArgumentException("--corpus-docs must be >= 0, got " + corpusDocs);
    }
    AttributionCorpus corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software());
    if (corpus.actors().isEmpty()) {
      throw new IllegalArgumentException("no actor with known techniques in the knowledge base; run `ascribe kb import` first");
    }
    if (corpusDocs > 0) {
      corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software(),
          SyntheticCorpus.facts(corpus, corpusDocs, 15));
    }
    long start = System.nanoTime();
    AttributionBenchmark.Report r = new AttributionBenchmark(corpus).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("machine_cores", Runtime.getRuntime().availableProcessors());
      o.put("candidates", r.candidates());
      o.put("synthetic_corpus_documents", corpusDocs);
      o.put("seconds", seconds);
      o.set("leave_one_report_out", Json.object().pojoNode(r.leaveOneReportOut()));
      o.set("leave_one_report_out_tfidf", Json.object().pojoNode(r.leaveOneReportOutTfIdf()));
      o.set("campaigns", Json.object().pojoNode(r.campaigns()));
      o.set("campaigns_tfidf", Json.object().pojoNode(r.campaignsTfIdf()));
      o.set("sparse_leave_one_report_out", Json.object().pojoNode(r.sparse()));
      o.set("batch", Json.object().pojoNode(r.batch()));
      Json.print(out, o);
      return 0;
    }
    out.printf("%d candidate actors, %d cores, %.1f s%n%n", r.candidates(), Runtime.getRuntime().availableProcessors(), seconds);
    out.printf("%-28s %6s %6s %6s %6s %6s %6s %8s %10s%n", "protocol / model", "cases", "top1", "top3", "top5", "top10", "MRR",
        "ECE", "unk.first");
    row(out, "leave-one-report-out", r.leaveOneReportOut());
    row(out, "  baseline TF-IDF cosine", r.leaveOneReportOutTfIdf());
    row(out, "campaigns", r.campaigns());
    row(out, "  baseline TF-IDF cosine", r.campaignsTfIdf());
    row(out, "sparse (1-4 items) LORO", r.sparse().calibrated());
    row(out, "  without calibration", r.sparse().uncalibrated());
    for (int k = 0; k < r.sparse().bySize().size(); k++) {
      row(out, "  " + (k + 1) + " item" + (k == 0 ? "" : "s"), r.sparse().bySize().get(k));
    }
    row(out, "  naming software", r.sparse().withSoftware());
    row(out, "  techniques only", r.sparse().withoutSoftware());
    row(out, "  naming its actor's own tool", r.sparse().ownSoftware());
    out.printf("%nfeature extraction (leave-one-report-out, profile rebuilt per case): %.0f cases/s%n",
        r.leaveOneReportOut().casesPerSecond());
    out.printf("batch attribution against the full knowledge base: %.0f cases/s, latency p50 %.2f ms, p99 %.2f ms"
        + " (%.0f cases per CPU-second of the benchmark thread)%n",
        r.batch().casesPerSecond(), r.batch().p50Millis(), r.batch().p99Millis(), r.batch().cpuCasesPerSecond());
    if (corpusDocs > 0) {
      out.printf("  with a SYNTHETIC corpus of %d documents (%d facts; load only), %d context items per case%n",
          corpusDocs, r.batch().corpusFacts(), r.batch().contextItemsPerCase());
    }
    return 0;
  }

  private int esetBench() throws Exception {
    EsetPublications.Reading reading = EsetPublications.read(eset);
    PrintWriter err = spec.commandLine().getErr();
    EsetBenchmark.Report report;
    try (Store store = home.open(); BarProgress progress = new BarProgress(err)) {
      Ranker ranker = TrainedAttributor.load(store, line -> err.println(line)).attributor().ranker();
      KnowledgeBase.Linked linked = new KnowledgeBase(store).linked();
      DocumentExtractor extractor = extractorOptions.extractor(home, store, err);
      report = new EsetBenchmark(linked.graph(), linked.actors(), linked.software(), extractor, ranker)
          .run(reading, progress);
    }
    PrintWriter out = spec.commandLine().getOut();
    int cores = Runtime.getRuntime().availableProcessors();
    if (json.requested()) {
      ObjectNode o = Json.tree(report);
      o.put("machine_cores", cores);
      Json.print(out, o);
    } else {
      EsetBenchPrinter.print(out, report, cores);
    }
    return 0;
  }

  private static void row(PrintWriter out, String name, AttributionBenchmark.Metrics m) {
    out.printf("%-28s %6d %6.3f %6.3f %6.3f %6.3f %6.3f %8s %10.3f%n", name, m.cases(), m.top1(), m.top3(), m.top5(),
        m.top10(), m.mrr(), Double.isNaN(m.ece()) ? "-" : String.format("%.3f", m.ece()), m.unknownFirst());
  }
}
