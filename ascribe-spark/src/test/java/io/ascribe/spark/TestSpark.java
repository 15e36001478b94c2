package io.ascribe.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} Spark session the tests of this module share (a session takes seconds
 * to start; surefire runs them all in one JVM). Stopped when the JVM exits.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  /** The shared session. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("ascribe-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
