package io.ascribe.store.search;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints every field of every hit (scores in full) of a fixed set of queries over a home's index,
 * one line a hit, so that two builds' search results can be compared byte for byte. It uses only
 * the public three-argument search, so it runs against an earlier build's jar too:
 *
 * <pre>{@code
 * CP=ascribe-store/target/test-classes
 * java -cp /tmp/before.jar:$CP io.ascribe.store.search.SearchDumpMain H > before.txt
 * java -cp ascribe-cli/target/ascribe.jar:$CP io.ascribe.store.search.SearchDumpMain H > after.txt
 * cmp before.txt after.txt
 * }</pre>
 *
 * <p>The queries: single words, several words, phrases, {@code prefix*}, {@code +must -not},
 * stopwords only, names and ATT&CK ids, non-Latin scripts and words that match nothing; each for
 * every kind and for several page sizes.
 */
public final class SearchDumpMain {
  private static final List<String> QUERIES = List.of("panda", "bear", "typhoon", "kitten", "lazarus", "phishing",
      "powershell", "ransomware", "credential", "chollima", "sandworm", "spider", "APT28", "Fancy Bear", "T1059",
      "T1059.001", "cozy bear phishing", "\"spear phishing\"", "\"command and control\"", "power*", "ransom*",
      "+phishing -email", "+credential +dumping", "+lazarus +bank", "-bear panda", "the of and", "the", "a",
      "熊猫", "фишинг", "xyzzyplugh", "Volt Typhoon", "mimikatz", "cobalt strike", "\"cobalt strike\" beacon",
      "living off the land", "UNC2452", "supply chain compromise", "dll side-loading", "zero-day exploit",
      "\"lateral movement\" +credential");
  private static final String[] KINDS = {null, "actor", "software", "technique", "document"};
  private static final int[] LIMITS = {1, 5, 20, 100};

  private SearchDumpMain() {}

  /** Prints the hits of every query, kind and page size. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: SearchDumpMain <home>");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (SearchIndex search = new SearchIndex(Path.of(args[0]).resolve("index"))) {
      for (String q : QUERIES) {
        for (String kind : KINDS) {
          for (int limit : LIMITS) {
            List<SearchHit> hits = search.search(q, kind, limit);
            out.println("## " + q + " | " + kind + " | " + limit + " | " + hits.size());
            for (SearchHit h : hits) {
              out.println(Arrays.asList(h.kind(), h.key(), h.name(), h.attackId(), Float.toString(h.score()),
                  h.snippet()));
            }
          }
        }
      }
    }
    out.flush();
  }
}
