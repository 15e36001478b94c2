package io.ascribe.cli;

import io.ascribe.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --home} option every command that touches data shares: {@code --home DIR}, else
 * {@code $ASCRIBE_HOME}, else {@code ~/.ascribe}; and {@code --db}: a PostgreSQL server instead of
 * the embedded database (else {@code $ASCRIBE_DB}). The index and models always live in the home.
 */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Ascribe data folder (default: $ASCRIBE_HOME, else ~/.ascribe)")
  Path home;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "PostgreSQL database for teams, e.g. jdbc:postgresql://HOST/ascribe?user=U&password=P "
          + "(default: $ASCRIBE_DB, else the embedded database in the home)")
  String db;

  /** The resolved home folder. */
  public Path path() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("ASCRIBE_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".ascribe");
  }

  /** Opens the store: the embedded database under the home folder, or the {@code --db} server. */
  public Store open() throws IOException {
    return Store.open(path(), url());
  }

  /** Opens the store for one large import ({@link Store#openForBulk}); a server database as usual. */
  public Store openForBulk() throws IOException {
    String url = url();
    return url == null || url.isBlank() ? Store.openForBulk(path()) : Store.open(path(), url);
  }

  /** The {@code --db} URL (else {@code $ASCRIBE_DB}), or null for the embedded database. */
  public String dbUrl() {
    String url = url();
    return url == null || url.isBlank() ? null : url;
  }

  private String url() {
    return db != null ? db : System.getenv("ASCRIBE_DB");
  }
}
