package io.ascribe.spark;

import io.ascribe.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --home} and {@code --db} options, as the main command line reads them: {@code --home
 * DIR}, else {@code $ASCRIBE_HOME}, else {@code ~/.ascribe}; {@code --db}, else {@code $ASCRIBE_DB},
 * else the embedded database in the home.
 */
public final class SparkHome {
  @Option(names = "--home", paramLabel = "DIR", description = "Ascribe data folder (default: $ASCRIBE_HOME, else ~/.ascribe)")
  Path home;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "PostgreSQL database instead of the embedded one (default: $ASCRIBE_DB)")
  String db;

  /** The resolved home folder. */
  public Path path() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("ASCRIBE_HOME");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".ascribe");
  }

  /** Opens the store. */
  public Store open() throws IOException {
    return Store.open(path(), db != null ? db : System.getenv("ASCRIBE_DB"));
  }
}
