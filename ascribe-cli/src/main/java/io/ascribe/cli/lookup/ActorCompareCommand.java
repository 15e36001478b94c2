package io.ascribe.cli.lookup;

import io.ascribe.actor.ActorComparison;
import io.ascribe.alias.EntityKind;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.actor.ActorOverviews;
import io.ascribe.store.attribution.StoredCorpus;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe actor compare A B}: two actors side by side. */
@Command(
    name = "compare",
    header = "Compare two actors: what they share and what is unique to each.",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two actors: techniques, tools, victims (countries, sectors) and infrastructure (indicators) "
          + "in common and unique to each. Every item says how many actors have it, and shared items are listed "
          + "rarest first: a tool two actors alone share is telling, a technique everyone uses is not. "
          + "Techniques only implied by an actor's software are left out.",
      "",
      "A name claimed for several actors is reported as ambiguous (exit code 3) with every candidate; an "
          + "unknown name exits 1 with suggestions.",
      "",
      "Examples:",
      "  ascribe actor compare APT28 APT29",
      "  ascribe actor compare \"Sandworm Team\" G0034 --json"
    })
public final class ActorCompareCommand implements Callable<Integer> {
  private static final int SHOWN = 15;
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin JsonOption json;

  @Parameters(index = "0", paramLabel = "A", description = "The first actor: name, alias, ATT&CK id or key (quote names with spaces).")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The second actor, likewise.")
  String second;

  @Option(names = "--all", description = "List every item instead of the first " + SHOWN + " of each list.")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = home.open()) {
      KnowledgeBase kb = new KnowledgeBase(store);
      Resolution resolution = new Resolution(kb, store.indexDir(), out, spec.commandLine().getErr(), json.requested());
      Resolution.Outcome a = resolution.resolve(EntityKind.ACTOR, first);
      if (a.resolved() == null) {
        return a.exitCode();
      }
      Resolution.Outcome b = resolution.resolve(EntityKind.ACTOR, second);
      if (b.resolved() == null) {
        return b.exitCode();
      }
      ActorComparison c = new ActorOverviews(store, () -> StoredCorpus.build(store, kb.linked()))
          .compare(a.resolved().entityKey(), b.resolved().entityKey(), Tlp.RED);
      if (json.requested()) {
        Json.print(out, c);
      } else {
        print(out, c);
      }
      return 0;
    }
  }

  private void print(PrintWriter out, ActorComparison c) {
    out.printf("%s  vs  %s%n", label(c.a()), label(c.b()));
    out.printf("(\"n/%d\": how many of the %d profiled actors have the item; the fewer, the more telling)%n%n",
        c.actors(), c.actors());
    for (ActorComparison.Side s : List.of(c.a(), c.b())) {
      if (!s.profiled()) {
        out.println("note: " + s.name() + " has no technique, tool, victim or indicator on record (known by name only)");
      }
    }
    out.printf("  %-15s %9s %9s %9s %8s%n", "", "in common", "only A", "only B", "overlap");
    for (ActorComparison.Section s : c.sections()) {
      out.printf(Locale.ROOT, "  %-15s %9d %9d %9d %7.0f%%%n", s.aspect(), s.common().size(), s.onlyA().size(),
          s.onlyB().size(), s.overlap() * 100);
    }
    for (ActorComparison.Section s : c.sections()) {
      out.println();
      out.println(capital(s.aspect()) + " in common (" + s.common().size() + ", rarest first)");
      for (ActorComparison.Item i : LookupCommand.top(s.common(), SHOWN, all)) {
        out.printf("  %-50s %4d/%d%n", i.label(), i.actors(), c.actors());
      }
      more(out, s.common());
      unique(out, "only " + c.a().name(), s.onlyA());
      unique(out, "only " + c.b().name(), s.onlyB());
    }
  }

  private void unique(PrintWriter out, String title, List<ActorComparison.Item> items) {
    if (items.isEmpty()) {
      out.println("  " + title + ": none");
      return;
    }
    out.println("  " + title + " (" + items.size() + "): " + LookupCommand.top(items, SHOWN, all).stream()
        .map(i -> i.label() + " (" + i.actors() + ")")
        .collect(Collectors.joining(", ")) + (all || items.size() <= SHOWN ? "" : ", ... (--all)"));
  }

  private void more(PrintWriter out, List<?> items) {
    String more = LookupCommand.more(items, SHOWN, all);
    if (!more.isEmpty()) {
      out.println(more);
    }
  }

  private static String label(ActorComparison.Side s) {
    return s.attackId() == null ? s.name() : s.name() + " [" + s.attackId() + "]";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
