package io.ascribe.cli.lookup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasSource;
import io.ascribe.alias.EntityKind;
import io.ascribe.corpus.ActorCorpus;
import io.ascribe.profile.Profiles;
import io.ascribe.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code ascribe actor}: everything known about a threat actor, with sources. */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = {
      "Show a threat actor: canonical name and ids, every alias with its sources, sponsor claims",
      "with their claimants, targets, techniques and software with citation counts, first and last",
      "seen, and references.",
      "",
      "A name claimed for several actors is reported as ambiguous (exit code 3) with every",
      "candidate and the sources that claim it; nothing is chosen silently.",
      "",
      "Examples:",
      "  ascribe actor \"Vanguard Panda\"",
      "  ascribe actor G0016 --json",
      "  ascribe actor \"Grizzly Steppe\""
    })
public final class ActorCommand extends LookupCommand<Profiles.Actor> {
  @Override
  EntityKind kind() {
    return EntityKind.ACTOR;
  }

  @Override
  Class<Profiles.Actor> profileType() {
    return Profiles.Actor.class;
  }

  @Override
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
    out.println("Targets");
    out.println("  countries: " + targets(a.targetedCountries()));
    out.println("  sectors:   " + targets(a.targetedSectors()));
    out.println();
    out.println("Activity");
    out.printf("  first seen %s, last seen %s (from %d attributed campaigns)%n",
        orDash(a.firstSeen()), orDash(a.lastSeen()), a.campaigns().size());
    out.printf("  first reported %s, last reported %s (citation dates)%n", orDash(a.firstReported()), orDash(a.lastReported()));
    for (Profiles.Campaign c : a.campaigns()) {
      out.printf("  %-6s %s (%s .. %s)%n", c.attackId(), c.name(), orDash(c.firstSeen()), orDash(c.lastSeen()));
    }
    out.println();
    printUsages(out, "Techniques", a.techniques(), all);
    printUsages(out, "Software", a.software(), all);
    out.println("References (" + a.references().size() + ")");
    for (Profiles.Reference r : top(a.references(), 10, all)) {
      out.printf("  %s  %s%n", r.url(), r.source() == null ? "" : r.source());
    }
    out.println(more(a.references(), 10, all));
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

  private static String targets(List<Profiles.Target> targets) {
    if (targets.isEmpty()) {
      return "none recorded";
    }
    return targets.stream().map(t -> t.code() != null && !t.code().equals(t.name()) ? t.name() + " (" + t.code() + ")" : t.name())
        .collect(Collectors.joining(", "));
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
