package io.ascribe.cli;

import io.ascribe.extract.indicator.WarningLists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --warninglists} option of the commands that extract indicators: an explicit folder,
 * else {@code <home>/warninglists/lists} when present, else none.
 */
public final class WarningListsOption {
  @Option(names = "--warninglists", paramLabel = "DIR",
      description = "MISP warning lists folder (default: <home>/warninglists/lists when present).")
  Path folder;

  /** Loads the lists; an explicit folder that does not exist is an error. */
  public WarningLists load(HomeOption home) throws IOException {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException(folder + ": no such folder");
    }
    Path lists = folder != null ? folder : home.path().resolve("warninglists").resolve("lists");
    return Files.isDirectory(lists) ? WarningLists.load(lists) : WarningLists.none();
  }
}
