package io.ascribe.cli.lookup;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.search.SearchHit;
import io.ascribe.store.search.SearchIndex;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe search}: ranked full-text search over names, aliases and descriptions. */
@Command(
    name = "search",
    header = "Search actors, software, techniques and ingested documents by full text.",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search over actor, software and technique names, aliases and descriptions, and over "
          + "ingested documents, ranked, with the match highlighted between « and ». Query syntax: words, "
          + "\"exact phrases\", +required, -excluded, prefix*.",
      "",
      "Examples:",
      "  ascribe search \"critical infrastructure\" --kind actor",
      "  ascribe search living off the land --limit 5 --json"
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to search for.")
  List<String> words;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only actor, software, technique or document (ingested).")
  String kind;

  @Option(names = "--limit", defaultValue = "10", description = "Most results to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    String k = kind == null ? null : kind.toLowerCase(Locale.ROOT);
    if (k != null && !java.util.Set.of("actor", "software", "technique", SearchIndex.DOCUMENT).contains(k)) {
      throw new IllegalArgumentException("--kind must be actor, software, technique or document, got '" + kind + "'");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    String text = String.join(" ", words);
    List<SearchHit> hits;
    try (Store store = home.open()) {
      SearchIndex index = new SearchIndex(store.indexDir());
      if (!index.exists()) {
        throw new IllegalArgumentException("no search index yet: run `ascribe kb import ...` or `ascribe kb reindex`");
      }
      hits = index.search(text, k, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, hits);
      return 0;
    }
    if (hits.isEmpty()) {
      out.println("No matches for '" + text + "'.");
      return 1;
    }
    int i = 1;
    for (SearchHit h : hits) {
      out.printf("%2d. %-9s %s%s  (score %.2f)%n", i++, h.kind(), h.name(),
          h.attackId() == null ? "" : " [" + h.attackId() + "]", h.score());
      if (h.snippet() != null) {
        out.println("    " + h.snippet().replaceAll("\\s+", " ").trim());
      }
    }
    return 0;
  }
}
