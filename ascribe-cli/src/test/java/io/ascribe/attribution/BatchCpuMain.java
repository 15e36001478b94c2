package io.ascribe.attribution;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The batch of {@code bench attribution --corpus-docs N} run many times over one trained engine,
 * printing each round's cases per CPU-second of this thread, their median and the best round: on a
 * shared machine, where other work inflates even CPU time, the best round is the steadiest figure
 * of what the engine costs (the bench measures one pass of 551 cases); and a clean batch-only
 * profile under JFR.
 *
 * <pre>{@code
 * java -cp ascribe-cli/target/ascribe.jar:ascribe-cli/target/test-classes \
 *     io.ascribe.attribution.BatchCpuMain /tmp/h-thru 10000 20
 * }</pre>
 */
public final class BatchCpuMain {
  private BatchCpuMain() {}

  /** Arguments: the home, the synthetic documents, the rounds (after two warm-up rounds). */
  public static void main(String[] args) throws Exception {
    AttributionCorpus corpus = ThroughputDumpMain.benchCorpus(Path.of(args[0]), Integer.parseInt(args[1]));
    int rounds = Integer.parseInt(args[2]);
    Attributor attributor = Attributor.train(corpus);
    List<ResolvedEvidence> batch = AttributionBenchmark.batchEvidence(corpus,
        TrainingCases.leaveOneReportOut(corpus.withoutDocuments()));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    for (int round = -2; round < rounds; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (ResolvedEvidence e : batch) {
        attributor.attribute(e, 5);
      }
      double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      if (round >= 0) {
        rates[round] = batch.size() / seconds;
        System.out.printf("round %d: %.0f cases per CPU-second%n", round, rates[round]);
      }
    }
    Arrays.sort(rates);
    System.out.printf("median %.0f, best %.0f cases per CPU-second (%d rounds of %d cases)%n", rates[rounds / 2],
        rates[rounds - 1], rounds, batch.size());
  }
}
