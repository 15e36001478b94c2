package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.server.Services;
import io.ascribe.store.search.DocumentGate;
import io.ascribe.store.search.SearchHit;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search over actors, software, techniques and documents: an exact alias match first (so
 * "Cozy Bear" finds APT29 even when the words match elsewhere), then full-text hits; document hits
 * the reader's clearance does not cover are left out. Typing searches as you go (htmx swaps the
 * results only).
 */
final class SearchPage {
  private static final List<String> KINDS = List.of("actor", "software", "technique", "document");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern CITATION = Pattern.compile("\\(Citation:[^)]*\\)");
  private final Services services;
  private final Layout layout;

  /** One result row. */
  record Row(String kind, String name, String attackId, String href, String snippet, String matchedBy) {}

  SearchPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/search", this::page);
  }

  private void page(Context ctx) throws IOException {
    WebSession s = WebGuard.session(ctx);
    String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
    if (q.length() > 500) {
      q = q.substring(0, 500);
    }
    String given = ctx.queryParam("kind");
    String kind = given != null && KINDS.contains(given) ? given : null;
    Html results = results(q, kind, s.principal());
    if (ctx.header("HX-Request") != null && "results".equals(ctx.header("HX-Target"))) {
      ctx.html(results.toString());
      return;
    }
    Html h = new Html();
    h.el("h1", "Search");
    h.open("form", "class", "search", "method", "get", "action", "/search", "hx-get", "/search", "hx-target", "#results",
        "hx-trigger", "input changed delay:300ms from:find input[name=q], change from:find select, submit",
        "hx-push-url", "true");
    h.empty("input", "type", "search", "name", "q", "value", q, "autofocus", "autofocus",
        "placeholder", "APT29, Cozy Bear, T1059, PowerShell, \"spear phishing\"", "aria-label", "Search");
    h.open("select", "name", "kind", "aria-label", "Kind");
    h.el("option", "everything", "value", "");
    for (String k : KINDS) {
      h.el("option", k, "value", k, "selected", k.equals(kind) ? "selected" : null);
    }
    h.close("select");
    h.el("button", "Search", "type", "submit", "class", "primary");
    h.close("form");
    h.open("div", "id", "results").add(results).close("div");
    ctx.html(layout.page(s, q.isEmpty() ? "Search" : q, "search", h));
  }

  private Html results(String q, String kind, Principal p) throws IOException {
    Html h = new Html();
    if (q.isEmpty()) {
      h.el("p", "Words, \"phrases\", +must, -not and prefix* work; an actor's alias or ATT&CK id finds it directly.",
          "class", "muted");
      return h;
    }
    List<Row> rows = rows(q, kind, p);
    if (rows.isEmpty()) {
      h.el("p", "Nothing matches '" + q + "'" + (kind == null ? "" : " among " + kind + " results") + ".", "class", "muted");
      return h;
    }
    h.open("table", "class", "grid results");
    h.open("thead").open("tr").el("th", "kind").el("th", "name").el("th", "ATT&CK").el("th", "why").close("tr").close("thead");
    h.open("tbody");
    for (Row r : rows) {
      h.open("tr");
      h.open("td").el("span", r.kind(), "class", "kind kind-" + r.kind()).close("td");
      h.open("td");
      if (r.href() != null) {
        h.link(r.href(), r.name());
      } else {
        h.text(r.name());
      }
      if (r.snippet() != null && !r.snippet().isBlank()) {
        h.add(snippet(r.snippet()));
      }
      h.close("td");
      h.el("td", r.attackId(), "class", "mono");
      h.el("td", r.matchedBy(), "class", "muted");
      h.close("tr");
    }
    h.close("tbody").close("table");
    return h;
  }

  /**
   * A search snippet with the index's «matched» words marked (each piece escaped); ATT&amp;CK's
   * markdown links are reduced to their text and its citations dropped, unless nothing else is left.
   */
  static Html snippet(String raw) {
    String cleaned = CITATION.matcher(MARKDOWN_LINK.matcher(raw).replaceAll("$1")).replaceAll("").strip();
    String s = cleaned.isEmpty() ? raw : cleaned;
    Html h = new Html().open("div", "class", "snippet");
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf('«', i);
      int close = open < 0 ? -1 : s.indexOf('»', open);
      if (open < 0 || close < 0) {
        h.text(s.substring(i));
        break;
      }
      h.text(s.substring(i, open)).el("mark", s.substring(open + 1, close));
      i = close + 1;
    }
    return h.close("div");
  }

  private List<Row> rows(String q, String kind, Principal p) throws IOException {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EntityKind k : List.of(EntityKind.ACTOR, EntityKind.SOFTWARE, EntityKind.TECHNIQUE)) {
      if (kind != null && !kind.equals(k.id())) {
        continue;
      }
      AliasLookup lookup = services.kb().lookup(k, q);
      for (AliasLookup.Candidate c : lookup.candidates()) {
        String[] name = services.kb().nameOf(k, c.entityKey()).orElse(new String[] {c.entityKey(), null});
        if (seen.add(c.entityKey())) {
          rows.add(new Row(k.id(), name[0], name[1], href(k.id(), c.entityKey(), name[1]), null,
              lookup.isAmbiguous() ? "alias (ambiguous: " + lookup.candidates().size() + " candidates)" : "alias"));
        }
      }
    }
    Map<String, String> visibleDocuments = new HashMap<>();
    DocumentGate visible = keys -> {
      Map<String, String> shas = services.documents().sha256sOfIndexKeys(keys, p.maxTlp());
      visibleDocuments.putAll(shas);
      return shas.keySet();
    };
    for (SearchHit hit : services.search().search(q, kind, 60, visible)) {
      if (rows.size() >= 50 || !seen.add(hit.key())) {
        continue;
      }
      if ("document".equals(hit.kind())) {
        rows.add(new Row("document", hit.name(), null, Urls.document(visibleDocuments.get(hit.key())), hit.snippet(),
            "text"));
      } else {
        rows.add(new Row(hit.kind(), hit.name(), hit.attackId(), href(hit.kind(), hit.key(), hit.attackId()), hit.snippet(),
            "text"));
      }
    }
    return rows;
  }

  private static String href(String kind, String key, String attackId) {
    return switch (kind) {
      case "actor" -> Urls.actor(key);
      case "technique" -> attackId == null ? null : Urls.attackTechnique(attackId);
      default -> null;
    };
  }
}
