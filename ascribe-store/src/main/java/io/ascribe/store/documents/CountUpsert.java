package io.ascribe.store.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Adds signed changes to a table of maintained counts (text key columns, bigint count columns), in
 * one batch, spelled as H2's {@code merge} or PostgreSQL's {@code insert ... on conflict}. The
 * writers of {@code claim_pair_count} and {@code claim_ledger_count} both go through it.
 *
 * @param table the counts table
 * @param keys the key columns, in the order of each change's key
 * @param counts the count columns, in the order of each change's values
 */
record CountUpsert(String table, List<Key> keys, List<String> counts) {
  /** A text key column and its declared width (H2 needs the parameter's type in its merge source). */
  record Key(String name, int width) {}

  /** An empty set of changes ordered by key, so concurrent writers lock rows in the same order. */
  static Map<List<String>, long[]> changes() {
    return new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
  }

  /** Adds {@code changes} (key values to count deltas) in the caller's transaction. */
  void apply(Handle h, boolean embedded, Map<List<String>, long[]> changes) {
    if (changes.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(embedded ? merge() : insertOnConflict());
    changes.forEach((key, n) -> {
      int i = 0;
      for (String k : key) {
        batch.bind(i++, k);
      }
      for (long v : n) {
        batch.bind(i++, v);
      }
      batch.add();
    });
    batch.execute();
  }

  private String merge() {
    List<String> source = new ArrayList<>();
    keys.forEach(k -> source.add("cast(? as varchar(" + k.width() + ")) as " + k.name()));
    counts.forEach(c -> source.add("cast(? as bigint) as " + c));
    return "merge into " + table + " t using (select " + String.join(", ", source) + ") s on ("
        + keys.stream().map(k -> "t." + k.name() + " = s." + k.name()).collect(Collectors.joining(" and "))
        + ") when matched then update set "
        + counts.stream().map(c -> c + " = t." + c + " + s." + c).collect(Collectors.joining(", "))
        + " when not matched then insert (" + String.join(", ", columns()) + ") values ("
        + columns().stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
  }

  private String insertOnConflict() {
    return "insert into " + table + " (" + String.join(", ", columns()) + ") values ("
        + columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on conflict ("
        + keys.stream().map(Key::name).collect(Collectors.joining(", ")) + ") do update set "
        + counts.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c).collect(Collectors.joining(", "));
  }

  private List<String> columns() {
    List<String> all = new ArrayList<>(keys.stream().map(Key::name).toList());
    all.addAll(counts);
    return all;
  }
}
