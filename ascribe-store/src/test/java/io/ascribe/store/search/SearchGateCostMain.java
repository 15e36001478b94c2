package io.ascribe.store.search;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what one warm full-text search costs inside the process with the reader's visibility
 * check, as {@code GET /api/search} makes it: the calling thread's CPU time per search over a
 * home's index, each batch of document hits checked against the home's store (H2 or PostgreSQL),
 * p50 and p99. It uses only public methods, so it runs against an earlier build's jar as a baseline:
 *
 * <pre>{@code
 * CP=ascribe-store/target/test-classes
 * java -cp /tmp/before.jar:$CP io.ascribe.store.search.SearchGateCostMain H 'jdbc:postgresql://...' 2000
 * java -cp ascribe-cli/target/ascribe.jar:$CP io.ascribe.store.search.SearchGateCostMain H 'jdbc:...' 2000
 * }</pre>
 *
 * <p>Arguments: the home, its database URL, the number of searches (run once to warm up, then once
 * measured), and {@code memory} to check visibility as the server now does ({@code VisibleCopies},
 * this build only) instead of with one database query per batch. Each search asks for 20 hits for
 * a reader cleared for RED, over the twelve words {@code ascribe bench server} searches for.
 */
public final class SearchGateCostMain {
  private static final String[] WORDS = {"panda", "bear", "typhoon", "kitten", "lazarus", "phishing", "powershell",
      "ransomware", "credential", "chollima", "sandworm", "spider"};

  private SearchGateCostMain() {}

  /** Runs the measurement and prints one line of figures. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("memory"))) {
      System.err.println("usage: SearchGateCostMain <home> <jdbc url> <searches> [memory]");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int n = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Store store = Store.open(home, args[1]); SearchIndex search = new SearchIndex(home.resolve("index"))) {
      DocumentStore documents = new DocumentStore(store);
      DocumentGate gate = args.length == 4 ? Memory.gate(store)
          : keys -> documents.sha256sOfIndexKeys(keys, Tlp.RED).keySet();
      long[] wall = new long[n];
      long[] cpu = new long[n];
      long hits = 0;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i++) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          List<SearchHit> found = search.search(WORDS[i % WORDS.length], null, 20, gate);
          wall[i] = System.nanoTime() - t0;
          cpu[i] = threads.getCurrentThreadCpuTime() - c0;
          hits += found.size();
        }
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf("searches=%d hits/search=%.1f  wall p50=%.3f ms p99=%.3f ms  cpu p50=%.3f ms mean=%.3f ms p99=%.3f ms%n",
          n, hits / (2.0 * n), ms(wall, 0.50), ms(wall, 0.99), ms(cpu, 0.50),
          Arrays.stream(cpu).average().orElse(0) / 1e6, ms(cpu, 0.99));
    }
  }

  /** The server's gate (a build with {@code VisibleCopies} only; kept apart so older builds still load this class). */
  private static final class Memory {
    static DocumentGate gate(Store store) {
      io.ascribe.store.documents.VisibleCopies copies = new io.ascribe.store.documents.VisibleCopies(store);
      return keys -> copies.visibleKeys(keys, Tlp.RED);
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
