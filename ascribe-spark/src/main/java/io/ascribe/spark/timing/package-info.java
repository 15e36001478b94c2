/**
 * Where a Spark job's time goes: a job runs its work as named phases ({@link
 * io.ascribe.spark.timing.PhaseTimer}), and a listener adds up, per phase, the driver's wall time
 * and its tasks' run time, CPU time and shuffle bytes ({@link io.ascribe.spark.timing.PhaseTime}),
 * so a benchmark can say which part of the job costs what.
 */
package io.ascribe.spark.timing;
