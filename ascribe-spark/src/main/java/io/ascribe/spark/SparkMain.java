package io.ascribe.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ascribe spark}: the Spark commands, run in-process by the launcher ({@code ./ascribe spark
 * claims ...}) or on a cluster by {@code spark-submit --class io.ascribe.spark.SparkMain
 * ascribe-spark.jar claims ...}.
 */
@Command(
    name = "ascribe spark",
    mixinStandardHelpOptions = true,
    description = {
      "Ascribe's extraction at scale, on Apache Spark.",
      "",
      "Examples:",
      "  ascribe spark claims --input 'news/*.warc.gz' --out /tmp/claims --master 'local[2]'",
      "  ascribe spark ingest-parquet /tmp/claims",
      "  ascribe spark bench --records 20000"
    },
    subcommands = {ClaimsCommand.class, IngestParquetCommand.class, BenchCommand.class})
public final class SparkMain {
  private SparkMain() {}

  /** Columns of {@code --help}: as wide as the main command's ({@code AscribeCommand.HELP_WIDTH}). */
  static final int HELP_WIDTH = 110;

  /** The command line of the Spark commands; tests call this too. */
  static CommandLine commandLine() {
    return new CommandLine(new SparkMain()).setUsageHelpWidth(HELP_WIDTH);
  }

  /** Runs one command and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
