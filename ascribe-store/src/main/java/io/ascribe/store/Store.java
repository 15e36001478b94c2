package io.ascribe.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;

/**
 * The Ascribe store under one home folder: a database migrated by Flyway — an embedded H2 file
 * database ({@code db/}) by default, or a PostgreSQL server for teams — and, in both cases, the
 * Lucene index and trained models beside it under the home.
 *
 * <p>Open it once per process and close it at the end; it is safe to share between threads. The
 * same migrations serve both databases.
 */
public final class Store implements AutoCloseable {
  private final Path home;
  private final Jdbi jdbi;
  private final HikariDataSource pool;

  /** @param pool the connection pool of a server database, or null for the embedded one */
  private Store(Path home, DataSource dataSource, HikariDataSource pool) {
    this.home = home;
    this.jdbi = Jdbi.create(dataSource);
    // H2 reports a lock-wait cycle between writers of one row as a deadlock (SQL state 40001, as
    // PostgreSQL's serialization failures) now and then, even when the writers take their locks in
    // the same order; the whole transaction is rolled back, so running it again is safe.
    this.jdbi.setTransactionHandler(new SerializableTransactionRunner());
    this.pool = pool;
  }

  /**
   * Opens (creating when needed) the embedded store under {@code home}, bringing its schema up to
   * date.
   */
  public static Store open(Path home) throws IOException {
    return openEmbedded(home, true);
  }

  /**
   * Opens the embedded store for one large piece of work in a short-lived process (a
   * knowledge-base import): the database writes in the background on the other core, which makes
   * a big transaction about 10% faster, and everything is written out when the store is closed.
   * A process killed between a commit and the close may lose that commit (the import is then
   * simply run again; nothing stored before it is touched). Everything else opens with {@link
   * #open(Path)}, where each commit is written at once.
   */
  public static Store openForBulk(Path home) throws IOException {
    return openEmbedded(home, false);
  }

  private static Store openEmbedded(Path home, boolean writeEachCommit) throws IOException {
    Files.createDirectories(home.resolve("db"));
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + home.resolve("db").resolve("ascribe").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=65536;LOCK_TIMEOUT=10000" + (writeEachCommit ? ";WRITE_DELAY=0" : ""));
    ds.setUser("ascribe");
    ds.setPassword("");
    migrate(ds, home.toString());
    return new Store(home, ds, null);
  }

  /**
   * Opens a store whose database is the PostgreSQL server at {@code jdbcUrl} (credentials as URL
   * parameters, e.g. {@code jdbc:postgresql://db:5432/ascribe?user=ascribe&password=...}, or from
   * {@code PGUSER}/{@code PGPASSWORD}); the index and models stay under {@code home}.
   *
   * @throws IOException naming the URL (without its password) when the server cannot be reached
   */
  public static Store open(Path home, String jdbcUrl) throws IOException {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      return open(home);
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IOException("unsupported database URL '" + redact(jdbcUrl)
          + "': give jdbc:postgresql://HOST:PORT/DB?user=USER&password=PASSWORD (or none for the embedded H2 store)");
    }
    Files.createDirectories(home);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (System.getenv("PGUSER") != null && !jdbcUrl.contains("user=")) {
      config.setUsername(System.getenv("PGUSER"));
      config.setPassword(System.getenv("PGPASSWORD"));
    }
    config.setMaximumPoolSize(8);
    config.setPoolName("ascribe");
    config.setConnectionTimeout(10_000);
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IOException("cannot connect to " + redact(jdbcUrl) + ": " + rootMessage(e), e);
    }
    try {
      migrate(ds, redact(jdbcUrl));
    } catch (IOException | RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Store(home, ds, ds);
  }

  private static void migrate(DataSource ds, String where) throws IOException {
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .javaMigrations(new V12__LedgerAccusedIndexes(), new V15__ClaimCurrentCopy())
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw openFailure(where, rootMessage(e), e);
    }
  }

  /** Why a store could not be opened, in words that say what to do. */
  static IOException openFailure(String where, String cause, Exception e) {
    if (cause != null && cause.contains("file is locked")) {
      return new IOException(where + ": the database is in use by another Ascribe process (is `ascribe serve` "
          + "running on this home?). Stop it first, use the server's API instead (tokens: POST /api/tokens), or "
          + "share a PostgreSQL database between processes with --db", e);
    }
    return new IOException("cannot open or bring up to date the database of " + where + ": " + cause, e);
  }

  /** The URL with any password replaced, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** JDBI over the database. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The home folder this store lives in. */
  public Path home() {
    return home;
  }

  /** Where the Lucene index lives. */
  public Path indexDir() {
    return home.resolve("index");
  }

  /** True for the embedded H2 database, false for a PostgreSQL server. */
  public boolean embedded() {
    return pool == null;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
      return;
    }
    jdbi.useHandle(h -> {
      try (var statement = h.getConnection().createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot close the database under " + home, e);
      }
    });
  }
}
