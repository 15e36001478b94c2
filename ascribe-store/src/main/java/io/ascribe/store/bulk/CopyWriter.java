package io.ascribe.store.bulk;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.documents.DocumentRows;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a batch with PostgreSQL's {@code COPY ... FROM STDIN} through the driver's
 * {@link CopyManager}, one {@code COPY} per table: document ids are drawn first from the identity
 * sequence of {@code doc_document} (so every child row can name its document), and the rows are
 * sent in {@code COPY}'s text format.
 */
final class CopyWriter implements BatchWriter {
  @Override
  public long[] write(Handle h, List<ExtractedDocument> documents, Tlp tlp) {
    long[] ids = h.createQuery("select nextval(pg_get_serial_sequence('doc_document', 'id')) "
            + "from generate_series(1, :n) order by 1")
        .bind("n", documents.size()).mapTo(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    DocumentRows rows = new DocumentRows(documents, ids, tlp);
    try {
      CopyManager copy = h.getConnection().unwrap(PGConnection.class).getCopyAPI();
      for (DocumentRows.Table table : DocumentRows.Table.values()) {
        List<Object[]> values = rows.of(table);
        if (!values.isEmpty()) {
          copy.copyIn("copy " + table.name + " (" + String.join(", ", table.columns) + ") from stdin",
              new StringReader(text(values)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into the document tables failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** The rows in {@code COPY}'s text format: tab-separated, {@code \N} for null, backslash escapes. */
  static String text(List<Object[]> rows) {
    StringBuilder b = new StringBuilder(rows.size() * 256);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          b.append('\t');
        }
        field(b, row[i]);
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void field(StringBuilder b, Object value) {
    switch (value) {
      case null -> b.append("\\N");
      case Boolean bool -> b.append(bool ? 't' : 'f');
      case OffsetDateTime time -> b.append(time);
      case Number n -> b.append(n);
      default -> escape(b, value.toString());
    }
  }

  private static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
  }
}
