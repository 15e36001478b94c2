package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.util.HashSet;
import java.util.Set;

/**
 * Which stored documents a reader may see, by SHA-256: what filters facts derived from documents
 * (an actor's corpus facts) before anything about them is shown or counted.
 */
public final class VisibleDocuments {
  private final Store store;

  public VisibleDocuments(Store store) {
    this.store = store;
  }

  /** The SHA-256 of every document with a copy within {@code maxTlp}. */
  public Set<String> sha256s(Tlp maxTlp) {
    return store.jdbi().withHandle(h -> new HashSet<>(h.createQuery(
            "select distinct sha256 from doc_document where tlp in (<visible>)")
        .bindList("visible", DocumentStore.visible(maxTlp)).mapTo(String.class).list()));
  }
}
