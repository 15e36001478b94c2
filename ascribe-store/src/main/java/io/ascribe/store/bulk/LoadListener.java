package io.ascribe.store.bulk;

/** Told how far a bulk load has come, for a progress bar. */
@FunctionalInterface
public interface LoadListener {
  /** A listener that ignores progress. */
  LoadListener NONE = read -> {};

  /** Called after each batch with the number of documents read so far. */
  void loaded(long documentsRead);
}
