package io.ascribe.spark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.spark.timing.PhaseTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * The throughput benchmark: writes the set, measures each run, and prints each run's documents a
 * second and CPU time, the phases of each job (where its time went), and the ratios the targets
 * are set on; or all of it as one JSON object.
 */
public final class Throughput {
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
   * @param masters {@code local[N]} or {@code local-cluster[N,C,M]} URLs
   * @param out the report: text, each run as it ends, or JSON at the end
   * @param progress where the JSON mode says what it is doing
   * @throws IllegalArgumentException for a master of another kind
   */
  public void run(Path articles, Path work, int records, int files, long seed, List<String> masters, boolean json,
      PrintWriter out, PrintWriter progress) throws IOException {
    List<Integer> cores = new ArrayList<>();
    for (String m : masters) {
      cores.add(MasterCores.of(m));
    }
    PrintWriter text = json ? progress : out;
    BenchArchive archive = BenchArchive.fromArticles(articles);
    long t = System.nanoTime();
    List<Path> set = archive.write(work.resolve("set"), records, files, seed);
    text.printf("Set: %,d pages from %d articles in %d WARC.gz files (seed %d), written in %.1f s to %s%n", records,
        archive.articles(), set.size(), seed, (System.nanoTime() - t) / 1e9, work.resolve("set"));
    text.flush();
    ThroughputBench bench = new ThroughputBench(snapshot, sessions);
    List<ThroughputBench.Measure> measures = new ArrayList<>();
    measures.add(bench.singleProcess(set));
    print(text, measures.get(0), measures.get(0));
    for (int i = 0; i < masters.size(); i++) {
      String master = masters.get(i);
      ThroughputBench.Measure m = bench.job(master, cores.get(i), set,
          work.resolve("out-" + master.replaceAll("[^A-Za-z0-9]+", "")).toString());
      measures.add(m);
      print(text, m, measures.get(0));
    }
    ThroughputBench.Measure one = find(measures, "local[1]");
    ThroughputBench.Measure two = find(measures, "local[2]");
    if (one != null && two != null) {
      text.printf("local[2] / local[1]: %.2fx (target >= 1.7x)%n", two.perSecond() / one.perSecond());
    }
    text.flush();
    if (json) {
      out.println(json(records, set.size(), seed, measures, one, two));
      out.flush();
    }
  }

  private static ThroughputBench.Measure find(List<ThroughputBench.Measure> measures, String master) {
    return measures.stream().filter(m -> m.mode().endsWith(" " + master)).findFirst().orElse(null);
  }

  private static void print(PrintWriter out, ThroughputBench.Measure m, ThroughputBench.Measure single) {
    out.printf("%-28s %d core(s): %,7d documents in %7.1f s = %7.1f docs/s, %7.1f docs/s per core (%.0f%% of single "
        + "process); CPU %.1f s = %.2f ms/document (%.0f%% of single process); process CPU %.1f s (%.0f%%)%n", m.mode(),
        m.cores(), m.documents(), m.seconds(), m.perSecond(), m.perCore(), 100 * m.perCore() / single.perSecond(),
        m.cpuSeconds(), m.cpuMillisPerDocument(), 100 * m.cpuMillisPerDocument() / single.cpuMillisPerDocument(),
        m.processCpuSeconds(), 100 * (m.processCpuSeconds() / m.documents())
            / (single.processCpuSeconds() / single.documents()));
    if (!m.phases().isEmpty()) {
      out.printf("    %-26s %8s %5s %6s %9s %9s %7s %10s %10s %10s%n", "phase", "wall s", "jobs", "tasks", "task s",
          "CPU s", "GC s", "shuffle w", "shuffle r", "written");
      for (PhaseTime p : m.phases()) {
        out.printf("    %-26s %8.1f %5d %6d %9.1f %9.1f %7.1f %10s %10s %10s%n", p.phase(), p.wallSeconds(), p.jobs(),
            p.tasks(), p.taskSeconds(), p.cpuSeconds(), p.gcSeconds(), megabytes(p.shuffleWriteBytes()),
            megabytes(p.shuffleReadBytes()), megabytes(p.outputBytes()));
      }
    }
    out.flush();
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }

  private static String json(int records, int files, long seed, List<ThroughputBench.Measure> measures,
      ThroughputBench.Measure one, ThroughputBench.Measure two) throws IOException {
    ThroughputBench.Measure single = measures.get(0);
    List<Map<String, Object>> runs = new ArrayList<>();
    for (ThroughputBench.Measure m : measures) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("mode", m.mode());
      run.put("cores", m.cores());
      run.put("documents", m.documents());
      run.put("seconds", m.seconds());
      run.put("documents_per_second", m.perSecond());
      run.put("documents_per_second_per_core", m.perCore());
      run.put("per_core_of_single_process", m.perCore() / single.perSecond());
      run.put("cpu_seconds", m.cpuSeconds());
      run.put("cpu_ms_per_document", m.cpuMillisPerDocument());
      run.put("cpu_per_document_of_single_process", m.cpuMillisPerDocument() / single.cpuMillisPerDocument());
      run.put("process_cpu_seconds", m.processCpuSeconds());
      run.put("process_cpu_per_document_of_single_process",
          (m.processCpuSeconds() / m.documents()) / (single.processCpuSeconds() / single.documents()));
      run.put("phases", m.phases());
      runs.add(run);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("records", records);
    report.put("files", files);
    report.put("seed", seed);
    report.put("runs", runs);
    report.put("local2_over_local1", one != null && two != null ? two.perSecond() / one.perSecond() : null);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
  }
}
