package io.ascribe.spark;

import io.ascribe.spark.bench.Throughput;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe spark bench}: the claims job's throughput; see BENCHMARKS.md. */
@Command(
    name = "bench",
    header = "Measure documents/s of the Spark claims job on a generated WARC.gz set.",
    mixinStandardHelpOptions = true,
    description = {
      "Measure documents/s of the claims job on a generated WARC.gz set (HTML pages made from the written "
          + "articles, published by several outlets), for each --master, against the same extraction in one "
          + "thread of one process, in the same run. Each job's phases say where its time went (wall, task and "
          + "CPU seconds, shuffle bytes).",
      "",
      "Example:",
      "  ascribe spark bench --records 20000 --master 'local[1]' --master 'local[2]'"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkHome home;

  @Option(names = "--records", defaultValue = "20000", description = "Pages in the set (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--files", defaultValue = "8", description = "WARC.gz files the pages are split into (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--seed", defaultValue = "14", description = "Seed of the set (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--articles", paramLabel = "DIR", defaultValue = "ascribe-core/src/test/resources/claims/articles",
      description = "Written articles (*.txt: title, date, paragraphs) (default: ${DEFAULT-VALUE}).")
  Path articles;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}/ascribe-spark-bench",
      description = "Where the set and the job's tables are written (default: ${DEFAULT-VALUE}).")
  Path work;

  // commas inside brackets (local-cluster[2,1,1024]) do not split
  @Option(names = "--master", paramLabel = "URL", split = ",(?![^\\[]*])", splitSynopsisLabel = ",",
      defaultValue = "local[1],local[2]",
      description = "Spark masters to measure, local[N] or local-cluster[N,C,MB] (default: ${DEFAULT-VALUE}).")
  List<String> masters;

  @Option(names = "--json", description = "Print the report as one JSON object (progress goes to stderr).")
  boolean json;

  @Option(names = "--no-classifier", description = "Find techniques by id and name only, without the trained classifier.")
  boolean noClassifier;

  @Override
  public Integer call() throws Exception {
    ExtractorSnapshot snapshot;
    try (Store store = home.open()) {
      snapshot = ExtractorSnapshot.of(store, HomeExtractor.defaultWarningLists(store), !noClassifier,
          line -> spec.commandLine().getErr().println(line));
    }
    new Throughput(snapshot, master -> SparkSessions.start("ascribe bench", master))
        .run(articles, work, records, files, seed, masters, json, spec.commandLine().getOut(),
            spec.commandLine().getErr());
    return 0;
  }
}
