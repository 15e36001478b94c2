package io.ascribe.server.web;

import io.ascribe.attribution.Attribution;
import io.ascribe.extract.claim.Claim;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.Incident;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public claims that bear on an incident: those in its own documents and those about its top
 * hypotheses' actors (by name or alias), grouped by claimant and dated, so attributions, denials
 * and counter-accusations can be read side by side. Only documents within the reader's clearance
 * contribute.
 */
final class ClaimTimeline {
  private static final int TOP_ACTORS = 3;
  private final Services services;

  ClaimTimeline(Services services) {
    this.services = services;
  }

  /** The claims, oldest first, without duplicates. */
  List<DocumentStore.LedgerEntry> claims(Incident i, Assessment latest, Tlp max) {
    Map<String, DocumentStore.LedgerEntry> out = new LinkedHashMap<>();
    for (String sha : i.documents()) {
      Optional<StoredDocument> d = services.documents().document(sha, max);
      d.ifPresent(doc -> doc.claims().forEach(c -> put(out, entry(doc.header(), c))));
    }
    if (latest != null) {
      List<Attribution.Hypothesis> top = latest.result().hypotheses();
      for (Attribution.Hypothesis h : top.subList(0, Math.min(TOP_ACTORS, top.size()))) {
        Optional<Profiles.Actor> a = IncidentView.profile(services, h);
        a.ifPresent(actor -> ActorPage.claims(services, actor, max).forEach(e -> put(out, e)));
      }
    }
    List<DocumentStore.LedgerEntry> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparing((DocumentStore.LedgerEntry e) -> e.date() == null ? "9999" : e.date()));
    return list;
  }

  private static void put(Map<String, DocumentStore.LedgerEntry> out, DocumentStore.LedgerEntry e) {
    out.putIfAbsent(e.sha256() + "|" + e.type() + "|" + e.claimant() + "|" + e.evidence(), e);
  }

  static DocumentStore.LedgerEntry entry(StoredDocument.Header d, Claim c) {
    return new DocumentStore.LedgerEntry(c.type().name().toLowerCase(Locale.ROOT), c.form().name().toLowerCase(Locale.ROOT),
        c.claimant(), c.claimantCountry(), c.accused(), c.accusedCountry(), c.threatActor(), c.target(), c.date(),
        c.evidence(), d.source(), d.title(), d.published(), d.sha256(), d.tlp());
  }

  Html render(Incident i, Assessment latest, Tlp max) {
    List<DocumentStore.LedgerEntry> claims = claims(i, latest, max);
    Map<String, List<DocumentStore.LedgerEntry>> byClaimant = new LinkedHashMap<>();
    for (DocumentStore.LedgerEntry e : claims) {
      byClaimant.computeIfAbsent(ActorPage.party(e.claimant(), e.claimantCountry()), k -> new ArrayList<>()).add(e);
    }
    Html h = new Html();
    h.open("section", "class", "card", "id", "timeline");
    h.el("h2", "Attributions and denials by claimant (" + claims.size() + ")");
    if (claims.isEmpty()) {
      h.el("p", "No public claim in this incident's documents or about its top actors.", "class", "muted");
      return h.close("section");
    }
    h.open("table", "class", "grid compact claimants").open("tbody");
    byClaimant.forEach((claimant, list) -> {
      h.open("tr").el("th", claimant, "class", "claimant").open("td").open("ol", "class", "lane");
      for (DocumentStore.LedgerEntry e : list) {
        h.open("li", "class", "claim claim-" + e.type(), "title", e.evidence());
        h.el("span", e.date() == null ? "undated" : e.date(), "class", "date mono");
        h.el("span", e.type().replace('_', ' '), "class", "ctype");
        h.text(ActorPage.accused(e.claimant(), e.claimantCountry(), e.accused(), e.accusedCountry()));
        if (e.threatActor() != null) {
          h.el("span", e.threatActor(), "class", "tag");
        }
        h.text(" ").link(Urls.document(e.sha256()), DocumentTitles.label(e.title(), e.sha256()), "class", "small doc-link");
        h.close("li");
      }
      h.close("ol").close("td").close("tr");
    });
    return h.close("tbody").close("table").close("section");
  }
}
