package io.ascribe.store.bulk;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import java.util.Iterator;
import java.util.Objects;

/**
 * Loads extracted documents into the store, skipping every sha256 stored already, so loading the
 * same tables twice changes nothing. Each document is stored whole or not at all.
 *
 * <p>First cut: one transaction per document through {@link DocumentStore}. A faster path
 * (PostgreSQL {@code COPY}) may replace the body; the contract above stays.
 */
public final class BulkLoader {
  private final Store store;
  private final DocumentStore documents;

  /** A loader into {@code store}. */
  public BulkLoader(Store store) {
    this.store = Objects.requireNonNull(store, "store");
    this.documents = new DocumentStore(store);
  }

  /** Loads every document of {@code source} at marking {@code tlp}. */
  public LoadSummary load(Iterator<ExtractedDocument> source, Tlp tlp, LoadListener listener) {
    long read = 0;
    long added = 0;
    long claims = 0;
    while (source.hasNext()) {
      ExtractedDocument d = source.next();
      read++;
      if (!stored(d.sha256())) {
        documents.add(d, tlp);
        added++;
        claims += d.claims().size();
      }
      if (read % 1000 == 0) {
        listener.loaded(read);
      }
    }
    listener.loaded(read);
    return new LoadSummary(read, added, read - added, claims);
  }

  private boolean stored(String sha256) {
    return store.jdbi().withHandle(h -> h.createQuery("select count(*) from doc_document where sha256 = :sha")
        .bind("sha", sha256).mapTo(Long.class).one()) > 0;
  }
}
