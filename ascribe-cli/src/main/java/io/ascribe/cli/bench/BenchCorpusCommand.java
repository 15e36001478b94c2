package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.DataOption;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.bench.corpus.ClaimSeeds;
import io.ascribe.cli.bench.corpus.CorpusGenerator;
import io.ascribe.cli.bench.corpus.SeedArticle;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.bulk.BulkLoader;
import io.ascribe.store.bulk.LoadSummary;
import io.ascribe.store.search.SearchIndex;
import java.io.PrintWriter;
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
 * {@code ascribe bench corpus}: generates a corpus at team-store scale from the labelled claims
 * ({@link CorpusGenerator}) and loads it with the {@link BulkLoader}, timing the load and the search
 * indexing. Loading the same seed again adds nothing, so a run can be repeated or continued with a
 * larger {@code --documents}.
 */
@Command(
    name = "corpus",
    header = "Generate a reproducible corpus of labelled claims and bulk-load it into the store.",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a reproducible corpus (the real news set's and the written set's labelled claims expanded "
          + "with varied claimants, accused, actors, outlets, dates and wording) and bulk-load it into the store "
          + "(COPY on PostgreSQL), then add it to the search index. Idempotent: the same seed adds nothing "
          + "twice.",
      "",
      "Examples:",
      "  ascribe bench corpus --home /tmp/h1 --documents 20000",
      "  ascribe bench corpus --home /tmp/h1 --db 'jdbc:postgresql://127.0.0.1:5432/ascribe?user=ascribe' \\",
      "      --documents 300000"
    })
public final class BenchCorpusCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY = 20_000;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin DataOption data;

  @Option(names = "--written", paramLabel = "DIR", defaultValue = "ascribe-core/src/test/resources/claims",
      description = "The written claim set (gold.jsonl, articles/) to expand too (default: ${DEFAULT-VALUE}).")
  Path written;

  @Option(names = "--documents", paramLabel = "N", defaultValue = "300000",
      description = "Documents to generate (default: ${DEFAULT-VALUE}).")
  long documents;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "14", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-index", description = "Leave the search index alone (load the database only).")
  boolean noIndex;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (documents < 1) {
      throw new IllegalArgumentException("--documents must be at least 1, got " + documents);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<SeedArticle> seeds = new ArrayList<>(ClaimSeeds.news(data.path().resolve("news-claims")));
    int news = seeds.size();
    seeds.addAll(ClaimSeeds.written(written));
    err.printf("seeds: %d news articles, %d written articles%n", news, seeds.size() - news);
    CorpusGenerator generator = new CorpusGenerator(seeds, seed);
    try (Store store = home.open()) {
      BulkLoader loader = new BulkLoader(store);
      long start = System.nanoTime();
      long[] lastShown = {0};
      LoadSummary summary = loader.load(generator.documents(documents), Tlp.CLEAR, read -> {
        if (read - lastShown[0] >= PROGRESS_EVERY || read == documents) {
          lastShown[0] = read;
          double s = (System.nanoTime() - start) / 1e9;
          err.printf("%,10d / %,d documents, %.0f s, %.0f documents/s%n", read, documents, s, read / s);
          err.flush();
        }
      });
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      long indexed = 0;
      double indexSeconds = 0;
      if (!noIndex) {
        err.println("indexing the new documents for search ...");
        err.flush();
        long t = System.nanoTime();
        try (SearchIndex index = new SearchIndex(store.indexDir())) {
          indexed = loader.indexMissing(index);
        }
        indexSeconds = (System.nanoTime() - t) / 1e9;
      }
      print(summary, loadSeconds, indexed, indexSeconds, store.embedded());
    }
    return 0;
  }

  private void print(LoadSummary s, double loadSeconds, long indexed, double indexSeconds, boolean embedded) {
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("database", embedded ? "h2" : "postgresql");
      o.put("seed", seed);
      o.put("documents_read", s.read());
      o.put("documents_added", s.added());
      o.put("documents_skipped", s.skipped());
      o.put("claims_added", s.claims());
      o.put("load_seconds", loadSeconds);
      o.put("documents_per_second", s.read() / loadSeconds);
      o.put("documents_indexed", indexed);
      o.put("index_seconds", indexSeconds);
      Json.print(out, o);
      return;
    }
    out.printf("%s, seed %d: %,d documents read, %,d added (%,d claims), %,d already stored; load %.1f s (%.0f documents/s)%n",
        embedded ? "H2" : "PostgreSQL", seed, s.read(), s.added(), s.claims(), s.skipped(), loadSeconds,
        s.read() / loadSeconds);
    if (!noIndex) {
      out.printf("search index: %,d documents added in %.1f s%n", indexed, indexSeconds);
    }
  }
}
