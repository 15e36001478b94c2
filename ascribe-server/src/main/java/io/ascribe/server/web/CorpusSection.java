package io.ascribe.server.web;

import io.ascribe.corpus.ActorCorpus;
import io.ascribe.corpus.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "From your corpus" part of an actor's page: the ingested documents about the actor that the
 * reader may see, newest first (title, date, basis, claimant, confidence, a link to the document),
 * and the facts they contribute, each with its documents. Everything goes through {@link Html}.
 */
final class CorpusSection {
  private static final int SOURCES_SHOWN = 3;

  private CorpusSection() {}

  static Html render(ActorCorpus corpus) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "corpus");
    h.el("h2", "From your corpus (" + corpus.documents().size() + " document" + (corpus.documents().size() == 1 ? "" : "s")
        + ")");
    if (corpus.isEmpty()) {
      h.el("p", "No ingested document you may see is about this actor. Ingest one with `ascribe ingest FILE --actor "
          + "NAME`, or upload a report about it.", "class", "muted");
      return h.close("section");
    }
    Map<String, Provenance> byDocument = new LinkedHashMap<>();
    corpus.documents().forEach(p -> byDocument.put(p.document(), p));
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "date").el("th", "document")
        .el("th", "basis").el("th", "claimant").el("th", "confidence").close("tr").close("thead").open("tbody");
    for (Provenance p : corpus.documents()) {
      h.open("tr").el("td", p.date() == null ? "–" : p.date(), "class", "mono").open("td")
          .link(Urls.document(p.document()), title(p)).close("td")
          .el("td", p.basis().id(), "class", "muted").el("td", p.claimant() == null ? "–" : p.claimant())
          .el("td", String.format(Locale.ROOT, "%.2f", p.confidence())).close("tr");
    }
    h.close("tbody").close("table");
    h.el("h3", "Facts (" + corpus.facts().size() + ")");
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "kind").el("th", "fact")
        .el("th", "seen in").close("tr").close("thead").open("tbody");
    for (ActorCorpus.Fact f : corpus.facts()) {
      h.open("tr").el("td", f.kind().id().replace('_', ' '), "class", "muted")
          .el("td", f.label(), "class", "strong", "title", f.sentence() == null ? "" : f.sentence()).open("td");
      List<String> shown = f.sources().stream().limit(SOURCES_SHOWN).toList();
      for (String sha : shown) {
        Provenance p = byDocument.get(sha);
        h.link(Urls.document(sha), p == null ? sha.substring(0, 12) : title(p), "class", "src");
      }
      if (f.sources().size() > shown.size()) {
        h.el("span", "+" + (f.sources().size() - shown.size()) + " more", "class", "muted");
      }
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
    return h.close("section");
  }

  private static String title(Provenance p) {
    return p.title() == null || p.title().isBlank() ? p.document().substring(0, 12) : p.title();
  }
}
