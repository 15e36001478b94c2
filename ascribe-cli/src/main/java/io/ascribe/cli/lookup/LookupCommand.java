package io.ascribe.cli.lookup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shared shape of {@code actor}, {@code technique} and {@code software}: resolve a name to one
 * entity (or report unknown / ambiguous), then print its profile as text or JSON.
 *
 * @param <P> the profile record type
 */
abstract class LookupCommand<P> implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  /** At least one word; declared optional so that {@code ascribe actor compare A B} parses (picocli checks a parent's required parameters even when a subcommand runs). */
  @Parameters(arity = "0..*", paramLabel = "NAME", description = "Name, alias, ATT&CK id or STIX id (words are joined).")
  List<String> words;

  @Mixin JsonOption json;

  @Option(names = "--all", description = "List every technique, software and reference instead of the top ones.")
  boolean all;

  abstract EntityKind kind();

  abstract Class<P> profileType();

  abstract void printText(PrintWriter out, P profile, boolean all);

  /**
   * What the command shows beside the profile, read while the store is open (the actor command's
   * overview); null when nothing. It is printed as text by {@link #printText} and added to the JSON
   * under {@code overview}.
   */
  Object details(Store store, P profile) {
    return null;
  }

  /** Adds what the analyst's own corpus says about the entity (to the text, or to the JSON object); nothing by default. */
  void addCorpus(Store store, String key, PrintWriter out, ObjectNode json) {}

  @Override
  public Integer call() throws Exception {
    if (words == null || words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'NAME'");
    }
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = home.open()) {
      KnowledgeBase kb = new KnowledgeBase(store);
      Resolution resolution = new Resolution(kb, store.indexDir(), out, spec.commandLine().getErr(), json.requested());
      Resolution.Outcome outcome = resolution.resolve(kind(), query);
      if (outcome.resolved() == null) {
        return outcome.exitCode();
      }
      P profile = kb.profile(kind(), outcome.resolved().entityKey(), profileType())
          .orElseThrow(() -> new IllegalStateException("no profile stored for " + outcome.resolved().entityKey()
              + "; run `ascribe kb reindex`"));
      Object details = details(store, profile);
      if (json.requested()) {
        ObjectNode o = Json.object();
        o.put("query", query);
        List<AliasLookup.Candidate> others = outcome.lookup().candidates().stream()
            .filter(c -> c != outcome.resolved()).toList();
        o.set("also_claimed_for", resolution.candidatesJson(kind(), others));
        o.set(kind().id(), com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .build().valueToTree(profile));
        if (details != null) {
          o.set("overview", Json.tree(details));
        }
        addCorpus(store, outcome.resolved().entityKey(), null, o);
        Json.print(out, o);
      } else {
        printText(out, profile, all);
        addCorpus(store, outcome.resolved().entityKey(), out, null);
        resolution.noteOtherClaimants(kind(), outcome);
      }
      return 0;
    }
  }

  /** At most {@code n} items unless {@code all}. */
  static <T> List<T> top(List<T> items, int n, boolean all) {
    return all || items.size() <= n ? items : items.subList(0, n);
  }

  static String more(List<?> items, int n, boolean all) {
    return all || items.size() <= n ? "" : "  ... " + (items.size() - n) + " more (--all)";
  }
}
