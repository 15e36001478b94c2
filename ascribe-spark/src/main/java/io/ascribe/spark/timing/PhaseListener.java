package io.ascribe.spark.timing;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up the metrics of every task by the phase its stage was submitted in (the local property
 * {@link PhaseTimer#PROPERTY} of the submitting thread). Spark calls it on its listener thread;
 * its totals are read on the driver's thread, hence the lock.
 */
final class PhaseListener extends SparkListener {
  /** Running totals of one phase. */
  static final class Totals {
    int jobs;
    int tasks;
    long runMillis;
    long cpuNanos;
    long gcMillis;
    long shuffleWriteBytes;
    long shuffleReadBytes;
    long outputBytes;
  }

  private final Map<Integer, String> stagePhases = new HashMap<>();
  private final Map<String, Totals> totals = new HashMap<>();

  @Override
  public synchronized void onJobStart(SparkListenerJobStart job) {
    String phase = phase(job.properties());
    if (phase != null) {
      totals.computeIfAbsent(phase, p -> new Totals()).jobs++;
    }
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted stage) {
    String phase = phase(stage.properties());
    if (phase != null) {
      stagePhases.put(stage.stageInfo().stageId(), phase);
    }
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
    String phase = stagePhases.get(task.stageId());
    TaskMetrics m = task.taskMetrics();
    if (phase == null || m == null) {
      return;
    }
    Totals t = totals.computeIfAbsent(phase, p -> new Totals());
    t.tasks++;
    t.runMillis += m.executorRunTime();
    t.cpuNanos += m.executorCpuTime() + m.executorDeserializeCpuTime();
    t.gcMillis += m.jvmGCTime();
    t.shuffleWriteBytes += m.shuffleWriteMetrics().bytesWritten();
    t.shuffleReadBytes += m.shuffleReadMetrics().totalBytesRead();
    t.outputBytes += m.outputMetrics().bytesWritten();
  }

  /** The totals of {@code phase}, as a copy (zero when nothing ran in it). */
  synchronized Totals of(String phase) {
    Totals t = totals.get(phase);
    Totals copy = new Totals();
    if (t != null) {
      copy.jobs = t.jobs;
      copy.tasks = t.tasks;
      copy.runMillis = t.runMillis;
      copy.cpuNanos = t.cpuNanos;
      copy.gcMillis = t.gcMillis;
      copy.shuffleWriteBytes = t.shuffleWriteBytes;
      copy.shuffleReadBytes = t.shuffleReadBytes;
      copy.outputBytes = t.outputBytes;
    }
    return copy;
  }

  private static String phase(Properties properties) {
    return properties == null ? null : properties.getProperty(PhaseTimer.PROPERTY);
  }
}
