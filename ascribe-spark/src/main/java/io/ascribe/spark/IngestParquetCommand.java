package io.ascribe.spark;

import io.ascribe.spark.load.ParquetIngest;
import io.ascribe.spark.load.ParquetTables;
import io.ascribe.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe ingest --parquet DIR} (also {@code ascribe spark ingest-parquet DIR}): loads the job's tables. */
@Command(
    name = "ingest-parquet",
    header = "Load the Parquet tables of `ascribe spark claims` into the store.",
    mixinStandardHelpOptions = true,
    description = {
      "Load the Parquet tables of `ascribe spark claims` into the store (the home's embedded database or "
          + "--db PostgreSQL): every document with its claims, indicators, technique mentions and entities, at "
          + "the marking the job gave it. Documents stored already (same sha256) are skipped, so loading twice "
          + "adds nothing. Then indexes the new documents for `ascribe search`.",
      "",
      "Examples:",
      "  ascribe spark ingest-parquet /tmp/claims",
      "  ascribe spark ingest-parquet /tmp/claims --db jdbc:postgresql://127.0.0.1:5432/ascribe"
    })
final class IngestParquetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkHome home;

  @Parameters(index = "0", paramLabel = "DIR", description = "The output folder of `ascribe spark claims`.")
  String dir;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master that reads the tables (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = SparkSessions.start("ascribe ingest --parquet", master);
    try (Store store = home.open()) {
      ParquetIngest.Result r;
      try (Bar bar = new Bar()) {
        r = new ParquetIngest(store).load(new ParquetTables(spark, dir), bar);
      }
      out.printf("Loaded %,d documents from %s: %,d added (%,d claims), %,d stored already; %,d indexed for search.%n",
          r.load().read(), dir, r.load().added(), r.load().claims(), r.load().skipped(), r.indexed());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** The progress bar on standard error. */
  private static final class Bar implements ParquetIngest.Progress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void total(long documents) {
      bar = new ProgressBarBuilder().setTaskName("loading").setInitialMax(documents).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void read(long documents) {
      if (bar != null) {
        bar.stepTo(documents);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
