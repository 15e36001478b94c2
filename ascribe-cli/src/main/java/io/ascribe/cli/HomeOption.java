package io.ascribe.cli;

import io.ascribe.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --home} option every command that touches data shares: {@code --home DIR}, else
 * {@code $ASCRIBE_HOME}, else {@code ~/.ascribe}.
 */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Ascribe data folder (default: $ASCRIBE_HOME, else ~/.ascribe)")
  Path home;

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

  /** Opens the store under the home folder. */
  public Store open() throws IOException {
    return Store.open(path());
  }
}
