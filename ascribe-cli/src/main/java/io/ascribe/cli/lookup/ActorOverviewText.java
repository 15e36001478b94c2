package io.ascribe.cli.lookup;

import io.ascribe.actor.ClosestActors;
import io.ascribe.actor.Victimology;
import io.ascribe.profile.Profiles;
import io.ascribe.store.actor.ActorOverview;
import io.ascribe.store.documents.DocumentStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints the parts of an {@link ActorOverview} for {@code ascribe actor}, each fact with its source. */
final class ActorOverviewText {
  private static final int REFERENCES = 10;
  private static final int CLAIMS = 10;

  private ActorOverviewText() {}

  /** The first description (the others' sources named) and the references with their sources. */
  static void about(PrintWriter out, ActorOverview o, int width, boolean all) {
    if (!o.descriptions().isEmpty()) {
      Profiles.Description first = o.descriptions().get(0);
      out.println("Description (" + first.source() + ")");
      wrap(first.text(), width - 2).forEach(line -> out.println("  " + line));
      if (o.descriptions().size() > 1) {
        List<String> others = o.descriptions().subList(1, o.descriptions().size()).stream().map(Profiles.Description::source)
            .distinct().toList();
        out.println("  also described by " + String.join(", ", others) + (all ? ":" : " (--json for the text)"));
        if (all) {
          o.descriptions().subList(1, o.descriptions().size())
              .forEach(d -> wrap("[" + d.source() + "] " + d.text(), width - 2).forEach(line -> out.println("  " + line)));
        }
      }
      out.println();
    }
    out.println("References (" + o.references().size() + ")");
    for (Profiles.Reference r : LookupCommand.top(o.references(), REFERENCES, all)) {
      out.printf("  %-26s %s%s%n", r.source() == null ? "-" : r.source(), r.url(),
          r.description() == null || r.description().isBlank() || r.description().equals(r.url()) ? ""
              : "  " + r.description());
    }
    String more = LookupCommand.more(o.references(), REFERENCES, all);
    if (!more.isEmpty()) {
      out.println(more);
    }
    out.println();
  }

  /** Targeted countries and sectors, each with every source that names it. */
  static void targets(PrintWriter out, Victimology v) {
    out.println("Targets (" + v.countries().size() + " countries, " + v.sectors().size() + " sectors)");
    if (v.isEmpty()) {
      out.println("  none recorded");
    }
    v.countries().forEach(t -> target(out, t));
    v.sectors().forEach(t -> target(out, t));
    out.println();
  }

  private static void target(PrintWriter out, Victimology.Target t) {
    List<String> sources = new ArrayList<>();
    for (Victimology.Source s : t.sources()) {
      sources.add(s.documents().isEmpty() ? s.label() : s.label() + " (" + s.documents().size() + " document"
          + (s.documents().size() == 1 ? "" : "s") + ", latest " + s.documents().get(0).document().substring(0, 12) + ")");
    }
    out.printf("  %-28s %s%n", t.code() == null ? t.name() : t.name() + " (" + t.code() + ")", String.join("; ", sources));
  }

  /** First and last seen overall, then each source's span and what it is. */
  static void activity(PrintWriter out, ActorOverview.Activity a) {
    out.println("First and last seen");
    if (a.spans().isEmpty()) {
      out.println("  no source dates this actor");
    } else {
      out.printf("  first seen %s (%s), last seen %s (%s)%n", dash(a.firstSeen()), a.firstSeenFrom(), dash(a.lastSeen()),
          a.lastSeenFrom());
      for (ActorOverview.Span s : a.spans()) {
        out.printf("  %-20s %-10s .. %-10s  %s%n", s.source(), dash(s.first()), dash(s.last()), s.basis());
      }
    }
  }

  /** The public claims naming the actor, newest first, with their documents. */
  static void claims(PrintWriter out, List<DocumentStore.LedgerEntry> claims, boolean all) {
    out.println("Claims naming it (" + claims.size() + ", newest first)");
    if (claims.isEmpty()) {
      out.println("  none in the ingested documents");
    }
    for (DocumentStore.LedgerEntry e : LookupCommand.top(claims, CLAIMS, all)) {
      out.printf("  %-10s %-14s %s names '%s' [%s] in %s (%s)%n", dash(e.date()), e.type(), e.claimant()
          + (e.claimantCountry() == null ? "" : " (" + e.claimantCountry() + ")"), e.threatActor(), e.tlp().label(),
          e.title() == null ? "untitled" : e.title(), e.sha256().substring(0, 12));
    }
    String more = LookupCommand.more(claims, CLAIMS, all);
    if (!more.isEmpty()) {
      out.println(more);
    }
    out.println();
  }

  /** The closest actors, to compare with. */
  static void closest(PrintWriter out, List<ClosestActors.Neighbour> closest) {
    if (closest.isEmpty()) {
      return;
    }
    out.println("Closest actors (techniques, tools and indicators in common; compare with `ascribe actor compare`)");
    for (ClosestActors.Neighbour n : closest) {
      out.printf("  %-30s %d in common%n", n.name() + (n.attackId() == null ? "" : " (" + n.attackId() + ")"), n.shared());
    }
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** Words wrapped at {@code width} characters. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
