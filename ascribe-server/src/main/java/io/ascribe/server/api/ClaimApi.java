package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.ClaimMatrix;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.LedgerCursor;
import io.ascribe.store.documents.LedgerPages;
import io.ascribe.store.documents.LedgerSlice;
import io.ascribe.store.documents.StoredDocument;
import io.javalin.http.Context;
import java.util.HashMap;
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

  /**
   * Who accuses whom ({@code GET /api/claims/matrix}), one compact row per pair so the answer stays
   * small at corpus scale (thousands of pairs).
   *
   * @param claimants the claiming states, sorted
   * @param accused the accused states, sorted
   * @param cells one row per pair with claims, ordered by claimant then accused: {@code [claimant,
   *     accused, attributions, counter_accusations]}, the first two indexes into {@code claimants}
   *     and {@code accused}
   * @param ledger the API ledger of one cell: replace {@code {claimant}} and {@code {accused}} with
   *     the pair's states; add {@code &type=attribution} or {@code &type=counter_accusation} for one type
   */
  record Matrix(String since, String until, List<String> claimants, List<String> accused, List<long[]> cells,
      String ledger) {}

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
                + "one compact row per pair, with one link template to the ledger filtered to a pair")
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
      JsonBytes.answer(ctx, new ClaimsPage(page.claims(), p.total(), true, p.offset(), limit, p.next(), p.previous()));
      return;
    }
    LedgerCursor after = params.cursor("after");
    LedgerCursor before = params.cursor("before");
    LedgerPages pages = new LedgerPages(services.store());
    LedgerSlice s = before != null ? pages.before(q, before, limit) : pages.after(q, after, limit);
    JsonBytes.answer(ctx, new ClaimsPage(s.claims(), s.total(), s.totalExact(), after == null && before == null ? Integer.valueOf(0) : null,
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
    List<ClaimMatrix.Cell> cells = services.claimMatrix().cells(since, until, Authenticator.of(ctx).maxTlp());
    List<String> claimants = cells.stream().map(ClaimMatrix.Cell::claimant).distinct().sorted().toList();
    List<String> accused = cells.stream().map(ClaimMatrix.Cell::accused).distinct().sorted().toList();
    Map<String, Integer> claimantIndex = indexes(claimants);
    Map<String, Integer> accusedIndex = indexes(accused);
    List<long[]> rows = cells.stream().map(c -> new long[] {claimantIndex.get(c.claimant()), accusedIndex.get(c.accused()),
        c.attributions(), c.counterAccusations()}).toList();
    JsonBytes.answer(ctx, new Matrix(since, until, claimants, accused, rows, "/api/claims?claimant={claimant}&accused={accused}"
        + (since == null ? "" : "&since=" + since) + (until == null ? "" : "&until=" + until)));
  }

  private static Map<String, Integer> indexes(List<String> values) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      index.put(values.get(i), i);
    }
    return index;
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
    JsonBytes.answer(ctx, d);
  }
}
