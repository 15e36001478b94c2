package io.ascribe.store.attribution;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.corpus.CorpusFacts;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.kb.KnowledgeBase;

/**
 * The engine's view of every actor over one store: the linked knowledge base plus what the
 * analyst's corpus ties to actors. Actor pages and comparisons read it; so does the engine.
 */
public final class StoredCorpus {
  private StoredCorpus() {}

  /**
   * The corpus over {@code linked} (the store's linked knowledge base) with every stored document's
   * facts; readers see it through {@code VisibleFacts}, which drops the facts of documents above
   * their clearance.
   */
  public static AttributionCorpus build(Store store, KnowledgeBase.Linked linked) {
    return AttributionCorpus.build(linked.graph(), linked.actors(), linked.software(),
        CorpusFacts.byActor(new CorpusLinkStore(store).visible(Tlp.RED)));
  }
}
