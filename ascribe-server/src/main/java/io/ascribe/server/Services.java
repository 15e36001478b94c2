package io.ascribe.server;

import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.export.Exports;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchIndex;
import io.ascribe.store.taxii.TaxiiStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the endpoints work with, over one store. The attribution engine is loaded on first use
 * and reloaded when the knowledge base changes.
 */
public final class Services {
  private final Store store;
  private final KnowledgeBase kb;
  private final IncidentStore incidents;
  private final DocumentStore documents;
  private final TokenStore tokens;
  private final SearchIndex search;
  private final TaxiiStore taxii;
  private TrainedAttributor engine;
  private String engineFingerprint;
  private KnowledgeBase.Linked linked;
  private String linkedFingerprint;

  public Services(Store store) {
    this.store = store;
    this.kb = new KnowledgeBase(store);
    this.incidents = new IncidentStore(store);
    this.documents = new DocumentStore(store);
    this.tokens = new TokenStore(store);
    this.search = new SearchIndex(store.indexDir());
    this.taxii = new TaxiiStore(store);
  }

  public Store store() {
    return store;
  }

  public KnowledgeBase kb() {
    return kb;
  }

  public IncidentStore incidents() {
    return incidents;
  }

  public DocumentStore documents() {
    return documents;
  }

  public TokenStore tokens() {
    return tokens;
  }

  public SearchIndex search() {
    return search;
  }

  /** The linked knowledge base (graph and alias linkings), rebuilt when the knowledge base changes. */
  public synchronized KnowledgeBase.Linked linked() {
    String fingerprint = kb.fingerprint();
    if (linked == null || !fingerprint.equals(linkedFingerprint)) {
      linked = kb.linked();
      linkedFingerprint = fingerprint;
    }
    return linked;
  }

  /** Exports over this store. */
  public Exports exports() {
    return new Exports(store, this::linked);
  }

  /** What the TAXII server publishes. */
  public TaxiiStore taxii() {
    return taxii;
  }

  /** The attribution engine for the current knowledge base. */
  public synchronized TrainedAttributor attributor() {
    String fingerprint = kb.fingerprint();
    if (engine == null || !fingerprint.equals(engineFingerprint)) {
      try {
        engine = TrainedAttributor.load(store);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      engineFingerprint = fingerprint;
    }
    return engine;
  }
}
