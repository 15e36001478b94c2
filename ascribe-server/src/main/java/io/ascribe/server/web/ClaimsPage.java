package io.ascribe.server.web;

import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.api.ClaimApi;
import io.ascribe.server.api.LedgerParams;
import io.ascribe.server.api.QueryParams;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.LedgerCursor;
import io.ascribe.store.documents.LedgerPages;
import io.ascribe.store.documents.LedgerSlice;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The claims ledger: every public attribution, denial and counter-accusation found in ingested
 * documents the reader may see, newest first, filtered by actor, country, claimant and accused
 * state, type and dates, one page at a time with links to the next and previous pages: by position
 * (keyset, {@code after}/{@code before}), or by {@code offset} for links made before positions.
 */
final class ClaimsPage {
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
  static DocumentStore.LedgerQuery query(Context ctx, Tlp max) {
    return new LedgerParams(ctx::queryParam).query(max);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    LedgerParams params = new LedgerParams(ctx::queryParam);
    DocumentStore.LedgerQuery q = params.query(s.principal().maxTlp());
    int limit = params.limit();
    List<DocumentStore.LedgerEntry> claims;
    String total;
    Html pager;
    if (params.byOffset()) {
      DocumentStore.LedgerPage page = services.documents().claims(q, params.offset(), limit);
      claims = page.claims();
      total = Long.toString(page.total());
      pager = page.total() > 0 ? pager(params, page) : null;
    } else {
      LedgerCursor after = params.cursor("after");
      LedgerCursor before = params.cursor("before");
      LedgerPages pages = new LedgerPages(services.store());
      LedgerSlice slice = before != null ? pages.before(q, before, limit) : pages.after(q, after, limit);
      claims = slice.claims();
      total = slice.total() == null ? null : String.format(Locale.ROOT, "%,d", slice.total())
          + (slice.totalExact() ? "" : "+");
      pager = claims.isEmpty() ? null : pager(params, slice, total, after == null && before == null, limit);
    }
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", "Claims ledger" + (total == null ? "" : " (" + total + ")"));
    h.open("div", "class", "actions").link("/claims/matrix", "Who accuses whom", "class", "button")
        .link("/disputes", "Disputes", "class", "button")
        .link(QueryParams.link("/export/claims/stix", params.filters()), "Export STIX 2.1", "class", "button")
        .close("div").close("div");
    h.open("form", "class", "row filters", "method", "get", "action", "/claims");
    h.empty("input", "name", "actor", "value", q.actor(), "placeholder", "threat actor", "aria-label", "Actor");
    h.empty("input", "name", "country", "value", q.country(), "placeholder", "country", "size", "8",
        "maxlength", "2", "aria-label", "Country");
    h.empty("input", "name", "claimant", "value", q.claimant(), "placeholder", "claimant", "size", "8",
        "maxlength", "2", "aria-label", "Claimant country");
    h.empty("input", "name", "accused", "value", q.accused(), "placeholder", "accused", "size", "8",
        "maxlength", "2", "aria-label", "Accused country");
    h.open("select", "name", "type", "aria-label", "Type").el("option", "any type", "value", "");
    for (String t : LedgerParams.TYPES) {
      h.el("option", t.replace('_', ' '), "value", t, "selected", t.equals(q.type()) ? "selected" : null);
    }
    h.close("select");
    h.empty("input", "type", "date", "name", "since", "value", q.since(), "aria-label", "Since");
    h.empty("input", "type", "date", "name", "until", "value", q.until(), "aria-label", "Until");
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
            DocumentTitles.label(e.title(), e.sha256()), "class", "small doc-link").close("td");
        h.close("tr");
      }
      h.close("tbody").close("table");
    }
    if (pager != null) {
      h.add(pager);
    }
    ctx.html(layout.page(s, "Claims ledger", "claims", h));
  }

  /** "claims a–b of n" with links to the previous and next pages, keeping the filters. */
  private static Html pager(LedgerParams params, DocumentStore.LedgerPage page) {
    Html h = new Html().open("nav", "class", "pager", "aria-label", "Pages");
    if (page.offset() > 0) {
      h.link(pageLink(params, Math.max(0, page.offset() - page.limit()), page.limit()), "← previous", "rel", "prev",
          "class", "button");
    }
    h.el("span", "claims " + (page.offset() + 1) + "–" + (page.offset() + page.claims().size()) + " of " + page.total(),
        "class", "muted");
    if (page.nextOffset() >= 0) {
      h.link(pageLink(params, page.nextOffset(), page.limit()), "next →", "rel", "next", "class", "button");
    }
    return h.close("nav");
  }

  /**
   * The pager of a page read by position: links to the newer and older pages, and where the page
   * stands when it is the first.
   */
  private static Html pager(LedgerParams params, LedgerSlice slice, String total, boolean first, int limit) {
    Html h = new Html().open("nav", "class", "pager", "aria-label", "Pages");
    if (slice.newer() != null) {
      h.link(ClaimApi.positionLink("/claims", params, "before", slice.newer(), limit), "← newer", "rel", "prev",
          "class", "button");
    }
    h.el("span", first ? "claims 1–" + slice.claims().size() + " of " + total : slice.claims().size() + " claims",
        "class", "muted");
    if (slice.older() != null) {
      h.link(ClaimApi.positionLink("/claims", params, "after", slice.older(), limit), "older →", "rel", "next",
          "class", "button");
    }
    return h.close("nav");
  }

  private static String pageLink(LedgerParams params, int offset, int limit) {
    return QueryParams.pageLink("/claims", params.filters(), offset, limit, LedgerParams.DEFAULT_LIMIT);
  }
}
