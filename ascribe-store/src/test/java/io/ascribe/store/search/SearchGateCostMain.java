package io.ascribe.store.search;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import java.nio.file.Path;

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
  private SearchGateCostMain() {}

  /** Runs the measurement and prints one line of figures. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("memory"))) {
      System.err.println("usage: SearchGateCostMain <home> <jdbc url> <searches> [memory]");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int n = Integer.parseInt(args[2]);
    try (Store store = Store.open(home, args[1]); SearchIndex search = new SearchIndex(home.resolve("index"))) {
      DocumentStore documents = new DocumentStore(store);
      DocumentGate gate = args.length == 4 ? Memory.gate(store)
          : keys -> documents.sha256sOfIndexKeys(keys, Tlp.RED).keySet();
      System.out.println(SearchTiming.measure(n, word -> search.search(word, null, 20, gate)));
    }
  }

  /** The server's gate (a build with {@code VisibleCopies} only; kept apart so older builds still load this class). */
  private static final class Memory {
    static DocumentGate gate(Store store) {
      io.ascribe.store.documents.VisibleCopies copies = new io.ascribe.store.documents.VisibleCopies(store);
      return keys -> copies.visibleKeys(keys, Tlp.RED);
    }
  }
}
