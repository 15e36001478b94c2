package io.ascribe.server.web;

import io.ascribe.alias.AliasSource;
import io.ascribe.alias.EntityKind;
import io.ascribe.corpus.ActorCorpus;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.api.ActorRefs;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.actor.ActorNames;
import io.ascribe.store.actor.ActorOverview;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An actor's page, as an analyst expects it: description and references, targeted countries and
 * sectors, first and last seen (each with its source), aliases with the sources that give them,
 * sponsor claims, software, campaigns, the ATT&amp;CK matrix with its techniques highlighted, the
 * public claims naming it (newest first, within the reader's clearance), a form to compare it with
 * another actor, and the documents of the analyst's own corpus about it.
 */
final class ActorPage {
  private final Services services;
  private final Knowledge knowledge;
  private final Layout layout;

  ActorPage(Services services, Knowledge knowledge, Layout layout) {
    this.services = services;
    this.knowledge = knowledge;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/actors/{key}", this::page);
  }

  /** The profile named by a key, name, alias or ATT&amp;CK id; 404 when unknown, 409 (listing the candidates) when ambiguous. */
  static Profiles.Actor resolve(Services services, String id) {
    ActorNames.Found found = ActorRefs.resolve(services, id, null);
    return services.kb().profile(EntityKind.ACTOR, found.key(), Profiles.Actor.class)
        .orElseThrow(() -> ApiException.notFound("no actor is known as '" + id + "'"));
  }

  /** Claims in the ledger naming the actor by its name or any alias, oldest first. */
  static List<DocumentStore.LedgerEntry> claims(Services services, Profiles.Actor a, Tlp max) {
    Set<String> names = new LinkedHashSet<>();
    names.add(a.name());
    a.aliases().forEach(al -> names.add(al.name()));
    Map<String, DocumentStore.LedgerEntry> out = new LinkedHashMap<>();
    for (String n : names) {
      for (DocumentStore.LedgerEntry e : services.documents().claims(new DocumentStore.LedgerQuery(n, null, null, null, max))) {
        out.putIfAbsent(e.sha256() + "|" + e.type() + "|" + e.claimant() + "|" + e.evidence(), e);
      }
    }
    List<DocumentStore.LedgerEntry> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparing((DocumentStore.LedgerEntry e) -> e.date() == null ? "9999" : e.date()));
    return list;
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    Profiles.Actor a = resolve(services, ctx.pathParam("key"));
    ActorOverview o = services.actors().overview(a, s.principal().maxTlp());
    Html h = new Html();
    h.open("div", "class", "title-row");
    h.open("h1").text(a.name());
    if (a.attackId() != null) {
      h.el("span", a.attackId(), "class", "pill mono");
    }
    if (a.deprecated()) {
      h.el("span", "deprecated", "class", "pill warn");
    }
    h.close("h1");
    h.open("div", "class", "actions");
    h.link(Urls.actor(a.key()) + "/graph", "Graph", "class", "button");
    h.link("/export/actors/" + Urls.segment(a.key()) + "/stix", "Export STIX 2.1", "class", "button");
    h.link(Urls.claims(a.name()), "Claims ledger", "class", "button");
    h.close("div").close("div");
    h.el("p", span(a, o.activity()), "class", "muted");

    h.open("div", "class", "cols");
    h.add(ActorSections.about(o));
    h.add(ActorSections.targets(o.targets()));
    h.close("div");

    h.open("div", "class", "cols");
    h.add(ActorSections.activity(o.activity()));
    h.add(ActorSections.compareForm(o));
    h.close("div");

    h.open("div", "class", "cols");
    h.open("section", "class", "card");
    h.el("h2", "Aliases (" + a.aliases().size() + ")");
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "name").el("th", "given by").close("tr")
        .close("thead").open("tbody");
    for (Profiles.Alias al : a.aliases()) {
      h.open("tr").el("td", al.name(), "class", "strong").open("td");
      Map<String, Integer> labels = new LinkedHashMap<>();
      al.sources().forEach(src -> labels.merge(sourceLabel(src), 1, Integer::sum));
      labels.forEach((label, n) -> h.el("span", n == 1 ? label : label + " ×" + n, "class", "src"));
      h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("section");

    h.open("section", "class", "card");
    h.el("h2", "Sponsor claims (" + a.sponsorClaims().size() + ")");
    if (a.sponsorClaims().isEmpty()) {
      h.el("p", "No source names a sponsoring state.", "class", "muted");
    } else {
      h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "state").el("th", "claimed by")
          .el("th", "basis").el("th", "confidence").close("tr").close("thead").open("tbody");
      for (Profiles.SponsorClaim c : a.sponsorClaims()) {
        h.open("tr").el("td", c.country() == null ? c.statedAs() : c.country() + " (" + c.statedAs() + ")", "class", "strong")
            .el("td", c.claimant()).el("td", c.basis(), "class", "muted")
            .el("td", c.confidence() == null ? "–" : c.confidence() + "/100").close("tr");
      }
      h.close("tbody").close("table");
    }
    h.el("h3", "Software (" + a.software().size() + ")");
    h.open("p");
    for (Profiles.Usage u : a.software()) {
      h.el("span", u.name() + (u.attackId() == null ? "" : " " + u.attackId()), "class", "tag soft",
          "title", u.citations() + " citation(s)");
    }
    h.close("p");
    if (!a.campaigns().isEmpty()) {
      h.el("h3", "Campaigns");
      h.open("ul", "class", "plain");
      for (Profiles.Campaign c : a.campaigns()) {
        h.open("li").el("span", c.attackId(), "class", "mono").text(" " + c.name() + " ")
            .el("span", range(c.firstSeen(), c.lastSeen()), "class", "muted").close("li");
      }
      h.close("ul");
    }
    h.close("section");
    h.close("div");

    h.add(matrix(a));
    h.add(ActorSections.claims(o.claims(), a.name()));
    h.add(CorpusSection.render(ActorCorpus.of(services.corpusLinks().ofActor(a.key(), s.principal().maxTlp()))));
    ctx.html(layout.page(s, a.name(), "search", h));
  }

  private static String span(Profiles.Actor a, ActorOverview.Activity activity) {
    List<String> parts = new ArrayList<>();
    if (activity.firstSeen() != null || activity.lastSeen() != null) {
      parts.add("seen " + range(activity.firstSeen(), activity.lastSeen()));
    }
    parts.add(a.techniques().size() + " techniques, " + a.software().size() + " software, " + a.members().size()
        + " linked object(s)");
    return String.join(" · ", parts);
  }

  private static String range(String from, String to) {
    String f = from == null ? "?" : from.length() > 10 ? from.substring(0, 10) : from;
    String t = to == null ? "?" : to.length() > 10 ? to.substring(0, 10) : to;
    return f.equals(t) ? f : f + " – " + t;
  }

  private static String sourceLabel(AliasSource s) {
    return s.vendor() != null ? s.vendor() + " · " + s.source() : s.source();
  }

  private Html matrix(Profiles.Actor a) {
    Set<String> used = new LinkedHashSet<>();
    a.techniques().forEach(u -> {
      if (u.attackId() != null) {
        used.add(u.attackId());
      }
    });
    Html h = new Html();
    h.open("section", "class", "card");
    h.el("h2", "ATT&CK matrix: " + used.size() + " techniques used");
    h.open("div", "class", "matrix");
    for (Knowledge.Column col : knowledge.current().matrix()) {
      long hits = col.techniques().stream().filter(t -> uses(used, t)).count();
      h.open("div", "class", "tactic");
      h.el("div", col.tactic().replace('-', ' ') + " (" + hits + ")", "class", "tactic-name");
      for (Knowledge.MatrixTechnique t : col.techniques()) {
        boolean on = uses(used, t);
        List<String> subs = t.subtechniques().stream().filter(used::contains).toList();
        h.open("a", "class", on ? "tech on" : "tech", "href", Urls.attackTechnique(t.attackId()),
            "title", t.attackId() + (subs.isEmpty() ? "" : " · " + String.join(", ", subs)));
        h.text(t.name());
        if (!subs.isEmpty()) {
          h.el("span", String.valueOf(subs.size()), "class", "subs");
        }
        h.close("a");
      }
      h.close("div");
    }
    h.close("div").close("section");
    return h;
  }

  private static boolean uses(Set<String> used, Knowledge.MatrixTechnique t) {
    return used.contains(t.attackId()) || t.subtechniques().stream().anyMatch(used::contains);
  }

  /** " → accused", or nothing when there is no accused or it is the claimant itself (a denial). */
  static String accused(String claimant, String claimantCountry, String accused, String accusedCountry) {
    if (accused == null || (accused.equals(claimant) && java.util.Objects.equals(claimantCountry, accusedCountry))) {
      return "";
    }
    return " → " + party(accused, accusedCountry);
  }

  static String party(String name, String country) {
    if (name == null) {
      return country == null ? "?" : country;
    }
    return country == null ? name : name + " (" + country + ")";
  }
}
