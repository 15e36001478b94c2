package io.ascribe.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table: its rows, blank lines and {@code #} comments left out, each row with its
 * line number so that whoever interprets a row can name the line it refuses.
 *
 * @param name the table's name in error messages (the resource's file name)
 */
public record TsvTable(String name, List<Row> rows) {

  /** One row: its fields and where it stands. */
  public record Row(String table, int line, String text, List<String> fields) {

    /** The {@code i}-th field. */
    public String get(int i) {
      return fields.get(i);
    }

    /** The number of fields. */
    public int size() {
      return fields.size();
    }

    /** An error about this row: {@code "<table> line <n>: <message>"}. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(table + " line " + line + ": " + message);
    }

    /** This row, unless it does not have {@code n} fields: then an error showing {@code expected} and the line. */
    public Row expect(int n, String expected) {
      if (fields.size() != n) {
        throw error("expected " + expected + ", got '" + text + "'");
      }
      return this;
    }
  }

  /**
   * The table {@code name} shipped beside {@code owner} (a class resource).
   *
   * @throws IllegalStateException when the resource is missing (a broken build, not bad input)
   */
  public static TsvTable resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table (UTF-8) from {@code in}, named {@code name} in errors. */
  public static TsvTable read(InputStream in, String name) throws IOException {
    return of(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
  }

  /** A table from its lines. */
  public static TsvTable of(String name, List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(name, i + 1, line, List.of(line.split("\t"))));
      }
    }
    return new TsvTable(name, List.copyOf(rows));
  }
}
