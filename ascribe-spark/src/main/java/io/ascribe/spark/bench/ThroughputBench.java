package io.ascribe.spark.bench;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.spark.claims.ClaimsJob;
import io.ascribe.spark.dedupe.StoryGroups;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.spark.timing.PhaseTime;
import java.io.IOException;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * Measures documents a second: the extraction in one thread of this process (each file read with
 * {@link DocumentInputs}, each page through the extractor, as {@code ascribe ingest} does without
 * storing), then the whole {@link ClaimsJob} (reading, extraction, dedupe, stories, Parquet) on each
 * Spark master given. A first pass over one file warms the JIT before anything is timed. Besides
 * the wall time, each run reports CPU time (the thread's for the single process, the Spark tasks'
 * for the job), which a shared machine disturbs far less.
 */
final class ThroughputBench {
  /**
   * One measured run.
   *
   * @param cpuSeconds CPU time of the work: the extracting thread's, or the job's tasks' summed
   * @param processCpuSeconds CPU time of this whole process meanwhile (driver, GC and compiler
   *     threads too; with a local master the executors are in it, with local-cluster they are not)
   * @param phases the job's phases (none for the single process)
   */
  record Measure(String mode, int cores, long documents, double seconds, double cpuSeconds, double processCpuSeconds,
      List<PhaseTime> phases) {
    double perSecond() {
      return documents / seconds;
    }

    double perCore() {
      return perSecond() / cores;
    }

    double cpuMillisPerDocument() {
      return 1e3 * cpuSeconds / documents;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean PROCESS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

  private final ExtractorSnapshot snapshot;
  private final Function<String, SparkSession> sessions;

  /** A bench extracting with {@code snapshot}; {@code sessions} starts a Spark session for a master URL. */
  ThroughputBench(ExtractorSnapshot snapshot, Function<String, SparkSession> sessions) {
    this.snapshot = snapshot;
    this.sessions = sessions;
  }

  /** The single-process run. */
  Measure singleProcess(List<Path> files) throws IOException {
    DocumentExtractor extractor = snapshot.extractor();
    extractAll(extractor, files.subList(0, 1));
    long cpu = THREADS.getCurrentThreadCpuTime();
    long processCpu = PROCESS.getProcessCpuTime();
    long start = System.nanoTime();
    long documents = extractAll(extractor, files);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measure("single process, 1 thread", 1, documents, seconds,
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (PROCESS.getProcessCpuTime() - processCpu) / 1e9, List.of());
  }

  private static long extractAll(DocumentExtractor extractor, List<Path> files) throws IOException {
    DocumentInputs inputs = new DocumentInputs();
    long documents = 0;
    for (Path file : files) {
      List<RawDocument> pages = new ArrayList<>();
      inputs.read(file, pages::add, problem -> {});
      for (RawDocument p : pages) {
        extractor.extract(p.source(), p.bytes(), p.nameOrContentType());
        documents++;
      }
    }
    return documents;
  }

  /** The job on {@code master} ({@code cores} task slots in all), writing below {@code out}. */
  Measure job(String master, int cores, List<Path> files, String out) {
    SparkSession spark = sessions.apply(master);
    try {
      List<String> inputs = files.stream().map(Path::toString).toList();
      long processCpu = PROCESS.getProcessCpuTime();
      long start = System.nanoTime();
      ClaimsJob.Summary s = new ClaimsJob(spark, snapshot, new StoryGroups()).run(inputs, out, Tlp.CLEAR, cores);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = s.phases().stream().mapToDouble(PhaseTime::cpuSeconds).sum();
      return new Measure("ClaimsJob " + master, cores, s.records() - s.errors(), seconds, cpu,
          (PROCESS.getProcessCpuTime() - processCpu) / 1e9, s.phases());
    } finally {
      spark.stop();
    }
  }
}
