package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.ClaimMatrix;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.LedgerCursor;
import io.ascribe.store.documents.LedgerPages;
import io.ascribe.store.documents.LedgerSlice;
import io.ascribe.store.documents.StoredDocument;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The claims ledger (in pages), who accuses whom, and stored documents, all limited to the caller's TLP clearance. */
public final class ClaimApi {
  private final Services services;

  public ClaimApi(Services services) {
    this.services = services;
  }

  /**
   * One cell of the matrix with links to the ledger filtered to its pair.
   *
   * @param ledger the pair's attribution and counter-accusation claims (and any others between them)
   */
  record MatrixCell(String claimant, String accused, long attributions, long counterAccusations, String ledger,
      String attributionsLedger, String counterAccusationsLedger) {}

  /**
   * One page of the ledger ({@code GET /api/claims}).
   *
   * @param total the matching claims: exact on pages read by offset; on the first page read by
   *     position exact for a filter by country, type and dates (summed from maintained counts), else
   *     counted up to {@link LedgerPages#TOTAL_CAP}; null on later pages read by position
   * @param totalExact false when there are more claims than {@code total}; null with it
   * @param offset the page's offset when it was read by offset or is the first page, else null
   * @param next the following (older) page, or null on the last
   * @param previous the preceding (newer) page, or null on the first
   */
  record ClaimsPage(List<DocumentStore.LedgerEntry> claims, Long total, Boolean totalExact, Integer offset, int limit,
      String next, String previous) {}

  /** Who accuses whom ({@code GET /api/claims/matrix}). */
  record Matrix(String since, String until, List<String> claimants, List<String> accused, List<MatrixCell> cells) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/claims", Role.VIEWER, "claims",
            "Public claims (attributions, denials, counter-accusations), newest first, one page at a time with the total")
        .query("actor", "a threat-actor name").query("country", "claimant or accused country (ISO alpha-2)")
        .query("claimant", "claimant country (ISO alpha-2)").query("accused", "accused country (ISO alpha-2)")
        .query("type", "attribution, denial or counter_accusation").query("since", "YYYY-MM-DD, inclusive")
        .query("until", "YYYY-MM-DD, inclusive")
        .query("limit", "claims per page, 1 to " + LedgerParams.MAX_LIMIT + " (default " + LedgerParams.DEFAULT_LIMIT + ")")
        .query("after", "a position from a 'next' link: the page of older claims after it (keyset paging; "
            + "the default, from the newest)")
        .query("before", "a position from a 'previous' link: the page of newer claims before it")
        .query("offset", "claims to skip, the older way of paging (exact total, slower on deep pages); "
            + "give one of offset, after and before")
        .ok(ClaimsPage.class).error(400, "A bad parameter, named in 'field'")
        .handle(this::claims);
    routes.get("/api/claims/matrix", Role.VIEWER, "claims",
            "Who accuses whom: attribution and counter-accusation counts per claimant state and accused state, "
                + "each cell linking to the ledger filtered to that pair")
        .query("since", "YYYY-MM-DD, inclusive").query("until", "YYYY-MM-DD, inclusive")
        .ok(Matrix.class).error(400, "A bad date, named in 'field'")
        .handle(this::matrix);
    routes.get("/api/documents/{id}", Role.VIEWER, "documents",
            "An ingested document: clean text, indicators, techniques, entities and claims")
        .ok(StoredDocument.class)
        .handle(this::document);
  }

  private void claims(Context ctx) {
    LedgerParams params = new LedgerParams(ctx::queryParam);
    DocumentStore.LedgerQuery q = params.query(Authenticator.of(ctx).maxTlp());
    int limit = params.limit();
    if (params.byOffset()) {
      DocumentStore.LedgerPage page = services.documents().claims(q, params.offset(), limit);
      QueryParams.Paging p = QueryParams.paging(page.claims().size(), page.total(), page.offset(), limit, "/api/claims",
          params.filters());
      ctx.json(new ClaimsPage(page.claims(), p.total(), true, p.offset(), limit, p.next(), p.previous()));
      return;
    }
    LedgerCursor after = params.cursor("after");
    LedgerCursor before = params.cursor("before");
    LedgerPages pages = new LedgerPages(services.store());
    LedgerSlice s = before != null ? pages.before(q, before, limit) : pages.after(q, after, limit);
    ctx.json(new ClaimsPage(s.claims(), s.total(), s.totalExact(), after == null && before == null ? Integer.valueOf(0) : null,
        limit, positionLink("/api/claims", params, "after", s.older(), limit),
        positionLink("/api/claims", params, "before", s.newer(), limit)));
  }

  /** A link to the ledger page {@code after} or {@code before} a position, keeping the filters; null without a position. */
  public static String positionLink(String path, LedgerParams params, String side, LedgerCursor at, int limit) {
    if (at == null) {
      return null;
    }
    Map<String, String> p = new LinkedHashMap<>(params.filters());
    p.put("limit", Integer.toString(limit));
    p.put(side, at.token());
    return QueryParams.link(path, p);
  }

  private void matrix(Context ctx) {
    LedgerParams params = new LedgerParams(ctx::queryParam);
    String since = params.date("since");
    String until = params.date("until");
    Tlp max = Authenticator.of(ctx).maxTlp();
    List<MatrixCell> cells = new ClaimMatrix(services.store()).cells(since, until, max).stream()
        .map(c -> new MatrixCell(c.claimant(), c.accused(), c.attributions(), c.counterAccusations(),
            ledger(c, null, since, until), ledger(c, "attribution", since, until),
            ledger(c, "counter_accusation", since, until)))
        .toList();
    ctx.json(new Matrix(since, until, cells.stream().map(MatrixCell::claimant).distinct().sorted().toList(),
        cells.stream().map(MatrixCell::accused).distinct().sorted().toList(), cells));
  }

  /** The API ledger of one pair, by type when given, within the dates. */
  static String ledger(ClaimMatrix.Cell c, String type, String since, String until) {
    return QueryParams.link("/api/claims", pair(c, type, since, until));
  }

  /** The ledger filters of one matrix cell. */
  public static Map<String, String> pair(ClaimMatrix.Cell c, String type, String since, String until) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("claimant", c.claimant());
    p.put("accused", c.accused());
    if (type != null) {
      p.put("type", type);
    }
    if (since != null) {
      p.put("since", since);
    }
    if (until != null) {
      p.put("until", until);
    }
    return p;
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    StoredDocument d = services.documents().document(id, Authenticator.of(ctx).maxTlp())
        .orElseThrow(() -> ApiException.notFound("no document '" + id + "'"));
    ctx.json(d);
  }
}
