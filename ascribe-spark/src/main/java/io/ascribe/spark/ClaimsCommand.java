package io.ascribe.spark;

import io.ascribe.model.Tlp;
import io.ascribe.spark.claims.ClaimsJob;
import io.ascribe.spark.dedupe.StoryGroups;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe spark claims}: runs {@link ClaimsJob}. */
@Command(
    name = "claims",
    header = "Extract claims, indicators, techniques and entities from web archives.",
    mixinStandardHelpOptions = true,
    description = {
      "Extract claims, indicators, techniques and entities from web archives (WARC, WET; plain or gzip) "
          + "and JSONL files of {\"url\": ..., \"text\": ...} with Apache Spark, the same extraction as `ascribe "
          + "ingest`, into Parquet tables keyed by sha256 below --out: documents (with story_id), claims, "
          + "indicators, technique_mentions, entity_mentions, errors. The home's knowledge base, warning lists "
          + "and models are read once here and shipped to the executors. Load the tables with `ascribe ingest "
          + "--parquet DIR`.",
      "",
      "Examples:",
      "  ascribe spark claims --input 'news/CC-NEWS-*.warc.gz' --out /tmp/claims --master 'local[2]'",
      "  spark-submit --class io.ascribe.spark.SparkMain ascribe-spark.jar \\",
      "      claims --input s3a://b/*.warc.gz --out s3a://b/out"
    })
final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkHome home;

  @Option(names = "--input", required = true, split = ",", paramLabel = "GLOB",
      description = "Input files, folders, globs or Hadoop URIs (repeat, or separate with commas).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (its tables are replaced).")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit sets, else local[*]).")
  String master;

  @Option(names = "--tlp", paramLabel = "LEVEL", defaultValue = "CLEAR", converter = TlpOption.class,
      description = "TLP marking of the documents (default: ${DEFAULT-VALUE}).")
  Tlp tlp;

  @Option(names = "--partitions", paramLabel = "N", description = "Files per table (default: the default parallelism).")
  Integer partitions;

  @Option(names = "--warninglists", paramLabel = "DIR",
      description = "MISP warning lists folder (default: <home>/warninglists/lists when present).")
  Path warningLists;

  @Option(names = "--no-classifier", description = "Find techniques by id and name only, without the trained classifier.")
  boolean noClassifier;

  @Option(names = "--story-distance", paramLabel = "D", defaultValue = "0.4",
      description = "Largest Jaccard distance of 5-word shingles between copies of one story (default: ${DEFAULT-VALUE}).")
  double storyDistance;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ExtractorSnapshot snapshot;
    try (Store store = home.open()) {
      snapshot = ExtractorSnapshot.of(store, warningLists != null ? warningLists : HomeExtractor.defaultWarningLists(store),
          !noClassifier, line -> {
            err.println(line);
            err.flush();
          });
    }
    err.printf("Extractor snapshot: %,d bytes, shipped to the executors once.%n", snapshot.bytes());
    err.flush();
    SparkSession spark = SparkSessions.start("ascribe claims", master);
    try {
      int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
      long start = System.nanoTime();
      ClaimsJob.Summary s = new ClaimsJob(spark, snapshot, new StoryGroups(storyDistance)).run(inputs, out, tlp, n);
      double seconds = (System.nanoTime() - start) / 1e9;
      spec.commandLine().getOut().printf(
          "Read %,d records in %.1f s: %,d documents (%,d duplicate copies), %,d errors, %,d claims, %,d stories; "
              + "tables in %s%n", s.records(), seconds, s.documents(), s.duplicates(), s.errors(), s.claims(),
          s.stories(), out);
    } finally {
      spark.stop();
    }
    return 0;
  }
}
