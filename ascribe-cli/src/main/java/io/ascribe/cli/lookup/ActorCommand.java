package io.ascribe.cli.lookup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasSource;
import io.ascribe.alias.EntityKind;
import io.ascribe.corpus.ActorCorpus;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.store.Store;
import io.ascribe.store.actor.ActorOverview;
import io.ascribe.store.actor.ActorOverviews;
import io.ascribe.store.attribution.StoredCorpus;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code ascribe actor}: everything known about a threat actor, with sources. */
@Command(
    name = "actor",
    header = "Show a threat actor: names, ids, techniques, software, claims and sources.",
    mixinStandardHelpOptions = true,
    description = {
      "Show a threat actor: canonical name and ids, its description and references (each with its source), "
          + "every alias with its sources, sponsor claims with their claimants, targeted countries and sectors "
          + "by source, first and last seen with what each comes from, techniques and software with citation "
          + "counts, the public claims naming it (newest first) and the closest actors.",
      "",
      "`ascribe actor compare A B` sets two actors side by side.",
      "",
      "A name claimed for several actors is reported as ambiguous (exit code 3) with every candidate and "
          + "the sources that claim it; nothing is chosen silently.",
      "",
      "Examples:",
      "  ascribe actor \"Vanguard Panda\"",
      "  ascribe actor G0016 --json",
      "  ascribe actor \"Grizzly Steppe\"",
      "  ascribe actor compare APT28 APT29"
    },
    subcommands = ActorCompareCommand.class)
public final class ActorCommand extends LookupCommand<Profiles.Actor> {
  private static final int WIDTH = 100;
  private ActorOverview overview;

  @Override
  EntityKind kind() {
    return EntityKind.ACTOR;
  }

  @Override
  Class<Profiles.Actor> profileType() {
    return Profiles.Actor.class;
  }

  @Override
  Object details(Store store, Profiles.Actor profile) {
    KnowledgeBase kb = new KnowledgeBase(store);
    overview = new ActorOverviews(store, () -> StoredCorpus.build(store, kb.linked())).overview(profile, Tlp.RED);
    return overview;
  }

  void addCorpus(Store store, String key, PrintWriter out, ObjectNode json) {
    ActorCorpus corpus = CorpusSection.read(store, key);
    if (json != null) {
      CorpusSection.addTo(json, corpus);
    } else {
      CorpusSection.print(out, corpus, all);
    }
  }

  @Override
  void printText(PrintWriter out, Profiles.Actor a, boolean all) {
    out.printf("%s%s%s%n", a.name(), a.attackId() == null ? "" : "  [" + a.attackId() + "]",
        a.deprecated() ? "  (revoked or deprecated)" : "");
    if (a.stixId() != null) {
      out.println("  STIX id: " + a.stixId());
    }
    out.println("  Linked from: " + a.members().stream()
        .map(m -> m.source() + " '" + m.name() + "'").distinct().collect(Collectors.joining("; ")));
    out.println();
    ActorOverviewText.about(out, overview, WIDTH, all);
    out.println("Aliases (" + a.aliases().size() + ")");
    for (Profiles.Alias alias : a.aliases()) {
      out.printf("  %-28s %s%n", alias.name(), describeSources(alias.sources()));
    }
    out.println();
    out.println("Sponsor claims");
    if (a.sponsorClaims().isEmpty()) {
      out.println("  none recorded");
    }
    for (Profiles.SponsorClaim c : a.sponsorClaims()) {
      out.printf("  %-4s stated as \"%s\" by %s (%s%s)%n", c.country() == null ? "?" : c.country(), c.statedAs(),
          c.claimant(), c.basis(), c.confidence() == null ? "" : ", confidence " + c.confidence());
    }
    out.println();
    ActorOverviewText.targets(out, overview.targets());
    ActorOverviewText.activity(out, overview.activity());
    for (Profiles.Campaign c : a.campaigns()) {
      out.printf("  %-6s %s (%s .. %s)%n", c.attackId(), c.name(), orDash(c.firstSeen()), orDash(c.lastSeen()));
    }
    out.println();
    printUsages(out, "Techniques", a.techniques(), all);
    printUsages(out, "Software", a.software(), all);
    ActorOverviewText.claims(out, overview.claims(), all);
    ActorOverviewText.closest(out, overview.closest());
  }

  static void printUsages(PrintWriter out, String title, List<Profiles.Usage> usages, boolean all) {
    out.println(title + " (" + usages.size() + ", by citation count)");
    for (Profiles.Usage u : top(usages, 15, all)) {
      out.printf("  %-10s %-45s %d citation%s%n", u.attackId() == null ? "-" : u.attackId(), u.name(),
          u.citations(), u.citations() == 1 ? "" : "s");
    }
    String more = more(usages, 15, all);
    if (!more.isEmpty()) {
      out.println(more);
    }
    out.println();
  }

  static String describeSources(List<AliasSource> sources) {
    List<String> parts = new ArrayList<>();
    for (AliasSource s : sources) {
      StringBuilder sb = new StringBuilder(s.source());
      if (s.vendor() != null) {
        sb.append(" (vendor: ").append(s.vendor()).append(')');
      }
      if (!s.citations().isEmpty()) {
        sb.append(" citing ").append(String.join(", ", s.citations()));
      }
      parts.add(sb.toString());
    }
    return String.join("; ", parts.stream().distinct().toList());
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
