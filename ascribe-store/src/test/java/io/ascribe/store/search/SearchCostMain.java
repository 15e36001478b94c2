package io.ascribe.store.search;

import java.nio.file.Path;

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
    try (SearchIndex search = new SearchIndex(index)) {
      System.out.println("limit=" + limit + " " + SearchTiming.measure(n, word -> search.search(word, null, limit)));
    }
  }
}
