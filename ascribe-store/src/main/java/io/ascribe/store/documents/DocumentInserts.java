package io.ascribe.store.documents;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts documents and everything extracted from them with one batched insert per table: the
 * documents first, their ids read back from the generated keys, then the rows naming them. What
 * {@link DocumentStore#add} does for one document, and the bulk loader for a batch on the embedded
 * database.
 */
public final class DocumentInserts {
  private DocumentInserts() {}

  /** Inserts {@code documents} marked {@code tlp} inside {@code h}'s transaction; returns their ids in order. */
  public static long[] insert(Handle h, List<ExtractedDocument> documents, Tlp tlp) {
    DocumentRows rows = new DocumentRows(documents, new long[documents.size()], tlp);
    List<String> documentColumns = DocumentRows.Table.DOCUMENT.columns.subList(1, DocumentRows.Table.DOCUMENT.columns.size());
    PreparedBatch insert = h.prepareBatch(insert(DocumentRows.Table.DOCUMENT.name, documentColumns));
    for (Object[] row : rows.of(DocumentRows.Table.DOCUMENT)) {
      bind(insert, Arrays.copyOfRange(row, 1, row.length));
    }
    List<Long> ids = insert.executePreparedBatch("id").mapTo(Long.class).list();
    if (ids.size() != documents.size()) {
      throw new IllegalStateException("the database returned " + ids.size() + " ids for " + documents.size()
          + " documents");
    }
    long[] assigned = ids.stream().mapToLong(Long::longValue).toArray();
    DocumentRows children = new DocumentRows(documents, assigned, tlp);
    for (DocumentRows.Table table : DocumentRows.Table.values()) {
      List<Object[]> values = children.of(table);
      if (table == DocumentRows.Table.DOCUMENT || values.isEmpty()) {
        continue;
      }
      PreparedBatch batch = h.prepareBatch(insert(table.name, table.columns));
      values.forEach(row -> bind(batch, row));
      batch.execute();
    }
    return assigned;
  }

  private static String insert(String table, List<String> columns) {
    return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
  }

  private static void bind(PreparedBatch batch, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      batch.bind(i, row[i]);
    }
    batch.add();
  }
}
