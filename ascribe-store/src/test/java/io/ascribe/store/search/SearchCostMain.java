package io.ascribe.store.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what one warm full-text search costs inside the process, apart from HTTP: wall time and
 * the calling thread's CPU time per {@link SearchIndex#search(String, String, int)} over a home's
 * index, p50 and p99. CPU time is what a busy shared machine does not inflate, so it compares two
 * builds fairly when wall time cannot. It uses only the public three-argument search, so the same
 * class runs against an earlier build's jar as a baseline in the same run:
 *
 * <pre>{@code
 * CP=ascribe-store/target/test-classes
 * java -cp /tmp/before.jar:$CP io.ascribe.store.search.SearchCostMain /tmp/h-before 40 600
 * java -cp ascribe-cli/target/ascribe.jar:$CP io.ascribe.store.search.SearchCostMain /tmp/h-after 20 600
 * }</pre>
 *
 * <p>Arguments: the home (its {@code index} folder is searched), the number of hits asked for
 * (the API asked for twice its page of 20 before the visibility check moved into the search), and
 * the number of searches, run once to warm up and then once measured. The queries are the twelve
 * words {@code ascribe bench server} searches for.
 */
public final class SearchCostMain {
  private static final String[] WORDS = {"panda", "bear", "typhoon", "kitten", "lazarus", "phishing", "powershell",
      "ransomware", "credential", "chollima", "sandworm", "spider"};

  private SearchCostMain() {}

  /** Runs the measurement and prints one line of figures. */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: SearchCostMain <home> <hits per search> <searches>");
      System.exit(2);
    }
    Path index = Path.of(args[0]).resolve("index");
    int limit = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (SearchIndex search = new SearchIndex(index)) {
      long[] wall = new long[n];
      long[] cpu = new long[n];
      long hits = 0;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i++) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          List<SearchHit> found = search.search(WORDS[i % WORDS.length], null, limit);
          wall[i] = System.nanoTime() - t0;
          cpu[i] = threads.getCurrentThreadCpuTime() - c0;
          hits += found.size();
        }
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf("searches=%d limit=%d hits/search=%.1f  wall p50=%.3f ms p99=%.3f ms  cpu p50=%.3f ms p99=%.3f ms%n",
          n, limit, hits / (2.0 * n), ms(wall, 0.50), ms(wall, 0.99), ms(cpu, 0.50), ms(cpu, 0.99));
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
