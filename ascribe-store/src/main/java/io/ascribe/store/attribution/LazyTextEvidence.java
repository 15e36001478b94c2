package io.ascribe.store.attribution;

import io.ascribe.attribution.TextEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A {@link TextEvidence} built on first use: loading the document extractor (and perhaps training
 * the technique classifier) costs seconds, which cases without free text should not pay.
 */
final class LazyTextEvidence implements TextEvidence {

  /** Builds the real reader. */
  @FunctionalInterface
  interface Factory {
    TextEvidence build() throws IOException;
  }

  private final Factory factory;
  private TextEvidence reader;

  LazyTextEvidence(Factory factory) {
    this.factory = factory;
  }

  @Override
  public List<Found> read(String text) {
    return reader().read(text);
  }

  private synchronized TextEvidence reader() {
    if (reader == null) {
      try {
        reader = factory.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot prepare the extractor for the evidence's free text: " + e.getMessage(), e);
      }
    }
    return reader;
  }
}
