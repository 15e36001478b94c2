package io.ascribe.server.web;

import io.ascribe.actor.ActorComparison;
import io.ascribe.actor.OriginLabels;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.server.Services;
import io.ascribe.store.actor.ActorNames;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two actors side by side ({@code /actors/compare?a=&b=}): for techniques, tools, victims and
 * infrastructure, how much they overlap, what they share (the rarest first, each with how many
 * actors have it, so that what is telling stands out) and what is unique to each. A name that is
 * unknown or that several actors claim gets a page offering the candidates instead.
 */
final class ActorComparePage {
  private static final int UNIQUE_SHOWN = 12;
  private static final int COMMON_SHOWN = 10;
  private final Services services;
  private final Layout layout;

  ActorComparePage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  /** Registers the page; before the actor page, whose {@code /actors/{key}} would otherwise take it. */
  void register(Javalin app) {
    app.get("/actors/compare", this::page);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    String qa = trimmed(ctx.queryParam("a"));
    String qb = trimmed(ctx.queryParam("b"));
    Html h = new Html();
    h.el("h1", "Compare two actors");
    ActorNames names = new ActorNames(services.kb());
    ActorNames.Resolution ra = qa.isEmpty() ? null : names.resolve(qa);
    ActorNames.Resolution rb = qb.isEmpty() ? null : names.resolve(qb);
    if (ra instanceof ActorNames.Found a && rb instanceof ActorNames.Found b) {
      ActorComparison c = services.actors().compare(a.key(), b.key(), s.principal().maxTlp());
      h.add(form(qa, qb));
      h.add(comparison(c));
      ctx.html(layout.page(s, c.a().name() + " vs " + c.b().name(), "search", h));
      return;
    }
    if (!qa.isEmpty() || !qb.isEmpty()) {
      ctx.status(qa.isEmpty() || qb.isEmpty() ? 400 : problemStatus(ra, rb));
    }
    h.add(form(qa, qb));
    problem(h, "a", qa, qb, ra);
    problem(h, "b", qb, qa, rb);
    ctx.html(layout.page(s, "Compare two actors", "search", h));
  }

  private static int problemStatus(ActorNames.Resolution ra, ActorNames.Resolution rb) {
    return ra instanceof ActorNames.Unknown || rb instanceof ActorNames.Unknown ? 404 : 409;
  }

  private static String trimmed(String v) {
    return v == null ? "" : v.strip();
  }

  private static Html form(String a, String b) {
    Html h = new Html();
    h.open("form", "method", "get", "action", "/actors/compare", "class", "row", "id", "compare-form");
    h.empty("input", "name", "a", "value", a, "required", "required", "placeholder", "actor", "aria-label", "First actor");
    h.el("span", "vs", "class", "muted");
    h.empty("input", "name", "b", "value", b, "required", "required", "placeholder", "another actor",
        "aria-label", "Second actor");
    h.el("button", "Compare", "type", "submit");
    return h.close("form");
  }

  /** Why one side could not be compared, with the candidates to pick from. */
  private static void problem(Html h, String side, String query, String other, ActorNames.Resolution r) {
    if (query.isEmpty()) {
      h.el("p", "Name the " + (side.equals("a") ? "first" : "second") + " actor.", "class", "muted");
      return;
    }
    if (r instanceof ActorNames.Unknown) {
      h.open("p", "class", "error", "role", "alert").text("No actor is known as '" + query + "'. ")
          .link(Urls.search(query, "actor"), "Search for it").close("p");
    } else if (r instanceof ActorNames.Ambiguous amb) {
      h.open("section", "class", "card", "id", "ambiguous-" + side);
      h.el("p", "'" + query + "' names " + amb.candidates().size() + " actors. Pick one:", "class", "error", "role", "alert");
      h.open("ul", "class", "plain");
      for (ActorNames.Found f : amb.candidates()) {
        String href = "/actors/compare?a=" + Urls.query(side.equals("a") ? f.key() : other) + "&b="
            + Urls.query(side.equals("a") ? other : f.key());
        h.open("li").link(href, ActorNames.label(f)).close("li");
      }
      h.close("ul").close("section");
    }
  }

  private static Html comparison(ActorComparison c) {
    Html h = new Html();
    h.open("div", "class", "title-row compare-head");
    h.open("h2").link(Urls.actor(c.a().key()), label(c.a()), "class", "side-a").text(" vs ")
        .link(Urls.actor(c.b().key()), label(c.b()), "class", "side-b").close("h2");
    h.close("div");
    h.el("p", "Counts say how many of the " + c.actors() + " profiled actors have an item: the fewer, the more telling. "
        + "Techniques exclude those only implied by the actors' software.", "class", "muted small");
    for (ActorComparison.Side side : List.of(c.a(), c.b())) {
      if (!side.profiled()) {
        h.el("p", side.name() + " has no technique, tool, victim or indicator on record: it is known by name only.",
            "class", "warn");
      }
    }
    h.open("table", "class", "grid compact overlap", "id", "overlap").open("thead").open("tr").el("th", "")
        .el("th", "in common").el("th", "only " + c.a().name()).el("th", "only " + c.b().name()).el("th", "overlap")
        .close("tr").close("thead").open("tbody");
    for (ActorComparison.Section sec : c.sections()) {
      h.open("tr").open("td").link("#" + sec.aspect(), sec.aspect(), "class", "strong").close("td")
          .el("td", sec.common().size(), "class", "num").el("td", sec.onlyA().size(), "class", "num")
          .el("td", sec.onlyB().size(), "class", "num").open("td", "class", "num")
          .text(String.format(Locale.ROOT, "%.0f%%", sec.overlap() * 100)).add(IncidentView.bar(sec.overlap(), "bar"))
          .close("td").close("tr");
    }
    h.close("tbody").close("table");
    for (ActorComparison.Section sec : c.sections()) {
      h.add(section(sec, c));
    }
    return h;
  }

  private static String label(ActorComparison.Side s) {
    return s.attackId() == null ? s.name() : s.name() + " (" + s.attackId() + ")";
  }

  private static Html section(ActorComparison.Section sec, ActorComparison c) {
    Html h = new Html();
    h.open("section", "class", "card", "id", sec.aspect());
    h.el("h2", capital(sec.aspect()) + ": " + sec.common().size() + " in common");
    if (sec.common().isEmpty()) {
      h.el("p", "Nothing in common.", "class", "muted");
    } else {
      h.add(common(sec.common().subList(0, Math.min(COMMON_SHOWN, sec.common().size())), c));
      if (sec.common().size() > COMMON_SHOWN) {
        h.open("details").el("summary", (sec.common().size() - COMMON_SHOWN) + " more in common, less telling")
            .add(common(sec.common().subList(COMMON_SHOWN, sec.common().size()), c)).close("details");
      }
    }
    h.open("div", "class", "cols");
    unique(h, "Only " + c.a().name(), sec.onlyA());
    unique(h, "Only " + c.b().name(), sec.onlyB());
    h.close("div");
    return h.close("section");
  }

  private static Html common(List<ActorComparison.Item> items, ActorComparison c) {
    Html h = new Html();
    h.open("table", "class", "grid compact common").open("thead").open("tr").el("th", "item").el("th", "actors with it")
        .el("th", "from (" + c.a().name() + " · " + c.b().name() + ")").close("tr").close("thead").open("tbody");
    for (ActorComparison.Item i : items) {
      h.open("tr", "class", i.actors() <= 2 ? "rare" : null).open("td").add(item(i)).close("td")
          .open("td", "class", "num").el("strong", i.actors()).text(" of " + c.actors()).close("td")
          .el("td", origins(i.originsA()) + " · " + origins(i.originsB()), "class", "muted small")
          .close("tr");
    }
    return h.close("tbody").close("table");
  }

  private static String origins(List<String> ids) {
    List<String> labels = new ArrayList<>();
    for (String id : ids) {
      try {
        labels.add(OriginLabels.label(AttributionCorpus.Origin.valueOf(id.toUpperCase(Locale.ROOT))));
      } catch (IllegalArgumentException e) {
        labels.add(id);
      }
    }
    return String.join(", ", labels);
  }

  private static void unique(Html h, String title, List<ActorComparison.Item> items) {
    h.open("div");
    h.el("h3", title + " (" + items.size() + ")");
    h.open("p");
    for (ActorComparison.Item i : items.subList(0, Math.min(UNIQUE_SHOWN, items.size()))) {
      h.add(item(i)).text(" ");
    }
    h.close("p");
    if (items.size() > UNIQUE_SHOWN) {
      h.open("details").el("summary", (items.size() - UNIQUE_SHOWN) + " more").open("p");
      items.subList(UNIQUE_SHOWN, items.size()).forEach(i -> h.add(item(i)).text(" "));
      h.close("p").close("details");
    }
    h.close("div");
  }

  private static Html item(ActorComparison.Item i) {
    String cls = switch (i.kind()) {
      case "software" -> "tag soft";
      case "victim_sector" -> "tag sector";
      case "indicator" -> "tag mono";
      default -> "tag";
    };
    return new Html().el("span", i.label(), "class", cls, "title", i.actors() + " actor(s) have it");
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
