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
    description = "Ascribe's extraction at scale, on Apache Spark.",
    subcommands = {ClaimsCommand.class, IngestParquetCommand.class, BenchCommand.class})
public final class SparkMain {
  private SparkMain() {}

  /** Runs one command and exits with its code. */
  public static void main(String[] args) {
    // as wide as the main command's help (AscribeCommand.HELP_WIDTH)
    System.exit(new CommandLine(new SparkMain()).setUsageHelpWidth(110).execute(args));
  }
}
