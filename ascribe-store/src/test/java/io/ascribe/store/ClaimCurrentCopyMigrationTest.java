package io.ascribe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 15 fills each existing claim's marking and current-copy flag from its document: a
 * store at migration 14 holding two copies of the same bytes (GREEN, then a newer CLEAR one) and a
 * RED document is opened, and the claims of the older copy are no longer current, every claim
 * carries its document's marking, and a claim filed without them afterwards is refused.
 */
class ClaimCurrentCopyMigrationTest {
  @TempDir Path home;

  @Test
  void migrate_storeAtVersion14_backfillsMarkingAndCurrentCopyFromTheDocuments() throws Exception {
    Files.createDirectories(home.resolve("db"));
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + home.resolve("db").resolve("ascribe").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("ascribe");
    ds.setPassword("");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .javaMigrations(new V12__LedgerAccusedIndexes()).target("14").load().migrate();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      String doc = "insert into doc_document (id, sha256, source, language, body_text, boilerplate_chars_removed, "
          + "ingested_at, tlp) values ";
      s.execute(doc + "(1, 'aa', 'older', 'en', 't', 0, current_timestamp, 'GREEN')");
      s.execute(doc + "(2, 'aa', 'newer', 'en', 't', 0, current_timestamp, 'CLEAR')");
      s.execute(doc + "(3, 'bb', 'red', 'en', 't', 0, current_timestamp, 'RED')");
      for (int d = 1; d <= 3; d++) {
        s.execute("insert into claim (id, document_id, type, form, claimant, evidence) values (" + (10 * d) + ", " + d
            + ", 'attribution', 'statement', 'x', 'e'), (" + (10 * d + 1) + ", " + d
            + ", 'denial', 'statement', 'y', 'f')");
      }
    }
    try (Store store = Store.open(home)) {
      List<String> rows = store.jdbi().withHandle(h -> h.createQuery("select id, tlp, current_copy from claim order by id")
          .map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getBoolean(3)).list());
      assertThat(rows).containsExactly("10 GREEN false", "11 GREEN false", "20 CLEAR true", "21 CLEAR true",
          "30 RED true", "31 RED true");
      String unmarked = store.jdbi().<String, RuntimeException>withHandle(h -> {
        try {
          h.execute("insert into claim (document_id, type, form, claimant, evidence) values (3, 'denial', 'statement', "
              + "'z', 'g')");
          return "stored";
        } catch (RuntimeException e) {
          return "refused";
        }
      });
      assertThat(unmarked).as("a claim filed without its marking").isEqualTo("refused");
    }
  }
}
