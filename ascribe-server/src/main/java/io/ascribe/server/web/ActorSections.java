package io.ascribe.server.web;

import io.ascribe.actor.ClosestActors;
import io.ascribe.actor.Victimology;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.profile.Profiles;
import io.ascribe.store.actor.ActorOverview;
import io.ascribe.store.documents.DocumentStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an actor page drawn from its {@link ActorOverview}: about (descriptions and
 * references with their sources), targets by source, first and last seen by source, the claims
 * naming it, the compare form, and the slot where the analyst's corpus documents go.
 */
final class ActorSections {
  private static final int REFERENCES_SHOWN = 8;
  private static final int DOCUMENTS_SHOWN = 3;

  private ActorSections() {}

  /** Descriptions, each with its source, and the references as links. */
  static Html about(ActorOverview o) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "about");
    h.el("h2", "About");
    if (o.descriptions().isEmpty()) {
      h.el("p", "No source describes this actor.", "class", "muted");
    }
    for (int i = 0; i < o.descriptions().size(); i++) {
      Profiles.Description d = o.descriptions().get(i);
      if (i == 0) {
        h.open("div", "class", "description").el("span", d.source(), "class", "src").el("p", d.text()).close("div");
      } else {
        h.open("details", "class", "description").open("summary").text("Also described by ").el("span", d.source(), "class", "src")
            .close("summary").el("p", d.text()).close("details");
      }
    }
    h.el("h3", "References (" + o.references().size() + ")");
    if (o.references().isEmpty()) {
      h.el("p", "None recorded.", "class", "muted");
    } else {
      h.open("ul", "class", "plain refs");
      for (int i = 0; i < Math.min(REFERENCES_SHOWN, o.references().size()); i++) {
        reference(h, o.references().get(i));
      }
      h.close("ul");
      if (o.references().size() > REFERENCES_SHOWN) {
        h.open("details").el("summary", (o.references().size() - REFERENCES_SHOWN) + " more");
        h.open("ul", "class", "plain refs");
        o.references().subList(REFERENCES_SHOWN, o.references().size()).forEach(r -> reference(h, r));
        h.close("ul").close("details");
      }
    }
    return h.close("section");
  }

  private static void reference(Html h, Profiles.Reference r) {
    h.open("li");
    if (r.source() != null) {
      h.el("span", r.source(), "class", "src");
    }
    h.link(r.url(), r.description() != null && !r.description().isBlank() ? r.description() : r.url(),
        "rel", "noopener noreferrer", "class", "wrap-any");
    h.close("li");
  }

  /**
   * Targeted countries and sectors, grouped by the sources that name them (one row per set of
   * sources, the best-sourced first), each corpus-named target with its documents linked.
   */
  static Html targets(Victimology v) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "targets");
    h.el("h2", "Targets: " + v.countries().size() + " countries, " + v.sectors().size() + " sectors");
    if (v.isEmpty()) {
      h.el("p", "No source names a victim of this actor.", "class", "muted");
      return h.close("section");
    }
    Map<String, List<Victimology.Target>> bySources = new LinkedHashMap<>();
    List<Victimology.Target> all = new ArrayList<>(v.countries());
    all.addAll(v.sectors());
    all.sort(Comparator.comparingInt((Victimology.Target t) -> -t.sources().size()));
    for (Victimology.Target t : all) {
      bySources.computeIfAbsent(String.join(" + ", t.sources().stream().map(Victimology.Source::label).toList()),
          k -> new ArrayList<>()).add(t);
    }
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "named by").el("th", "targets")
        .close("tr").close("thead").open("tbody");
    bySources.forEach((sources, targets) -> {
      h.open("tr").open("td");
      targets.get(0).sources().forEach(src -> h.el("span", src.label(), "class", "src origin-" + src.origin()));
      h.close("td").open("td");
      for (Victimology.Target t : targets) {
        h.el("span", t.code() == null ? t.name() : t.name() + " (" + t.code() + ")", "class",
            t.code() == null ? "tag sector" : "tag", "title", documentCount(t));
      }
      documents(h, targets);
      h.close("td").close("tr");
    });
    return h.close("tbody").close("table").close("section");
  }

  private static String documentCount(Victimology.Target t) {
    int n = t.sources().stream().mapToInt(s -> s.documents().size()).sum();
    return n == 0 ? null : n + " document(s) of your corpus name it";
  }

  /** The corpus documents behind the targets of one row, newest first per target. */
  private static void documents(Html h, List<Victimology.Target> targets) {
    for (Victimology.Target t : targets) {
      for (Victimology.Source s : t.sources()) {
        if (s.documents().isEmpty()) {
          continue;
        }
        h.open("div", "class", "seen-in small").el("span", t.name() + ":", "class", "muted").text(" ");
        for (AttributionCorpus.Sighting d : s.documents().subList(0, Math.min(DOCUMENTS_SHOWN, s.documents().size()))) {
          h.link(Urls.document(d.document()), DocumentTitles.label(d.title(), d.document())
              + (d.date() == null ? "" : " (" + d.date() + ")"), "class", "doc-link");
          h.text(" ");
        }
        if (s.documents().size() > DOCUMENTS_SHOWN) {
          h.el("span", "and " + (s.documents().size() - DOCUMENTS_SHOWN) + " more", "class", "muted");
        }
        h.close("div");
      }
    }
  }

  /** First and last seen, and each source's span drawn on one time axis. */
  static Html activity(ActorOverview.Activity a) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "activity");
    h.el("h2", "First and last seen");
    if (a.spans().isEmpty()) {
      h.el("p", "No source dates this actor.", "class", "muted");
      return h.close("section");
    }
    h.open("p", "class", "seen");
    h.text("first seen ").el("strong", a.firstSeen() == null ? "?" : a.firstSeen()).text(" (" + a.firstSeenFrom() + ")");
    h.text(" · last seen ").el("strong", a.lastSeen() == null ? "?" : a.lastSeen()).text(" (" + a.lastSeenFrom() + ")");
    h.close("p");
    int from = year(a.firstSeen(), 0);
    int to = Math.max(year(a.lastSeen(), from), from);
    h.open("table", "class", "grid compact spans").open("thead").open("tr").el("th", "source").el("th", "first")
        .el("th", "last").el("th", from + " – " + to).close("tr").close("thead").open("tbody");
    for (ActorOverview.Span s : a.spans()) {
      h.open("tr", "title", s.basis()).el("td", s.source()).el("td", s.first() == null ? "?" : s.first(), "class", "mono nowrap")
          .el("td", s.last() == null ? "?" : s.last(), "class", "mono nowrap").open("td", "class", "span-cell");
      h.add(span(year(s.first(), from), year(s.last(), to), from, to));
      h.close("td").close("tr");
    }
    return h.close("tbody").close("table").close("section");
  }

  private static Html span(int first, int last, int from, int to) {
    double width = to - from + 1;
    String x = String.format(Locale.ROOT, "%.1f%%", (first - from) / width * 100);
    String w = String.format(Locale.ROOT, "%.1f%%", Math.max(1, last - first + 1) / width * 100);
    return new Html().open("svg", "class", "bar", "width", "100%", "height", "8", "aria-hidden", "true")
        .empty("rect", "class", "track", "width", "100%", "height", "8").close("rect")
        .empty("rect", "class", "fill", "x", x, "width", w, "height", "8").close("rect").close("svg");
  }

  private static int year(String date, int otherwise) {
    if (date == null || date.length() < 4) {
      return otherwise;
    }
    try {
      return Integer.parseInt(date.substring(0, 4));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** The public claims naming the actor, newest first, each linked to its document. */
  static Html claims(List<DocumentStore.LedgerEntry> claims, String actorName) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "claims");
    h.open("div", "class", "title-row").el("h2", "Claims naming it (" + claims.size() + ")");
    h.link(Urls.claims(actorName), "Claims ledger", "class", "button").close("div");
    if (claims.isEmpty()) {
      h.el("p", "No ingested document makes a public claim naming this actor.", "class", "muted");
      return h.close("section");
    }
    h.open("ol", "class", "timeline");
    for (DocumentStore.LedgerEntry e : claims) {
      h.open("li", "class", "claim claim-" + e.type());
      h.el("span", e.date() == null ? "undated" : e.date(), "class", "date mono");
      h.el("span", e.type().replace('_', ' '), "class", "ctype");
      h.el("span", ActorPage.party(e.claimant(), e.claimantCountry()), "class", "strong");
      h.text(" names ").el("em", e.threatActor());
      h.add(Layout.tlp(e.tlp()));
      h.el("q", e.evidence());
      h.open("span", "class", "muted").text("from ")
          .link(Urls.document(e.sha256()), DocumentTitles.label(e.title(), e.sha256()), "class", "doc-link").close("span");
      h.close("li");
    }
    return h.close("ol").close("section");
  }

  /** A form to compare with another actor, with the closest actors one click away. */
  static Html compareForm(ActorOverview o) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "compare");
    h.el("h2", "Compare");
    h.open("form", "method", "get", "action", "/actors/compare", "class", "row");
    h.empty("input", "type", "hidden", "name", "a", "value", o.key());
    h.empty("input", "name", "b", "required", "required", "placeholder", "another actor: name, alias or ATT&CK id",
        "aria-label", "Actor to compare with", "list", "closest-actors");
    h.el("button", "Compare", "type", "submit");
    h.close("form");
    if (!o.closest().isEmpty()) {
      h.open("datalist", "id", "closest-actors");
      o.closest().forEach(n -> h.empty("option", "value", n.attackId() != null ? n.attackId() : n.name(), "label", n.name()));
      h.close("datalist");
      h.open("p", "class", "small").el("span", "Closest: ", "class", "muted");
      for (ClosestActors.Neighbour n : o.closest()) {
        h.link("/actors/compare?a=" + Urls.query(o.key()) + "&b=" + Urls.query(n.key()), n.name(), "class", "tag",
            "title", n.shared() + " techniques, tools or indicators in common");
        h.text(" ");
      }
      h.close("p");
    }
    return h.close("section");
  }
}
