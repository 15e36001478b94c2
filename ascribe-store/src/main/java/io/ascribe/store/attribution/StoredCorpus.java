package io.ascribe.store.attribution;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;

/**
 * The engine's view of every actor over one store: the linked knowledge base plus what the
 * analyst's corpus ties to actors. Actor pages and comparisons read it; so does the engine.
 */
public final class StoredCorpus {
  private StoredCorpus() {}

  /**
   * The corpus over {@code linked} (the store's linked knowledge base). Document facts join here
   * once the store keeps them (the corpus-store work of issue 15); until then it holds the
   * knowledge base's facts only.
   */
  public static AttributionCorpus build(Store store, KnowledgeBase.Linked linked) {
    return AttributionCorpus.build(linked.graph(), linked.actors(), linked.software());
  }

  /**
   * A fingerprint that changes whenever {@link #build} would answer differently: the knowledge
   * base's and the stored documents' (a document added or deleted changes what the corpus ties
   * to actors).
   */
  public static String fingerprint(Store store) {
    return new KnowledgeBase(store).fingerprint() + "/" + store.jdbi().withHandle(h -> h.createQuery(
            "select cast(count(*) as varchar) || '-' || cast(coalesce(max(id), 0) as varchar) from doc_document")
        .mapTo(String.class).one());
  }
}
