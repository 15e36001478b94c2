package io.ascribe.cli;

import picocli.CommandLine.Option;

/** The {@code --top} option of the commands that attribute: how many hypotheses to list. */
public final class TopOption {
  @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Hypotheses to list (default: ${DEFAULT-VALUE}).")
  int top;

  /** Fails on a {@code --top} below 1; commands call it before any slow work. */
  public void check() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, got " + top);
    }
  }

  /** The number of hypotheses to list (checked). */
  public int count() {
    check();
    return top;
  }
}
