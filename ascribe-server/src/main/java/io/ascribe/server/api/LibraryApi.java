package io.ascribe.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ascribe.access.Role;
import io.ascribe.server.Services;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.DocumentLibrary;
import io.javalin.http.Context;
import java.util.List;

/**
 * The document library: stored documents a page at a time with their counts, filtered, at the
 * caller's TLP clearance: hidden documents are neither listed nor counted.
 */
public final class LibraryApi {
  private final Services services;

  public LibraryApi(Services services) {
    this.services = services;
  }

  /** One page of the library ({@code GET /api/documents}). */
  record DocumentsPage(List<DocumentLibrary.Entry> documents, @JsonUnwrapped QueryParams.Paging paging) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/documents", Role.VIEWER, "documents",
            "Ingested documents, one page at a time with the total: title, publisher, dates, language, marking and "
                + "counts of indicators, techniques and claims")
        .query("tlp", "only documents marked exactly so (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)")
        .query("publisher", "only this publisher (case-insensitive, exact)")
        .query("language", "only this language code, such as en")
        .query("since", "published on or after, YYYY-MM-DD").query("until", "published on or before, YYYY-MM-DD")
        .query("claims", "yes: only documents with claims; no: only those without")
        .query("sort", "ingested (default, newest first), published (newest first) or title")
        .query("limit", "documents per page, 1 to " + LibraryParams.MAX_LIMIT + " (default " + LibraryParams.DEFAULT_LIMIT
            + ")")
        .query("offset", "documents to skip (default 0); 'next' links to the following page")
        .ok(DocumentsPage.class).error(400, "A bad parameter, named in 'field'")
        .handle(this::list);
  }

  private void list(Context ctx) {
    LibraryParams params = new LibraryParams(ctx::queryParam);
    int limit = params.limit();
    DocumentLibrary.Page page = new DocumentLibrary(services.store())
        .page(params.query(Authenticator.of(ctx).maxTlp()), params.offset(), limit);
    JsonBytes.answer(ctx, new DocumentsPage(page.documents(), QueryParams.paging(page.documents().size(), page.total(),
        page.offset(), limit, "/api/documents", params.filters())));
  }
}
