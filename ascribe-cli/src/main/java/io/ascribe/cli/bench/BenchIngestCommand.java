package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.DataOption;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.Ingestor;
import io.ascribe.store.search.SearchIndex;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench ingest}: ingests many distinct news-sized documents into a scratch store
 * (extraction with the home's knowledge base, storage, search indexing) and reports throughput per
 * window and the heap in use, to show that throughput is steady and memory bounded.
 */
@Command(
    name = "ingest",
    header = "Measure ingest throughput and heap on N distinct ~4 KB documents.",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest N distinct ~4 KB documents (TRAM2 pieces, each made unique) into a scratch store and report "
          + "documents/s per window and the heap in use. Run it under a heap limit, e.g.:",
      "  ASCRIBE_JAVA_OPTS=-Xmx1g ascribe bench ingest --docs 20000",
      "",
      "Example (a short run, as JSON):",
      "  ascribe bench ingest --docs 2000 --window 500 --json"
    })
public final class BenchIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin ExtractorOptions extraction;

  @Mixin DataOption data;

  @Option(names = "--docs", defaultValue = "20000", description = "Documents to ingest (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--window", defaultValue = "2000", description = "Documents per reported window (default: ${DEFAULT-VALUE}).")
  int window;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (docs < 1 || window < 1) {
      throw new IllegalArgumentException("--docs and --window must be positive");
    }
    List<byte[]> pieces = BenchDocuments.fromTram(data.path());
    DocumentExtractor extractor;
    try (Store store = home.open()) {
      extractor = extraction.extractor(data.path().resolve("misp-warninglists/lists"), store, spec.commandLine().getErr());
    }
    Path scratch = Files.createTempDirectory("ascribe-bench-ingest");
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode result = Json.object();
    ArrayNode windows = result.putArray("windows");
    long maxHeap = 0;
    long start = System.nanoTime();
    try (Store store = Store.open(scratch)) {
      Ingestor ingestor = new Ingestor(extractor, new DocumentStore(store), new SearchIndex(store.indexDir()));
      long windowStart = System.nanoTime();
      for (int i = 0; i < docs; i++) {
        byte[] piece = pieces.get(i % pieces.size());
        byte[] unique = (new String(piece, StandardCharsets.UTF_8) + "\n\nDocument " + i + ".").getBytes(StandardCharsets.UTF_8);
        Ingestor.Outcome o = ingestor.ingest(new RawDocument("bench-" + i, unique, (i & 1) == 0 ? "doc.txt" : "doc.html"));
        if (!o.status().equals("stored")) {
          throw new IllegalStateException("document " + i + " was not stored: " + o);
        }
        if ((i + 1) % window == 0 || i + 1 == docs) {
          ingestor.flush();
          double seconds = (System.nanoTime() - windowStart) / 1e9;
          // retained heap, not garbage waiting for collection: collect first (outside the timed window)
          System.gc();
          Runtime rt = Runtime.getRuntime();
          long used = rt.totalMemory() - rt.freeMemory();
          maxHeap = Math.max(maxHeap, used);
          int n = (i % window) + 1;
          windows.addObject().put("documents", i + 1).put("documents_per_second", n / seconds).put("heap_retained_mb", used >> 20);
          if (!json.requested()) {
            err.printf("%6d documents: %.0f documents/s in this window, heap retained %d MB%n", i + 1, n / seconds, used >> 20);
            err.flush();
          }
          windowStart = System.nanoTime();
        }
      }
      ingestor.flush();
    } finally {
      try (Stream<Path> walk = Files.walk(scratch)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    result.put("documents", docs);
    result.put("seconds", seconds);
    result.put("documents_per_second", docs / seconds);
    result.put("max_heap_retained_mb", maxHeap >> 20);
    result.put("heap_limit_mb", Runtime.getRuntime().maxMemory() >> 20);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, result);
    } else {
      out.printf("%d documents in %.0f s: %.0f documents/s overall; heap retained at most %d MB of %d MB%n", docs, seconds,
          docs / seconds, maxHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
    return 0;
  }
}
