package io.ascribe.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The Ascribe store under one home folder: an H2 file database ({@code db/}) migrated by Flyway,
 * and the Lucene index beside it ({@code index/}).
 *
 * <p>Open it once per process and close it at the end; it is safe to share between threads.
 */
public final class Store implements AutoCloseable {
  private final Path home;
  private final Jdbi jdbi;

  private Store(Path home, DataSource dataSource) {
    this.home = home;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens (creating when needed) the embedded store under {@code home}, bringing its schema up to
   * date.
   */
  public static Store open(Path home) throws IOException {
    Files.createDirectories(home.resolve("db"));
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + home.resolve("db").resolve("ascribe").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=65536;LOCK_TIMEOUT=10000");
    ds.setUser("ascribe");
    ds.setPassword("");
    migrate(ds);
    return new Store(home, ds);
  }

  private static void migrate(DataSource ds) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .loggers("slf4j")
        .load()
        .migrate();
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

  @Override
  public void close() {
    jdbi.useHandle(h -> {
      try (var statement = h.getConnection().createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot close the database under " + home, e);
      }
    });
  }
}
