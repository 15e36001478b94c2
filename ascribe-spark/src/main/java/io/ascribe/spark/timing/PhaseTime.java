package io.ascribe.spark.timing;

/**
 * What one named phase of a job cost: the driver's wall time from its start to its end, and what
 * its Spark tasks reported (summed over tasks, so on N cores the task and CPU seconds can be up to
 * N times the wall time).
 *
 * @param phase the phase's name
 * @param wallSeconds wall time on the driver, Spark jobs and driver-side work together
 * @param jobs Spark jobs started in the phase
 * @param tasks tasks that ended in the phase (retries included)
 * @param taskSeconds the tasks' run time on executors
 * @param cpuSeconds the tasks' CPU time on executors (running and deserializing)
 * @param gcSeconds the tasks' time in garbage collection
 * @param shuffleWriteBytes bytes the tasks wrote to shuffle files
 * @param shuffleReadBytes bytes the tasks read from shuffle files, local and remote
 * @param outputBytes bytes the tasks wrote to output files
 */
public record PhaseTime(String phase, double wallSeconds, int jobs, int tasks, double taskSeconds, double cpuSeconds,
    double gcSeconds, long shuffleWriteBytes, long shuffleReadBytes, long outputBytes) {}
