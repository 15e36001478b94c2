package io.ascribe.spark.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The task slots of a Spark master URL the bench measures: {@code local[N]}, {@code local-cluster[N,C,M]}. */
final class MasterCores {
  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+)]");
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d+),\\s*(\\d+),\\s*(\\d+)]");

  private MasterCores() {}

  /**
   * The cores of {@code master}: N for {@code local[N]}, N workers times C cores for {@code
   * local-cluster[N,C,M]}.
   *
   * @throws IllegalArgumentException for another kind of master
   */
  static int of(String master) {
    Matcher local = LOCAL.matcher(master);
    if (local.matches()) {
      return Integer.parseInt(local.group(1));
    }
    Matcher cluster = LOCAL_CLUSTER.matcher(master);
    if (cluster.matches()) {
      return Integer.parseInt(cluster.group(1)) * Integer.parseInt(cluster.group(2));
    }
    throw new IllegalArgumentException("--master " + master
        + ": the bench measures local[N] and local-cluster[N,C,M] masters only");
  }
}
