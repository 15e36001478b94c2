package io.ascribe.server.web;

import io.ascribe.server.Services;
import io.ascribe.server.api.ClaimApi;
import io.ascribe.server.api.LedgerParams;
import io.ascribe.server.api.QueryParams;
import io.ascribe.store.documents.ClaimMatrix;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who accuses whom: a table of claimant states (rows) by accused states (columns), each cell the
 * number of attributions and counter-accusations linking to the ledger filtered to that pair,
 * within optional dates and the reader's clearance.
 */
final class MatrixPage {
  private final Services services;
  private final Layout layout;

  MatrixPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/claims/matrix", this::page);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    LedgerParams params = new LedgerParams(ctx::queryParam);
    String since = params.date("since");
    String until = params.date("until");
    List<ClaimMatrix.Cell> cells = services.claimMatrix().cells(since, until, s.principal().maxTlp());
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", "Who accuses whom");
    h.open("div", "class", "actions").link("/claims", "Claims ledger", "class", "button").close("div").close("div");
    h.open("form", "class", "row filters", "method", "get", "action", "/claims/matrix", "id", "matrix-filter");
    h.empty("input", "type", "date", "name", "since", "value", since, "aria-label", "Since");
    h.empty("input", "type", "date", "name", "until", "value", until, "aria-label", "Until");
    h.el("button", "Filter", "type", "submit", "class", "primary").link("/claims/matrix", "clear", "class", "small");
    h.close("form");
    if (cells.isEmpty()) {
      h.el("p", "No attribution or counter-accusation between two states in this period.", "class", "muted");
      ctx.html(layout.page(s, "Who accuses whom", "claims", h));
      return;
    }
    List<String> claimants = cells.stream().map(ClaimMatrix.Cell::claimant).distinct().sorted().toList();
    List<String> accused = cells.stream().map(ClaimMatrix.Cell::accused).distinct().sorted().toList();
    Map<String, ClaimMatrix.Cell> byPair = new HashMap<>();
    cells.forEach(c -> byPair.put(c.claimant() + "|" + c.accused(), c));
    h.el("p", "Rows are the claiming states, columns the accused; each cell counts attributions (A) and "
        + "counter-accusations (C) and links to those claims.", "class", "muted small");
    h.open("table", "class", "grid compact accusations").open("thead").open("tr")
        .el("th", "claimant \\ accused", "scope", "col");
    accused.forEach(a -> h.el("th", a, "scope", "col"));
    h.close("tr").close("thead").open("tbody");
    for (String c : claimants) {
      h.open("tr").el("th", c, "scope", "row");
      for (String a : accused) {
        ClaimMatrix.Cell cell = byPair.get(c + "|" + a);
        h.open("td", "class", cell == null ? "empty" : "pair");
        if (cell != null) {
          count(h, cell, "attribution", cell.attributions(), "A", since, until);
          count(h, cell, "counter_accusation", cell.counterAccusations(), "C", since, until);
        }
        h.close("td");
      }
      h.close("tr");
    }
    h.close("tbody").close("table");
    ctx.html(layout.page(s, "Who accuses whom", "claims", h));
  }

  private static void count(Html h, ClaimMatrix.Cell cell, String type, long n, String letter, String since, String until) {
    if (n == 0) {
      return;
    }
    h.link(QueryParams.link("/claims", ClaimApi.pair(cell, type, since, until)), n + " " + letter, "class", "count " + type,
        "title", n + " " + type.replace('_', ' ') + (n == 1 ? "" : "s") + " by " + cell.claimant() + " against "
            + cell.accused());
    h.text(" ");
  }
}
