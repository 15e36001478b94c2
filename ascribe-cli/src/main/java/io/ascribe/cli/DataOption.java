package io.ascribe.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of the benchmarks that read the shared data folder (ATT&CK, MISP
 * galaxies, TRAM2, ...; its README.md lists what is there).
 */
public final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data folder: attack/, misp-galaxy/, tram2/, ... (default: ${DEFAULT-VALUE}).")
  Path folder;

  /** The shared data folder. */
  public Path path() {
    return folder;
  }
}
