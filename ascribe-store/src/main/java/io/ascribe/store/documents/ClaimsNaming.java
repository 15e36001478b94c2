package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's claims by the threat-actor names they give: the distinct names a reader's claims
 * use, and the claims naming any of a set of names, newest first. Which names denote an actor is
 * for the alias index to say (see {@code io.ascribe.store.actor.ActorOverviews}).
 */
public final class ClaimsNaming {
  private final Store store;
  private final DocumentStore documents;

  public ClaimsNaming(Store store) {
    this.store = store;
    this.documents = new DocumentStore(store);
  }

  /** Every threat-actor name the claims within {@code maxTlp} give (each claim the copy the reader sees). */
  public List<String> threatActors(Tlp maxTlp) {
    return store.jdbi().withHandle(h -> h.createQuery("select distinct c.threat_actor from claim c where c.threat_actor is not null and "
            + DocumentStore.CURRENT_CLAIM)
        .bindList("visible", DocumentStore.visible(maxTlp)).mapTo(String.class).list());
  }

  /** The claims within {@code maxTlp} whose threat actor is one of {@code names} (case-insensitive), newest first. */
  public List<DocumentStore.LedgerEntry> claims(Collection<String> names, Tlp maxTlp) {
    Map<String, DocumentStore.LedgerEntry> out = new LinkedHashMap<>();
    for (String n : names) {
      for (DocumentStore.LedgerEntry e : documents.claims(new DocumentStore.LedgerQuery(n, null, null, null, maxTlp))) {
        out.putIfAbsent(e.sha256() + "|" + e.type() + "|" + e.claimant() + "|" + e.threatActor() + "|" + e.evidence(), e);
      }
    }
    return out.values().stream()
        .sorted(Comparator.comparing(DocumentStore.LedgerEntry::date, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }
}
