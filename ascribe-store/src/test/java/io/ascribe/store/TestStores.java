package io.ascribe.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Opens the store a test works on: the embedded H2 store, or — when the test run is the
 * PostgreSQL one ({@code -Dascribe.test.db=postgres}, see the {@code postgres} profile of this
 * module) — a schema of its own on the server at {@code ASCRIBE_TEST_POSTGRES_URL}, named after
 * the home folder so that reopening a home reopens its data.
 */
public final class TestStores {
  private TestStores() {}

  /** True when this test run uses PostgreSQL. */
  public static boolean postgres() {
    return "postgres".equals(System.getProperty("ascribe.test.db"));
  }

  /** The store of {@code home} for this test run. */
  public static Store open(Path home) throws IOException {
    if (!postgres()) {
      return Store.open(home);
    }
    String url = System.getProperty("ascribe.test.postgresUrl", System.getenv("ASCRIBE_TEST_POSTGRES_URL"));
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("the PostgreSQL test run needs ASCRIBE_TEST_POSTGRES_URL (see .ci/postgres.sh)");
    }
    String schema = "t_" + hash(home.toAbsolutePath().toString());
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("create schema if not exists " + schema);
    } catch (SQLException e) {
      throw new IOException("cannot prepare schema " + schema + " on " + Store.redact(url) + ": " + e.getMessage(), e);
    }
    return Store.open(home, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
