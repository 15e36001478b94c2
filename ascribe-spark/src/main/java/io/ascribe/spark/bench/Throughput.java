package io.ascribe.spark.bench;

import io.ascribe.spark.snapshot.ExtractorSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/** The throughput benchmark: writes the set, measures each run, prints a table with the ratios. */
public final class Throughput {
  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+)]");

  private final ExtractorSnapshot snapshot;
  private final Function<String, SparkSession> sessions;

  /** Extracts with {@code snapshot}; {@code sessions} starts a session for a master URL. */
  public Throughput(ExtractorSnapshot snapshot, Function<String, SparkSession> sessions) {
    this.snapshot = snapshot;
    this.sessions = sessions;
  }

  /**
   * Runs the benchmark.
   *
   * @param masters {@code local[N]} URLs
   * @throws IllegalArgumentException for a master that is not {@code local[N]}
   */
  public void run(Path articles, Path work, int records, int files, long seed, List<String> masters, PrintWriter out)
      throws IOException {
    List<Integer> cores = new ArrayList<>();
    for (String m : masters) {
      Matcher matcher = LOCAL.matcher(m);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("--master " + m + ": the bench measures local[N] masters only");
      }
      cores.add(Integer.parseInt(matcher.group(1)));
    }
    BenchArchive archive = BenchArchive.fromArticles(articles);
    long t = System.nanoTime();
    List<Path> set = archive.write(work.resolve("set"), records, files, seed);
    out.printf("Set: %,d pages from %d articles in %d WARC.gz files (seed %d), written in %.1f s to %s%n", records,
        archive.articles(), set.size(), seed, (System.nanoTime() - t) / 1e9, work.resolve("set"));
    out.flush();
    ThroughputBench bench = new ThroughputBench(snapshot, sessions);
    List<ThroughputBench.Measure> measures = new ArrayList<>();
    measures.add(bench.singleProcess(set));
    print(out, measures.get(0), measures.get(0));
    for (int i = 0; i < masters.size(); i++) {
      String master = masters.get(i);
      ThroughputBench.Measure m = bench.job(master, cores.get(i), set,
          work.resolve("out-" + master.replaceAll("[^A-Za-z0-9]+", "")).toString());
      measures.add(m);
      print(out, m, measures.get(0));
    }
    ThroughputBench.Measure one = measures.stream().filter(m -> m.mode().endsWith("local[1]")).findFirst().orElse(null);
    ThroughputBench.Measure two = measures.stream().filter(m -> m.mode().endsWith("local[2]")).findFirst().orElse(null);
    if (one != null && two != null) {
      out.printf("local[2] / local[1]: %.2fx (target >= 1.7x)%n", two.perSecond() / one.perSecond());
    }
  }

  private static void print(PrintWriter out, ThroughputBench.Measure m, ThroughputBench.Measure single) {
    out.printf("%-28s %d core(s): %,7d documents in %7.1f s = %7.1f docs/s, %7.1f docs/s per core (%.0f%% of single "
        + "process)%n", m.mode(), m.cores(), m.documents(), m.seconds(), m.perSecond(), m.perCore(),
        100 * m.perCore() / single.perSecond());
    out.flush();
  }
}
