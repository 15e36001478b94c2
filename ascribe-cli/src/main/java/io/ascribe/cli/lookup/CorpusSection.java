package io.ascribe.cli.lookup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.corpus.ActorCorpus;
import io.ascribe.corpus.Provenance;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.CorpusLinkStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The "From your corpus" part of {@code ascribe actor}: the ingested documents about the actor,
 * newest first, and the facts they contribute, each with its documents. The command line sees
 * every document (an operator's view).
 */
final class CorpusSection {
  private static final int SHOWN = 15;

  private CorpusSection() {}

  static ActorCorpus read(Store store, String actorKey) {
    return ActorCorpus.of(new CorpusLinkStore(store).ofActor(actorKey, Tlp.RED));
  }

  static void print(PrintWriter out, ActorCorpus corpus, boolean all) {
    out.println();
    out.println("From your corpus (" + corpus.documents().size() + " document(s))");
    if (corpus.isEmpty()) {
      out.println("  no ingested document is about this actor (ascribe ingest FILE --actor NAME ties one)");
      return;
    }
    for (Provenance p : LookupCommand.top(corpus.documents(), SHOWN, all)) {
      out.printf("  %-10s %s  [%s]  %s, by %s, confidence %.2f%n", p.date() == null ? "-" : p.date(),
          p.document().substring(0, 12), p.title() == null ? "(untitled)" : p.title(), p.basis().id(),
          p.claimant() == null ? "unknown" : p.claimant(), p.confidence());
    }
    if (!LookupCommand.more(corpus.documents(), SHOWN, all).isEmpty()) {
      out.println(LookupCommand.more(corpus.documents(), SHOWN, all));
    }
    out.println("  facts:");
    for (ActorCorpus.Fact f : LookupCommand.top(corpus.facts(), SHOWN * 2, all)) {
      out.printf("    %-15s %-40s in %s%n", f.kind().id(), f.label(), sources(f.sources()));
    }
    if (!LookupCommand.more(corpus.facts(), SHOWN * 2, all).isEmpty()) {
      out.println(LookupCommand.more(corpus.facts(), SHOWN * 2, all));
    }
  }

  static void addTo(ObjectNode json, ActorCorpus corpus) {
    ObjectNode c = json.putObject("corpus");
    ArrayNode docs = c.putArray("documents");
    for (Provenance p : corpus.documents()) {
      docs.addObject().put("sha256", p.document()).put("title", p.title()).put("date", p.date())
          .put("basis", p.basis().id()).put("claimant", p.claimant()).put("confidence", p.confidence());
    }
    ArrayNode facts = c.putArray("facts");
    for (ActorCorpus.Fact f : corpus.facts()) {
      ObjectNode o = facts.addObject().put("kind", f.kind().id()).put("feature", f.feature()).put("label", f.label())
          .put("sentence", f.sentence());
      f.sources().forEach(o.putArray("documents")::add);
    }
  }

  private static String sources(List<String> shas) {
    List<String> shown = shas.stream().limit(3).map(s -> s.substring(0, 12)).toList();
    return String.join(", ", shown) + (shas.size() > 3 ? String.format(Locale.ROOT, " and %d more", shas.size() - 3) : "");
  }
}
