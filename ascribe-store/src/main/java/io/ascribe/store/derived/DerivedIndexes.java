package io.ascribe.store.derived;

import io.ascribe.fetch.HttpFetcher;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.kb.DerivedData;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.kb.ReadModel;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The search index derived from a store's read model and ingested documents: kept in step by
 * every knowledge-base import made through {@link #importer}, and rebuilt whole by {@link
 * #reindex}.
 */
public final class DerivedIndexes {
  private final Store store;

  /** The derived indexes of {@code store} (kept under its home). */
  public DerivedIndexes(Store store) {
    this.store = store;
  }

  /** A knowledge-base importer into the store that rebuilds the search index after each change. */
  public KbImporter importer(HttpFetcher fetcher, ImportListener listener) {
    return new KbImporter(store, fetcher, listener, this::stage);
  }

  /** Rebuilds the read model from the stored objects, then the search index from it and the documents. */
  public ReadModel reindex() throws IOException {
    ReadModel model = new KnowledgeBase(store).rebuildReadModel();
    new SearchIndex(store.indexDir()).rebuild(model, new DocumentStore(store).forIndex());
    return model;
  }

  private DerivedData.Staged stage(ReadModel model) {
    SearchIndex index = new SearchIndex(store.indexDir());
    CompletableFuture<Path> building = CompletableFuture.supplyAsync(() -> {
      try {
        return index.buildAside(model, new DocumentStore(store).forIndex());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new StagedSearchIndex(index, building);
  }
}
