package io.ascribe.server;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.actor.ActorOverviews;
import io.ascribe.store.attribution.StoredCorpus;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.store.documents.ClaimMatrix;
import io.ascribe.store.documents.VisibleCopies;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.HomeExtractor;
import io.ascribe.store.export.Exports;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchIndex;
import io.ascribe.store.taxii.TaxiiStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

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
  private final Object extractorLock = new Object();
  private DocumentExtractor extractor;
  private String extractorFingerprint;
  private KnowledgeBase.Linked linked;
  private final CorpusLinkStore corpusLinks;
  private final Map<Tlp, AtClearance> byClearance = new EnumMap<>(Tlp.class);
  private String linkedFingerprint;
  private AttributionCorpus corpus;
  private String corpusFingerprint;
  private final ActorOverviews actors;
  private final ClaimMatrix claimMatrix;
  private final VisibleCopies visibleCopies;

  public Services(Store store) {
    this.store = store;
    this.kb = new KnowledgeBase(store);
    this.incidents = new IncidentStore(store);
    this.documents = new DocumentStore(store);
    this.tokens = new TokenStore(store);
    this.search = new SearchIndex(store.indexDir());
    this.taxii = new TaxiiStore(store);
    this.actors = new ActorOverviews(store, this::attributionCorpus);
    this.corpusLinks = new CorpusLinkStore(store);
    this.claimMatrix = new ClaimMatrix(store, r -> Thread.ofVirtual().name("claim-matrix-load").start(r));
    this.visibleCopies = new VisibleCopies(store, r -> Thread.ofVirtual().name("visible-copies-load").start(r));
  }

  /** Which documents each clearance sees, held for search and read again in the background when stale. */
  public VisibleCopies visibleCopies() {
    return visibleCopies;
  }

  /** Who accuses whom, with its counts held in memory for the server's life (read again in the background when stale). */
  public ClaimMatrix claimMatrix() {
    return claimMatrix;
  }

  /** Decides what an ingested document ties to actors, over the current knowledge base. */
  public CorpusLinker corpusLinker() {
    KnowledgeBase.Linked l = linked();
    return new CorpusLinker(l.actors(), new EvidenceResolver(l.graph(), l.software()));
  }

  /** What ingested documents tie to actors. */
  public CorpusLinkStore corpusLinks() {
    return corpusLinks;
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

  /**
   * The engine's view of every actor (the knowledge base's facts and the corpus's), rebuilt when
   * the knowledge base or the stored documents change.
   */
  public synchronized AttributionCorpus attributionCorpus() {
    KnowledgeBase.Linked current = linked();
    String fingerprint = linkedFingerprint + "/" + corpusLinks.fingerprint();
    if (corpus == null || !fingerprint.equals(corpusFingerprint)) {
      corpus = StoredCorpus.build(store, current);
      corpusFingerprint = fingerprint;
    }
    return corpus;
  }

  /** Actor overviews and comparisons over this store (one instance: it caches per corpus and clearance). */
  public ActorOverviews actors() {
    return actors;
  }

  /** Exports over this store. */
  public Exports exports() {
    return new Exports(store, this::linked);
  }

  /** What the TAXII server publishes. */
  public TaxiiStore taxii() {
    return taxii;
  }

  /**
   * The home's document extractor for the current knowledge base, built (and its technique
   * classifier perhaps trained, reported to {@code progress}) on first use; shared by uploads and
   * the attribution engine's reading of free text. Its own lock: building can take a while.
   */
  public DocumentExtractor extractor(Consumer<String> progress) throws IOException {
    synchronized (extractorLock) {
      String fingerprint = kb.fingerprint();
      if (extractor == null || !fingerprint.equals(extractorFingerprint)) {
        progress.accept("preparing the extractor for this knowledge base");
        extractor = HomeExtractor.build(store, HomeExtractor.defaultWarningLists(store), true, progress);
        extractorFingerprint = fingerprint;
      }
      return extractor;
    }
  }

  /**
   * The attribution engine for the current knowledge base and the corpus a reader cleared for
   * {@code clearance} may see: a document above it never moves or appears in the answer. For an
   * incident pass the incident's marking (its assessment is shown to everyone who sees the
   * incident). Rebuilt when the corpus changed; the learned weights are the knowledge base's.
   */
  public synchronized TrainedAttributor attributor(Tlp clearance) {
    TrainedAttributor base = attributor();
    String key = engineFingerprint + "|" + corpusLinks.fingerprint();
    AtClearance cached = byClearance.get(clearance);
    if (cached != null && cached.key().equals(key)) {
      return cached.engine();
    }
    TrainedAttributor engine = base.withCorpus(linked(), corpusLinks.visible(clearance));
    byClearance.put(clearance, new AtClearance(key, engine));
    return engine;
  }

  /** An engine built for one clearance, and the knowledge-base and corpus fingerprints it was built at. */
  private record AtClearance(String key, TrainedAttributor engine) {}

  /**
   * The attribution engine for the current knowledge base alone, without corpus facts (what every
   * reader may see); readers get {@link #attributor(Tlp)}.
   */
  public synchronized TrainedAttributor attributor() {
    String fingerprint = kb.fingerprint();
    if (engine == null || !fingerprint.equals(engineFingerprint)) {
      try {
        engine = TrainedAttributor.loadWithText(store, text -> {
          try {
            return new DocumentEvidence(extractor(line -> { })).read(text);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the extractor for the evidence's free text: " + e.getMessage(), e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      engineFingerprint = fingerprint;
    }
    return engine;
  }
}
