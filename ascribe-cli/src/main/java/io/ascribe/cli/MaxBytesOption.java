package io.ascribe.cli;

import picocli.CommandLine.Option;

/** The {@code --max-bytes} option of the commands that read documents: the largest one read. */
public final class MaxBytesOption {
  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "52428800",
      description = "Largest document (file, URL body, decompressed record) read (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  /** The largest document read, in bytes. */
  public long bytes() {
    return maxBytes;
  }
}
