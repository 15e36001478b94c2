package io.ascribe.server.web;

import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The claims ledger: every public attribution, denial and counter-accusation found in ingested
 * documents the reader may see, newest first, filtered by actor, country, type and date.
 */
final class ClaimsPage {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final List<String> TYPES = List.of("attribution", "denial", "counter_accusation");
  private final Services services;
  private final Layout layout;

  ClaimsPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/claims", this::page);
  }

  /** The ledger filters of a request (blank means any), checked. */
  static DocumentStore.LedgerQuery query(Context ctx, io.ascribe.model.Tlp max) {
    String actor = IncidentPages.blankToNull(ctx.queryParam("actor"));
    String country = IncidentPages.blankToNull(ctx.queryParam("country"));
    String type = IncidentPages.blankToNull(ctx.queryParam("type"));
    String since = IncidentPages.blankToNull(ctx.queryParam("since"));
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw ApiException.badRequest("country", "country must be an ISO 3166 alpha-2 code like US, got '" + country + "'");
    }
    if (type != null && !TYPES.contains(type)) {
      throw ApiException.badRequest("type", "type must be attribution, denial or counter_accusation, got '" + type + "'");
    }
    if (since != null && !DATE.matcher(since).matches()) {
      throw ApiException.badRequest("since", "since must be a date like 2024-01-31, got '" + since + "'");
    }
    return new DocumentStore.LedgerQuery(actor, country, type, since, max);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    DocumentStore.LedgerQuery q = query(ctx, s.principal().maxTlp());
    List<DocumentStore.LedgerEntry> claims = services.documents().claims(q);
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", "Claims ledger (" + claims.size() + ")");
    h.open("div", "class", "actions").link("/export/claims/stix" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
        "Export STIX 2.1", "class", "button").close("div").close("div");
    h.open("form", "class", "row filters", "method", "get", "action", "/claims");
    h.empty("input", "name", "actor", "value", q.actor(), "placeholder", "threat actor", "aria-label", "Actor");
    h.empty("input", "name", "country", "value", q.country(), "placeholder", "country", "size", "8",
        "maxlength", "2", "aria-label", "Country");
    h.open("select", "name", "type", "aria-label", "Type").el("option", "any type", "value", "");
    for (String t : TYPES) {
      h.el("option", t.replace('_', ' '), "value", t, "selected", t.equals(q.type()) ? "selected" : null);
    }
    h.close("select");
    h.empty("input", "type", "date", "name", "since", "value", q.since(), "aria-label", "Since");
    h.el("button", "Filter", "type", "submit", "class", "primary").link("/claims", "clear", "class", "small");
    h.close("form");
    if (claims.isEmpty()) {
      h.el("p", "No claim matches.", "class", "muted");
    } else {
      h.open("table", "class", "grid ledger").open("thead").open("tr").el("th", "date").el("th", "type").el("th", "claimant")
          .el("th", "accused").el("th", "actor").el("th", "statement").el("th", "source").close("tr").close("thead")
          .open("tbody");
      for (DocumentStore.LedgerEntry e : claims) {
        h.open("tr", "class", "claim-" + e.type()).el("td", e.date(), "class", "mono nowrap")
            .open("td").el("span", e.type().replace('_', ' '), "class", "ctype").el("div", e.form(), "class", "muted small")
            .close("td")
            .el("td", ActorPage.party(e.claimant(), e.claimantCountry()), "class", "strong")
            .el("td", e.accused() == null ? "" : ActorPage.party(e.accused(), e.accusedCountry()));
        h.open("td");
        if (e.threatActor() != null) {
          h.link(Urls.claims(e.threatActor()), e.threatActor());
        }
        h.close("td").open("td").el("q", e.evidence()).close("td");
        h.open("td").add(Layout.tlp(e.tlp())).text(" ").link(Urls.document(e.sha256()),
            e.title() != null && !e.title().isBlank() ? e.title() : e.source(), "class", "small").close("td");
        h.close("tr");
      }
      h.close("tbody").close("table");
    }
    ctx.html(layout.page(s, "Claims ledger", "claims", h));
  }
}
