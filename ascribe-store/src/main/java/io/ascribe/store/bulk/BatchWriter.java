package io.ascribe.store.bulk;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes one batch of new documents and everything extracted from them inside the batch's
 * transaction: batched inserts ({@link io.ascribe.store.documents.DocumentInserts}, any database) or PostgreSQL's {@code COPY}
 * ({@link CopyWriter}).
 */
@FunctionalInterface
interface BatchWriter {
  /** Writes {@code documents}, marked {@code tlp}, into the document tables; returns their ids in order. */
  long[] write(Handle h, List<ExtractedDocument> documents, Tlp tlp);
}
