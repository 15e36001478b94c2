package io.ascribe.cli.lookup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.cli.AscribeCommand;
import io.ascribe.cli.Json;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchHit;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a name typed by the user into one entity, or explains why not: unknown (with suggestions
 * from full-text search) or ambiguous (every candidate with the sources that claim the name).
 */
final class Resolution {
  private final KnowledgeBase kb;
  private final Path indexDir;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;

  Resolution(KnowledgeBase kb, Path indexDir, PrintWriter out, PrintWriter err, boolean json) {
    this.kb = kb;
    this.indexDir = indexDir;
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** What came of resolving a name: the entity, or the exit code already reported. */
  record Outcome(AliasLookup lookup, AliasLookup.Candidate resolved, int exitCode) {}

  Outcome resolve(EntityKind kind, String query) throws IOException {
    AliasLookup lookup = kb.lookup(kind, query);
    if (lookup.isEmpty()) {
      List<SearchHit> hits = new SearchIndex(indexDir).search(query, kind.id(), 5);
      if (json) {
        ObjectNode o = Json.object();
        o.put("query", query);
        o.put("found", false);
        ArrayNode s = o.putArray("suggestions");
        hits.forEach(h -> s.addObject().put("name", h.name()).put("attack_id", h.attackId()).put("key", h.key()));
        Json.print(out, o);
      } else {
        err.println("error: no " + kind.id() + " is known as '" + query + "'");
        if (!hits.isEmpty()) {
          err.println("Did you mean:");
          hits.forEach(h -> err.println("  " + h.name() + (h.attackId() == null ? "" : " (" + h.attackId() + ")")));
        }
      }
      return new Outcome(lookup, null, 1);
    }
    Optional<AliasLookup.Candidate> resolved = lookup.resolved();
    if (resolved.isEmpty()) {
      printAmbiguous(kind, lookup);
      return new Outcome(lookup, null, AscribeCommand.AMBIGUOUS);
    }
    return new Outcome(lookup, resolved.get(), 0);
  }

  private void printAmbiguous(EntityKind kind, AliasLookup lookup) {
    if (json) {
      ObjectNode o = Json.object();
      o.put("query", lookup.query());
      o.put("ambiguous", true);
      o.set("candidates", candidatesJson(kind, lookup.candidates()));
      Json.print(out, o);
      return;
    }
    out.printf("'%s' is ambiguous: %d %ss are known by this name. Candidates:%n",
        lookup.query(), lookup.candidates().size(), kind.id());
    for (AliasLookup.Candidate c : lookup.candidates()) {
      String[] name = kb.nameOf(kind, c.entityKey()).orElse(new String[] {c.entityKey(), null});
      out.printf("  %s%s%n", name[0], name[1] == null ? "" : " (" + name[1] + ")");
      for (AliasClaim claim : c.claims()) {
        out.printf("      claimed by %s%n", describe(claim));
      }
    }
    out.println("Look one up by its ATT&CK id or canonical name to see its profile.");
  }

  /** Other entities that also claim the name of a resolved lookup, for a note. */
  ArrayNode candidatesJson(EntityKind kind, List<AliasLookup.Candidate> candidates) {
    ArrayNode arr = Json.object().arrayNode();
    for (AliasLookup.Candidate c : candidates) {
      String[] name = kb.nameOf(kind, c.entityKey()).orElse(new String[] {c.entityKey(), null});
      ObjectNode n = arr.addObject();
      n.put("key", c.entityKey());
      n.put("name", name[0]);
      n.put("attack_id", name[1]);
      ArrayNode claims = n.putArray("claims");
      for (AliasClaim claim : c.claims()) {
        claims.addObject()
            .put("name", claim.name())
            .put("role", claim.role().name().toLowerCase(java.util.Locale.ROOT))
            .put("source", claim.source().source())
            .put("file", claim.source().file())
            .put("object", claim.source().objectKey())
            .put("object_name", claim.source().objectName())
            .put("vendor", claim.source().vendor());
      }
    }
    return arr;
  }

  /** A one-line description of who claims a name. */
  static String describe(AliasClaim claim) {
    StringBuilder sb = new StringBuilder(claim.source().source());
    if (claim.source().objectName() != null) {
      sb.append(" entry '").append(claim.source().objectName()).append('\'');
    }
    if (claim.source().vendor() != null) {
      sb.append(", name coined by ").append(claim.source().vendor());
    }
    if (claim.source().file() != null) {
      sb.append(" [").append(claim.source().file()).append(']');
    }
    return sb.toString();
  }

  /** Prints a note when other entities also claim a name that resolved by precedence. */
  void noteOtherClaimants(EntityKind kind, Outcome outcome) {
    if (json || !outcome.lookup().isAmbiguous()) {
      return;
    }
    for (AliasLookup.Candidate c : outcome.lookup().candidates()) {
      if (c != outcome.resolved()) {
        String[] name = kb.nameOf(kind, c.entityKey()).orElse(new String[] {c.entityKey(), null});
        err.printf("note: '%s' is also claimed for %s by %s%n", outcome.lookup().query(), name[0],
            c.claims().stream().map(Resolution::describe).distinct().toList());
      }
    }
  }
}
