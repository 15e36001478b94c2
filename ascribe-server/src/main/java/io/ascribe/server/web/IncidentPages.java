package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.store.incident.IncidentAttribution;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.incident.IncidentStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The incident list (the home page) and an incident's actions: create, add and remove evidence,
 * attribute, record a conclusion. Every action is a form POST that answers with a redirect back
 * to the incident (post/redirect/get), so reloading never repeats it. {@link IncidentView}
 * renders the incident itself.
 */
final class IncidentPages {
  private final Services services;
  private final Layout layout;
  private final IncidentView view;

  IncidentPages(Services services, Layout layout, IncidentView view) {
    this.services = services;
    this.layout = layout;
    this.view = view;
  }

  void register(Javalin app) {
    app.get("/", this::home);
    app.post("/incidents", this::create);
    app.get("/incidents/{id}", ctx -> {
      WebSession s = WebGuard.session(ctx);
      Incident i = visible(ctx, s.principal());
      ctx.html(layout.page(s, i.id() + " " + i.title(), "incidents", view.render(s, i)));
    });
    app.post("/incidents/{id}/attribute", this::attribute);
    app.post("/incidents/{id}/conclusion", this::conclude);
    app.post("/incidents/{id}/evidence", this::addEvidence);
    app.post("/incidents/{id}/evidence/remove", this::removeEvidence);
  }

  /** The incident in the path when the principal may see it; 404 otherwise (the two are not told apart). */
  Incident visible(Context ctx, Principal p) {
    String id = ctx.pathParam("id");
    return services.incidents().find(id, p.maxTlp()).orElseThrow(() -> ApiException.notFound("no incident " + id));
  }

  private void home(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    Principal p = s.principal();
    Html h = new Html();
    h.open("div", "class", "cols wide-left");
    h.open("section", "class", "card");
    List<Incident> list = services.incidents().list(p.maxTlp());
    h.el("h1", "Incidents (" + list.size() + ")");
    if (list.isEmpty()) {
      h.el("p", "No incident you may see yet.", "class", "muted");
    } else {
      h.open("table", "class", "grid").open("thead").open("tr").el("th", "id").el("th", "title").el("th", "TLP")
          .el("th", "evidence").el("th", "top hypothesis").el("th", "conclusion").el("th", "updated").close("tr")
          .close("thead").open("tbody");
      for (Incident i : list) {
        h.open("tr").open("td", "class", "mono").link(Urls.incident(i.id()), i.id()).close("td")
            .open("td").link(Urls.incident(i.id()), i.title()).close("td")
            .open("td").add(Layout.tlp(i.tlp())).close("td")
            .el("td", String.valueOf(i.evidence().size()), "class", "num")
            .el("td", top(i))
            .el("td", i.conclusion() == null ? "–" : i.conclusion())
            .el("td", IncidentView.when(i.updatedAt()), "class", "muted nowrap").close("tr");
      }
      h.close("tbody").close("table");
    }
    h.close("section");
    h.open("div");
    if (p.may(Role.ANALYST)) {
      h.open("section", "class", "card");
      h.el("h2", "New incident");
      h.open("form", "method", "post", "action", "/incidents", "class", "stack");
      Layout.csrf(h, s);
      h.el("label", "Title", "for", "new-title");
      h.empty("input", "id", "new-title", "name", "title", "required", "required", "maxlength", "1000");
      h.el("label", "Summary", "for", "new-summary");
      h.el("textarea", "", "id", "new-summary", "name", "summary", "rows", "3");
      h.el("label", "Marking", "for", "new-tlp");
      h.add(Layout.tlpSelect("tlp", p.maxTlp(), Tlp.AMBER.visibleUpTo(p.maxTlp()) ? Tlp.AMBER : p.maxTlp()));
      h.el("button", "Create", "type", "submit", "class", "primary");
      h.close("form").close("section");
    }
    h.open("section", "class", "card");
    List<DocumentStore.Listed> docs = services.documents().recent(15, p.maxTlp());
    h.open("h2").text("Recent documents ").link("/documents", "all documents", "class", "small").close("h2");
    if (docs.isEmpty()) {
      h.el("p", "None ingested yet.", "class", "muted");
    }
    h.open("ul", "class", "plain docs");
    for (DocumentStore.Listed d : docs) {
      h.open("li").add(Layout.tlp(d.tlp())).text(" ").link(Urls.document(d.sha256()), DocumentTitles.label(d.title(), d.sha256()), "class", "doc-link")
          .el("span", d.claims() + " claims · " + d.indicators() + " indicators", "class", "muted small").close("li");
    }
    h.close("ul").close("section");
    h.close("div").close("div");
    ctx.html(layout.page(s, "Incidents", "incidents", h));
  }

  /** The latest assessment's top hypothesis, e.g. "APT29 41.2% (#3)". */
  private String top(Incident i) {
    List<Assessment> all = services.incidents().assessments(i.id());
    if (all.isEmpty()) {
      return "not attributed";
    }
    Assessment a = all.get(all.size() - 1);
    if (a.result().hypotheses().isEmpty()) {
      return "unknown " + IncidentView.percent(a.result().unknownProbability()) + " (#" + a.number() + ")";
    }
    Attribution.Hypothesis h = a.result().hypotheses().get(0);
    return h.actor() + " " + IncidentView.percent(h.probability()) + " (#" + a.number() + ")";
  }

  private void create(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    Tlp tlp = tlp(ctx.formParam("tlp"), p);
    Incident i = services.incidents().create(ctx.formParam("title"), blankToNull(ctx.formParam("summary")), tlp, p.name());
    ctx.redirect(Urls.incident(i.id()), HttpStatus.SEE_OTHER);
  }

  /** A TLP from a form, which must be within the principal's clearance. */
  static Tlp tlp(String value, Principal p) {
    Tlp tlp;
    try {
      tlp = value == null || value.isBlank() ? Tlp.AMBER : Tlp.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("tlp", e.getMessage());
    }
    if (!p.mayRead(tlp)) {
      throw ApiException.badRequest("tlp", "you may see up to " + p.maxTlp().label() + " and cannot mark something "
          + tlp.label());
    }
    return tlp;
  }

  private void attribute(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    Incident i = visible(ctx, p);
    if (i.evidence().isEmpty()) {
      throw ApiException.badRequest("evidence", i.id() + " has no evidence yet: add some first");
    }
    Assessment a = new IncidentAttribution(services.store()).run(i, services.attributor(i.tlp()), 5, p.name()).assessment();
    back(ctx, i, "assessment-" + a.number());
  }

  private void conclude(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    Incident i = visible(ctx, p);
    String conclusion = ctx.formParam("conclusion");
    if (conclusion == null || conclusion.isBlank()) {
      throw ApiException.badRequest("conclusion", "write a conclusion first");
    }
    services.incidents().conclude(i.id(), version(ctx), conclusion.strip(), blankToNull(ctx.formParam("note")), p.name());
    back(ctx, i, "conclusion");
  }

  private void addEvidence(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    Incident i = visible(ctx, p);
    IncidentStore.NewItem item;
    try {
      item = new IncidentStore.NewItem(ItemKind.of(ctx.formParam("kind")), ctx.formParam("value"), EvidenceItem.ANALYST);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("value", e.getMessage());
    }
    services.incidents().addEvidence(i.id(), version(ctx), List.of(item), p.name());
    back(ctx, i, "evidence");
  }

  private void removeEvidence(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    Incident i = visible(ctx, p);
    ItemKind kind;
    try {
      kind = ItemKind.of(ctx.formParam("kind"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("kind", e.getMessage());
    }
    services.incidents().removeEvidence(i.id(), version(ctx), kind, ctx.formParam("value"), p.name());
    back(ctx, i, "evidence");
  }

  private static void back(Context ctx, Incident i, String anchor) {
    ctx.redirect(Urls.incident(i.id()) + "#" + anchor, HttpStatus.SEE_OTHER);
  }

  private static Long version(Context ctx) {
    String v = ctx.formParam("version");
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("version", "version must be a number, got '" + v + "'");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
