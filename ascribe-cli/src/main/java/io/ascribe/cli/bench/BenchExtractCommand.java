package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.DataOption;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench extract}: end-to-end extraction throughput on news-sized documents, JVM
 * start and knowledge-base loading excluded. The documents are the TRAM2 training reports cut into
 * ~4 KB pieces, alternately as plain text and as HTML pages with navigation and footers, plus the
 * two seed pages.
 */
@Command(
    name = "extract",
    header = "Measure end-to-end extraction throughput on ~4 KB documents.",
    mixinStandardHelpOptions = true,
    description = {
      "Measure end-to-end extraction (text, indicators, techniques, entities, claims) on ~4 KB documents "
          + "built from ../shared/data/tram2 and ../shared/seeds, on every core.",
      "",
      "Example:",
      "  ascribe bench extract --data ../shared/data --seconds 20"
    })
public final class BenchExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin ExtractorOptions extraction;

  @Mixin DataOption data;

  @Mixin DurationOption duration = new DurationOption(20);

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
  int threads;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    int seconds = duration.seconds();
    List<byte[]> docs = BenchDocuments.fromTram(data.path());
    DocumentExtractor extractor;
    try (Store store = home.open()) {
      extractor = extraction.extractor(data.path().resolve("misp-warninglists/lists"), store, spec.commandLine().getErr());
    }
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    run(extractor, docs, workers, Math.max(2, seconds / 4)); // warm-up
    long bytes = docs.stream().mapToLong(d -> d.length).sum() / docs.size();
    double[] result = run(extractor, docs, workers, seconds);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("machine_cores", Runtime.getRuntime().availableProcessors());
      o.put("threads", workers);
      o.put("documents", (long) result[0]);
      o.put("mean_document_bytes", bytes);
      o.put("documents_per_second", result[1]);
      Json.print(out, o);
    } else {
      out.printf("%d documents of %d bytes on average, %d threads on %d cores: %.0f documents/s%n", (long) result[0],
          bytes, workers, Runtime.getRuntime().availableProcessors(), result[1]);
    }
    return 0;
  }

  private static double[] run(DocumentExtractor extractor, List<byte[]> docs, int workers, int seconds)
      throws InterruptedException {
    AtomicInteger done = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> ts = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      int first = w;
      ts.add(Thread.ofPlatform().start(() -> {
        int i = first;
        while (System.nanoTime() < end) {
          byte[] d = docs.get(i % docs.size());
          extractor.extract("bench", d, (i & 1) == 0 ? "doc.txt" : "doc.html");
          done.incrementAndGet();
          i += workers;
        }
      }));
    }
    for (Thread t : ts) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new double[] {done.get(), done.get() / elapsed};
  }
}
