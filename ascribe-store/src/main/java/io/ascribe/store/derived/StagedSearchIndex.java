package io.ascribe.store.derived;

import io.ascribe.store.kb.DerivedData;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A search index being built in a staging folder beside the live one. */
final class StagedSearchIndex implements DerivedData.Staged {
  private final SearchIndex index;
  private final CompletableFuture<Path> building;

  StagedSearchIndex(SearchIndex index, CompletableFuture<Path> building) {
    this.index = index;
    this.building = building;
  }

  @Override
  public void publish() throws IOException {
    index.publish(await());
  }

  @Override
  public void discard() {
    try {
      SearchIndex.discard(await());
    } catch (IOException | RuntimeException ignored) {
      // the import already failed; a leftover staging folder is harmless
    }
  }

  private Path await() throws IOException {
    try {
      return building.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }
}
