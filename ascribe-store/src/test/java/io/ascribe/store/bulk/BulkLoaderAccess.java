package io.ascribe.store.bulk;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.util.List;

/** Lets tests of other store packages bulk-load documents in small batches. */
public final class BulkLoaderAccess {
  private BulkLoaderAccess() {}

  /** Loads {@code documents} three to a batch. */
  public static LoadSummary load(Store store, List<ExtractedDocument> documents, Tlp tlp) {
    return new BulkLoader(store, 3).load(documents.iterator(), tlp, LoadListener.NONE);
  }
}
