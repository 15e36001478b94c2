package io.ascribe.spark.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;

/**
 * Runs a job's work as named phases and reports what each cost ({@link PhaseTime}): the wall time
 * on the driver, and the metrics of the Spark tasks its stages ran, gathered by a listener
 * registered for the timer's life. Phases run one after the other on the driver's thread; a
 * phase's name is set as a local property of that thread, which Spark passes to every stage it
 * submits. Close it to remove the listener.
 */
public final class PhaseTimer implements AutoCloseable {
  /** The local property naming the phase a stage belongs to. */
  public static final String PROPERTY = "ascribe.phase";
  private static final long DRAIN_MILLIS = 60_000;

  private final SparkContext spark;
  private final PhaseListener listener = new PhaseListener();
  private final Map<String, Double> wall = new LinkedHashMap<>();

  /** A timer of the phases run on {@code spark}; its listener is added now. */
  public PhaseTimer(SparkContext spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
    spark.addSparkListener(listener);
  }

  /** Runs {@code work} as the phase {@code name} (a name run twice adds up) and returns its result. */
  public <T> T phase(String name, Supplier<T> work) {
    Objects.requireNonNull(name, "name");
    String outer = spark.getLocalProperty(PROPERTY);
    spark.setLocalProperty(PROPERTY, name);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      wall.merge(name, (System.nanoTime() - start) / 1e9, Double::sum);
      spark.setLocalProperty(PROPERTY, outer);
    }
  }

  /** Runs {@code work} as the phase {@code name}. */
  public void phase(String name, Runnable work) {
    phase(name, () -> {
      work.run();
      return null;
    });
  }

  /**
   * What each phase cost so far, in the order they first ran. Waits (up to a minute) for Spark's
   * listener thread to deliver the events of the tasks that have ended.
   */
  public List<PhaseTime> times() {
    try {
      // Spark's own tests wait the same way: events reach listeners on another thread
      spark.listenerBus().waitUntilEmpty(DRAIN_MILLIS);
    } catch (TimeoutException e) {
      // the figures of the last tasks may be missing; they are still worth reporting
    }
    List<PhaseTime> out = new ArrayList<>();
    for (Map.Entry<String, Double> p : wall.entrySet()) {
      PhaseListener.Totals t = listener.of(p.getKey());
      out.add(new PhaseTime(p.getKey(), p.getValue(), t.jobs, t.tasks, t.runMillis / 1e3, t.cpuNanos / 1e9,
          t.gcMillis / 1e3, t.shuffleWriteBytes, t.shuffleReadBytes, t.outputBytes));
    }
    return out;
  }

  @Override
  public void close() {
    spark.removeSparkListener(listener);
  }
}
