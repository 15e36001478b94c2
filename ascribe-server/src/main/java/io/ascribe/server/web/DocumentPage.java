package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.AttackReference;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.StoredDocument;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.kb.AttackNames;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;

/**
 * An ingested document: its clean text, always escaped, with indicators, technique sentences and
 * claim sentences highlighted ({@link Highlighter}); the extractions listed beside it (ATT&amp;CK ids
 * apart from the indicators, with what they name) with one "add" button each (to an incident chosen once at the top), and a form that makes a new incident
 * from the whole document. Evidence from a document can only go to an incident marked at least as
 * restrictively as the document.
 */
final class DocumentPage {
  private final Services services;
  private final Layout layout;

  DocumentPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/documents/{sha}", this::page);
    app.post("/documents/{sha}/incident", this::newIncident);
    app.post("/documents/{sha}/add", this::add);
  }

  private StoredDocument visible(Context ctx, Principal p) {
    String sha = ctx.pathParam("sha");
    try {
      return services.documents().document(sha, p.maxTlp())
          .orElseThrow(() -> ApiException.notFound("no document '" + sha + "'"));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    StoredDocument d = visible(ctx, s.principal());
    StoredDocument.Header head = d.header();
    boolean analyst = s.principal().may(Role.ANALYST);
    Html h = new Html();
    h.open("div", "class", "title-row");
    h.open("h1").text(title(head)).text(" ").add(Layout.tlp(head.tlp()))
        .close("h1");
    h.close("div");
    h.open("p", "class", "muted");
    if (head.source() != null && (head.source().startsWith("http://") || head.source().startsWith("https://"))) {
      h.link(head.source(), head.source(), "rel", "noopener noreferrer nofollow", "target", "_blank");
    } else {
      h.text(head.source());
    }
    h.text(" · published " + (head.published() == null ? "?" : head.published())
        + (head.publisher() == null ? "" : " by " + head.publisher()) + " · language " + head.language() + " · ingested "
        + IncidentView.when(head.ingestedAt()));
    h.close("p");
    h.el("p", "SHA-256 " + head.sha256(), "class", "mono small muted");

    h.open("div", "class", "doc-layout");
    h.open("section", "class", "card");
    h.open("div", "class", "legend").el("mark", "indicator", "class", "hl-ind").el("mark", "technique sentence", "class", "hl-tech")
        .el("mark", "claim sentence", "class", "hl-claim").close("div");
    List<Indicator> indicators = d.indicators().stream().filter(i -> !Indicator.ATTACK_ID.equals(i.type())).toList();
    h.add(Highlighter.render(head.text() == null ? "" : head.text(), indicators, d.techniques(), d.claims()));
    h.close("section");

    h.open("aside");
    if (analyst) {
      h.add(newIncidentForm(s, d));
    }
    List<Incident> incidents = analyst ? services.incidents().list(s.principal().maxTlp()).stream()
        .filter(i -> head.tlp().visibleUpTo(i.tlp())).toList() : List.of();
    h.open("form", "class", "card extractions", "method", "post", "action", Urls.document(head.sha256()) + "/add",
        "hx-post", Urls.document(head.sha256()) + "/add", "hx-target", "#add-result", "hx-swap", "innerHTML");
    if (analyst) {
      Layout.csrf(h, s);
      h.el("h2", "Add to incident");
      if (incidents.isEmpty()) {
        h.el("p", "No incident marked " + head.tlp().label() + " or higher yet: create one above.", "class", "muted small");
      } else {
        h.open("div", "class", "row");
        h.open("select", "name", "incident", "aria-label", "Incident");
        for (Incident i : incidents) {
          h.el("option", i.id() + " " + i.title(), "value", i.id());
        }
        h.close("select");
        h.el("button", "Add all", "type", "submit", "name", "item", "value", "all");
        h.close("div");
      }
      h.el("div", "", "id", "add-result", "class", "result", "role", "status", "aria-live", "polite");
    }
    boolean buttons = analyst && !incidents.isEmpty();
    h.el("h3", "Techniques (" + d.techniques().size() + ")");
    h.open("ul", "class", "plain items");
    for (TechniqueMention t : d.techniques()) {
      h.open("li");
      addButton(h, buttons, "technique", t.id());
      h.el("span", t.id(), "class", "mono").text(" " + (t.name() == null ? "" : t.name()) + " ")
          .el("span", String.format(java.util.Locale.ROOT, "%.2f", t.score()), "class", "muted small");
      h.close("li");
    }
    h.close("ul");
    List<ExtractedDocument.Entity> software = d.entities().stream().filter(e -> "software".equals(e.kind())).toList();
    List<ExtractedDocument.Entity> actors = d.entities().stream()
        .filter(e -> "actor".equals(e.kind()) || "group".equals(e.kind())).toList();
    h.el("h3", "Software (" + software.size() + ")");
    h.open("ul", "class", "plain items");
    for (ExtractedDocument.Entity e : software) {
      h.open("li");
      addButton(h, buttons, "software", e.attackId() != null ? e.attackId() : e.name());
      h.text(e.name()).text(" ").el("span", e.attackId(), "class", "mono muted");
      h.close("li");
    }
    h.close("ul");
    attackIds(h, buttons, d);
    h.el("h3", "Indicators (" + indicators.size() + ")");
    h.open("ul", "class", "plain items");
    for (Indicator i : indicators) {
      h.open("li", "class", i.suppressedBy() == null ? null : "suppressed");
      addButton(h, buttons && i.suppressedBy() == null, "indicator", i.value());
      h.el("span", i.type(), "class", "kind").text(" ").el("span", i.value(), "class", "mono");
      if (i.suppressedBy() != null) {
        h.el("span", " known benign (" + i.suppressedBy() + ")", "class", "muted small");
      }
      h.close("li");
    }
    h.close("ul");
    if (!actors.isEmpty()) {
      h.el("h3", "Actors named (" + actors.size() + ")");
      h.open("ul", "class", "plain items");
      for (ExtractedDocument.Entity e : actors) {
        if ("group".equals(e.kind())) {
          h.open("li").text(e.name()).el("span", " named as a group; the knowledge base knows the name only as software",
              "class", "muted small");
          h.close("li");
          continue;
        }
        h.open("li").link(Urls.actor(e.attackId() != null ? e.attackId() : e.name()), e.name());
        if (e.ambiguousAlias() != null) {
          h.el("span", " ambiguous alias", "class", "muted small");
        }
        h.close("li");
      }
      h.close("ul");
    }
    h.el("h3", "Claims (" + d.claims().size() + ")");
    h.open("ul", "class", "plain items");
    for (Claim c : d.claims()) {
      h.open("li", "class", "claim claim-" + c.type().name().toLowerCase(java.util.Locale.ROOT));
      h.el("span", c.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), "class", "ctype");
      h.el("span", ActorPage.party(c.claimant(), c.claimantCountry()), "class", "strong");
      h.text(ActorPage.accused(c.claimant(), c.claimantCountry(), c.accused(), c.accusedCountry()));
      h.el("q", c.evidence());
      h.close("li");
    }
    h.close("ul");
    h.close("form");
    h.close("aside");
    h.close("div");
    ctx.html(layout.page(s, title(head), "search", h));
  }

  /**
   * The ATT&amp;CK ids the text writes out, with what each names in the knowledge base and a link to
   * it: they are found as indicators of type {@code attack_id} but are references, not
   * observations, so they are listed here and not among the indicators. A technique or software id
   * the knowledge base knows can be added as that technique or software.
   */
  private void attackIds(Html h, boolean buttons, StoredDocument d) {
    List<AttackReference> refs = new AttackNames(services.store()).resolve(d.indicators().stream()
        .filter(i -> Indicator.ATTACK_ID.equals(i.type())).map(Indicator::value).toList());
    if (refs.isEmpty()) {
      return;
    }
    h.el("h3", "ATT&CK ids cited (" + refs.size() + ")");
    h.open("ul", "class", "plain items attack-ids");
    for (AttackReference r : refs) {
      h.open("li");
      boolean known = r.name() != null;
      switch (r.kind()) {
        case TECHNIQUE -> addButton(h, buttons && known, "technique", r.id());
        case SOFTWARE -> addButton(h, buttons && known, "software", r.id());
        default -> { }
      }
      h.el("span", r.kind().label(), "class", "kind").text(" ");
      if (r.kind() == AttackReference.Kind.GROUP && known) {
        h.link(Urls.actor(r.id()), r.id(), "class", "mono");
      } else {
        h.link(r.url(), r.id(), "class", "mono", "rel", "noopener noreferrer nofollow", "target", "_blank");
      }
      h.text(" ");
      if (known) {
        h.text(r.name());
      } else {
        h.el("span", "not in the knowledge base", "class", "muted small");
      }
      h.close("li");
    }
    h.close("ul");
  }

  /** The document's title, else its source. */
  static String title(StoredDocument.Header head) {
    return head.title() != null && !head.title().isBlank() ? head.title() : head.source();
  }

  private static void addButton(Html h, boolean show, String kind, String value) {
    if (show) {
      h.el("button", "+", "type", "submit", "name", "item", "value", kind + ":" + value, "class", "add",
          "title", "Add " + kind + " " + value + " to the chosen incident");
    }
  }

  private static Html newIncidentForm(WebSession s, StoredDocument d) {
    Html h = new Html();
    h.open("form", "class", "card stack", "method", "post", "action", Urls.document(d.header().sha256()) + "/incident",
        "id", "new-incident");
    Layout.csrf(h, s);
    h.el("h2", "New incident from this document");
    h.el("label", "Title", "for", "doc-incident-title");
    h.empty("input", "id", "doc-incident-title", "name", "title", "required", "required",
        "value", title(d.header()));
    h.el("label", "Marking (at least the document's)", "for", "doc-incident-tlp");
    h.add(Layout.tlpSelect("tlp", s.principal().maxTlp(), d.header().tlp()));
    h.el("button", "Create with all extractions", "type", "submit", "class", "primary");
    return h.close("form");
  }

  private void newIncident(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    StoredDocument d = visible(ctx, p);
    Tlp tlp = IncidentPages.tlp(ctx.formParam("tlp"), p);
    requireCovers(tlp, d);
    String title = IncidentPages.blankToNull(ctx.formParam("title"));
    Incident i = services.incidents().create(title == null ? "From " + d.header().sha256().substring(0, 12) : title,
        "Created from the document “" + title(d.header()) + "”.", tlp, p.name());
    services.incidents().addFromDocument(i.id(), null, d, IncidentStore.itemsOf(d, EnumSet.of(ItemKind.TECHNIQUE,
        ItemKind.SOFTWARE, ItemKind.INDICATOR)), p.name());
    ctx.redirect(Urls.incident(i.id()), HttpStatus.SEE_OTHER);
  }

  private void add(Context ctx) {
    Principal p = WebGuard.session(ctx).principal();
    StoredDocument d = visible(ctx, p);
    String id = ctx.formParam("incident");
    if (id == null) {
      throw ApiException.badRequest("incident", "choose an incident");
    }
    Incident incident = services.incidents().find(id, p.maxTlp()).orElseThrow(() -> ApiException.notFound("no incident " + id));
    requireCovers(incident.tlp(), d);
    String item = ctx.formParam("item");
    String message;
    if (item == null || item.equals("all")) {
      Incident after = services.incidents().addFromDocument(incident.id(), null, d,
          IncidentStore.itemsOf(d, EnumSet.of(ItemKind.TECHNIQUE, ItemKind.SOFTWARE, ItemKind.INDICATOR)), p.name());
      message = "Added " + (after.evidence().size() - incident.evidence().size()) + " item(s) to " + incident.id();
    } else {
      int colon = item.indexOf(':');
      if (colon <= 0) {
        throw ApiException.badRequest("item", "item must be kind:value, got '" + item + "'");
      }
      IncidentStore.NewItem n;
      try {
        n = new IncidentStore.NewItem(ItemKind.of(item.substring(0, colon)), item.substring(colon + 1),
            EvidenceItem.fromDocument(d.header().sha256()));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("item", e.getMessage());
      }
      services.incidents().addFromDocument(incident.id(), null, d, List.of(n), p.name());
      message = "Added " + n.kind().id() + " " + n.value() + " to " + incident.id();
    }
    if (ctx.header("HX-Request") != null) {
      ctx.html(new Html().text(message + " ").link(Urls.incident(incident.id()) + "#evidence", "open").toString());
    } else {
      ctx.redirect(Urls.incident(incident.id()) + "#evidence", HttpStatus.SEE_OTHER);
    }
  }

  /** Refuses to put a document's evidence into an incident marked less restrictively than the document. */
  static void requireCovers(Tlp incident, StoredDocument d) {
    if (!d.header().tlp().visibleUpTo(incident)) {
      throw ApiException.badRequest("tlp", "the document is marked " + d.header().tlp().label()
          + "; an incident marked " + incident.label() + " cannot hold its evidence");
    }
  }
}
