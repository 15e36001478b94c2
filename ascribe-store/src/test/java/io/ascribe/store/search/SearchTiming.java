package io.ascribe.store.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The measuring loop the search cost mains share: {@code n} searches over the twelve words
 * {@code ascribe bench server} searches for, run once to warm up and once measured, timed in wall
 * time and in the calling thread's CPU time (which a busy shared machine inflates less).
 */
final class SearchTiming {
  /** The words {@code ascribe bench server} searches for. */
  static final String[] WORDS = {"panda", "bear", "typhoon", "kitten", "lazarus", "phishing", "powershell",
      "ransomware", "credential", "chollima", "sandworm", "spider"};

  private SearchTiming() {}

  /** One search of a word, as the measured build makes it. */
  @FunctionalInterface
  interface Search {
    List<SearchHit> of(String word) throws Exception;
  }

  /** Runs {@code search} over the words {@code n} times twice and returns one line of figures. */
  static String measure(int n, Search search) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[n];
    long[] cpu = new long[n];
    long hits = 0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        hits += search.of(WORDS[i % WORDS.length]).size();
        wall[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    double meanCpu = Arrays.stream(cpu).average().orElse(0) / 1e6;
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return String.format("searches=%d hits/search=%.1f  wall p50=%.3f ms p99=%.3f ms  cpu p50=%.3f ms mean=%.3f ms "
        + "p99=%.3f ms", n, hits / (2.0 * n), ms(wall, 0.50), ms(wall, 0.99), ms(cpu, 0.50), meanCpu, ms(cpu, 0.99));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
