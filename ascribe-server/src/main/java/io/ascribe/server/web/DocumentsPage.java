package io.ascribe.server.web;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.api.LibraryParams;
import io.ascribe.server.api.QueryParams;
import io.ascribe.store.documents.DocumentLibrary;
import io.ascribe.store.documents.LibraryQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The document library: every ingested document the reader may see, a page at a time, with its
 * title, publisher, dates, language, marking and counts of indicators, techniques and claims;
 * filtered by marking, publisher, language, publication date and claims through a GET form (so a
 * filtered page is a link), sorted by the column headers, with "page 2 of 7" navigation. The
 * filters offer only values found in documents within the reader's clearance.
 */
final class DocumentsPage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private final Services services;
  private final Layout layout;

  DocumentsPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/documents", this::page);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    Tlp max = s.principal().maxTlp();
    LibraryParams params = new LibraryParams(ctx::queryParam);
    LibraryQuery q = params.query(max);
    DocumentLibrary library = new DocumentLibrary(services.store());
    DocumentLibrary.Page page = library.page(q, params.offset(), params.limit());
    boolean filtered = !params.filters().isEmpty() && !params.filters().keySet().equals(Set.of("sort"));
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", "Documents (" + page.total() + ")");
    if (s.principal().may(Role.ANALYST)) {
      h.open("div", "class", "actions").link("/upload", "Upload", "class", "button primary").close("div");
    }
    h.close("div");
    h.add(filters(params, q, library.facets(max), max));
    if (page.documents().isEmpty()) {
      h.add(empty(s, filtered, page));
    } else {
      h.add(table(params, q, page));
      h.add(pager(params, page));
    }
    ctx.html(layout.page(s, "Documents", "documents", h));
  }

  private static Html filters(LibraryParams params, LibraryQuery q, DocumentLibrary.Facets facets, Tlp max) {
    Html h = new Html().open("form", "class", "row filters", "method", "get", "action", "/documents", "id",
        "library-filter");
    h.open("select", "name", "tlp", "aria-label", "Marking").el("option", "any marking", "value", "");
    for (Tlp t : Tlp.values()) {
      if (t.visibleUpTo(max)) {
        h.el("option", t.label(), "value", t.name(), "selected", t == q.tlp() ? "selected" : null);
      }
    }
    h.close("select");
    h.empty("input", "name", "publisher", "value", q.publisher(), "placeholder", "publisher", "list", "publishers",
        "aria-label", "Publisher");
    h.open("datalist", "id", "publishers");
    for (String p : facets.publishers()) {
      h.el("option", "", "value", p);
    }
    h.close("datalist");
    h.open("select", "name", "language", "aria-label", "Language").el("option", "any language", "value", "");
    for (String l : facets.languages()) {
      h.el("option", l, "value", l, "selected", l.equals(q.language()) ? "selected" : null);
    }
    h.close("select");
    h.empty("input", "type", "date", "name", "since", "value", q.since(), "aria-label", "Published since");
    h.empty("input", "type", "date", "name", "until", "value", q.until(), "aria-label", "Published until");
    h.open("select", "name", "claims", "aria-label", "Claims").el("option", "with or without claims", "value", "")
        .el("option", "with claims", "value", "yes", "selected", Boolean.TRUE.equals(q.hasClaims()) ? "selected" : null)
        .el("option", "without claims", "value", "no", "selected", Boolean.FALSE.equals(q.hasClaims()) ? "selected" : null)
        .close("select");
    if (params.value("sort") != null) {
      h.empty("input", "type", "hidden", "name", "sort", "value", params.value("sort"));
    }
    h.el("button", "Filter", "type", "submit", "class", "primary").link("/documents", "clear", "class", "small");
    return h.close("form");
  }

  private static Html empty(WebSession s, boolean filtered, DocumentLibrary.Page page) {
    Html h = new Html().open("div", "class", "card empty", "id", "library-empty");
    if (page.total() > 0) {
      h.el("p", "This page is past the last one.").link("/documents", "Back to the first page");
    } else if (filtered) {
      h.el("p", "No document matches these filters.").link("/documents", "Show every document");
    } else {
      h.el("p", "No documents yet.");
      if (s.principal().may(Role.ANALYST)) {
        h.open("p", "class", "muted").text("Upload reports, news pages, PDFs or pasted text, or give a URL: ")
            .link("/upload", "upload documents").text(".").close("p");
      } else {
        h.el("p", "An analyst can upload reports and news pages; they appear here when ingested.", "class", "muted");
      }
    }
    return h.close("div");
  }

  private static Html table(LibraryParams params, LibraryQuery q, DocumentLibrary.Page page) {
    Html h = new Html().open("table", "class", "grid library").open("thead").open("tr");
    sortable(h, params, q, "title", LibraryQuery.Sort.TITLE, "title");
    h.el("th", "publisher");
    sortable(h, params, q, "published", LibraryQuery.Sort.PUBLISHED, "published");
    h.el("th", "language").el("th", "marking").el("th", "extracted", "class", "num");
    sortable(h, params, q, "ingested", LibraryQuery.Sort.INGESTED, "ingested");
    h.close("tr").close("thead").open("tbody");
    for (DocumentLibrary.Entry d : page.documents()) {
      h.open("tr", "class", "doc");
      h.open("td", "class", "title-cell").link(Urls.document(d.sha256()), DocumentTitles.label(d.title(), d.sha256()),
          "class", "strong doc-link", "title", "SHA-256 " + d.sha256());
      h.el("div", d.source(), "class", "muted small wrap-any source").close("td");
      h.el("td", d.publisher() == null ? "" : d.publisher(), "class", "publisher");
      h.el("td", d.published() == null ? "" : d.published(), "class", "mono nowrap published");
      h.el("td", d.language(), "class", "mono language");
      h.open("td").add(Layout.tlp(d.tlp())).close("td");
      h.open("td", "class", "counts nowrap")
          .add(badge(d.indicators(), "indicator", "indicators"))
          .add(badge(d.techniques(), "technique", "techniques"))
          .add(badge(d.claims(), "claim", "claims"))
          .close("td");
      h.el("td", DAY.format(d.ingestedAt()), "class", "mono nowrap muted small");
      h.close("tr");
    }
    return h.close("tbody").close("table");
  }

  private static Html badge(int n, String one, String many) {
    return new Html().el("span", n + " " + (n == 1 ? one : many), "class", "badge " + many + (n == 0 ? " zero" : ""),
        "title", n + " " + (n == 1 ? one : many));
  }

  /** A column header that sorts the list by that column (the current one marked). */
  private static void sortable(Html h, LibraryParams params, LibraryQuery q, String label, LibraryQuery.Sort sort,
      String value) {
    boolean current = q.sort() == sort;
    h.open("th", "aria-sort", current ? (sort == LibraryQuery.Sort.TITLE ? "ascending" : "descending") : null);
    Map<String, String> p = new LinkedHashMap<>(params.filters());
    p.remove("sort");
    if (sort != LibraryQuery.Sort.INGESTED) {
      p.put("sort", value);
    }
    h.link(QueryParams.link("/documents", p), label + (current ? (sort == LibraryQuery.Sort.TITLE ? " ▲" : " ▼") : ""),
        "class", current ? "sort current" : "sort");
    h.close("th");
  }

  /** "page 2 of 7 · documents 26–50 of 170" with links to the first, previous, next and last pages. */
  private static Html pager(LibraryParams params, DocumentLibrary.Page page) {
    Html h = new Html().open("nav", "class", "pager", "aria-label", "Pages");
    int limit = page.limit();
    if (page.offset() > 0) {
      h.link(pageLink(params, 0, limit), "« first", "class", "button");
      h.link(pageLink(params, Math.max(0, page.offset() - limit), limit), "← previous", "rel", "prev", "class", "button");
    }
    h.el("span", "page " + page.number() + " of " + page.pages(), "class", "strong page-of");
    h.el("span", "documents " + (page.offset() + 1) + "–" + (page.offset() + page.documents().size()) + " of "
        + page.total(), "class", "muted");
    if (page.nextOffset() >= 0) {
      h.link(pageLink(params, page.nextOffset(), limit), "next →", "rel", "next", "class", "button");
      long last = (page.pages() - 1) * limit;
      h.link(pageLink(params, (int) Math.min(Integer.MAX_VALUE, last), limit), "last »", "class", "button");
    }
    return h.close("nav");
  }

  private static String pageLink(LibraryParams params, int offset, int limit) {
    return QueryParams.pageLink("/documents", params.filters(), offset, limit, LibraryParams.DEFAULT_LIMIT);
  }
}
