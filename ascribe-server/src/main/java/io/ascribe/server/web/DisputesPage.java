package io.ascribe.server.web;

import io.ascribe.server.Services;
import io.ascribe.store.documents.Disputes;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * Disputes: one card per threat actor, target or accused state the ledger argues about, with the
 * attributions, denials and counter-accusations in three columns, each claim with its claimant,
 * date, quote and source document. Only documents within the reader's clearance contribute.
 */
final class DisputesPage {
  private final Services services;
  private final Layout layout;

  DisputesPage(Services services, Layout layout) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/disputes", this::page);
  }

  private void page(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    List<Disputes.Dispute> disputes = new Disputes(services.documents()).list(s.principal().maxTlp());
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", "Disputes (" + disputes.size() + ")");
    h.open("div", "class", "actions").link("/claims", "Claims ledger", "class", "button")
        .link("/claims/matrix", "Who accuses whom", "class", "button").close("div").close("div");
    if (disputes.isEmpty()) {
      h.el("p", "No claim yet: ingest documents to see who attributes what to whom.", "class", "muted");
    }
    for (Disputes.Dispute d : disputes) {
      h.open("section", "class", "card dispute dispute-" + d.kind());
      h.open("h2").text(d.subject()).text(" ").el("span", d.kind(), "class", "tag");
      if (d.latest() != null) {
        h.el("span", "latest " + d.latest(), "class", "muted small");
      }
      h.close("h2");
      h.open("div", "class", "cols three");
      column(h, "Attributions", "attributions", d.attributions());
      column(h, "Denials", "denials", d.denials());
      column(h, "Counter-accusations", "counter-accusations", d.counterAccusations());
      h.close("div").close("section");
    }
    ctx.html(layout.page(s, "Disputes", "disputes", h));
  }

  private static void column(Html h, String title, String cls, List<DocumentStore.LedgerEntry> claims) {
    h.open("div", "class", "column " + cls).el("h3", title + " (" + claims.size() + ")");
    if (claims.isEmpty()) {
      h.el("p", "none", "class", "muted small");
    }
    h.open("ul", "class", "plain");
    for (DocumentStore.LedgerEntry e : claims) {
      h.open("li", "class", "claim claim-" + e.type());
      h.el("span", e.date() == null ? "undated" : e.date(), "class", "date mono").text(" ");
      h.el("strong", ActorPage.party(e.claimant(), e.claimantCountry()));
      h.text(ActorPage.accused(e.claimant(), e.claimantCountry(), e.accused(), e.accusedCountry()));
      h.open("blockquote").el("q", e.evidence()).close("blockquote");
      h.add(Layout.tlp(e.tlp())).text(" ").link(Urls.document(e.sha256()),
          DocumentTitles.label(e.title(), e.sha256()), "class", "small doc-link");
      h.close("li");
    }
    h.close("ul").close("div");
  }
}
