package io.ascribe.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: the {@code --master} given, else the one {@code spark-submit}
 * set, else {@code local[*]}; no web UI or console progress unless configured, and few shuffle
 * partitions for a local master (Spark's default of 200 costs more than it splits on one machine).
 * A {@code local-cluster[N,C,M]} master (N executor JVMs on this machine, started by Spark's
 * in-process workers from {@code SPARK_HOME}) gives its executors this JVM's class path, so the
 * classes resolved by Maven serve there too, and the worker's memory (M megabytes).
 */
final class SparkSessions {
  /** {@code local-cluster[workers, cores, megabytes]}: an executor may take its worker's memory. */
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\d+,\\s*\\d+,\\s*(\\d+)]");

  private SparkSessions() {}

  static SparkSession start(String appName, String master) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setAppName(appName);
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    }
    Matcher cluster = LOCAL_CLUSTER.matcher(conf.get("spark.master"));
    if (cluster.matches()) {
      conf.setIfMissing("spark.executor.extraClassPath", System.getProperty("java.class.path"));
      conf.setIfMissing("spark.executor.memory", cluster.group(1) + "m");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
