package io.ascribe.store.documents;

import org.jdbi.v3.core.Handle;

/**
 * The version of the stored documents ({@code doc_document_version}, V16): every transaction that
 * adds or deletes a document raises it first, so a reader holding something derived from the
 * documents (which copies each clearance sees, {@link VisibleCopies}; the TAXII collections'
 * fingerprint) knows from one single-row read whether it is current.
 */
public final class DocumentsVersion {
  private DocumentsVersion() {}

  /**
   * Raises the version in {@code h}'s transaction. Call it before the transaction updates any
   * maintained count (whose writers lock {@code claim_count_version}), so that every writer takes
   * the two locks in one order.
   */
  public static void raise(Handle h) {
    h.execute("update doc_document_version set version = version + 1 where id = 1");
  }

  /** The current version. */
  public static long read(Handle h) {
    return h.createQuery("select version from doc_document_version where id = 1").mapTo(Long.class).one();
  }
}
