package io.ascribe.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option of every command that can print for scripts instead of people. */
public final class JsonOption {
  @Option(names = "--json", description = "Print as JSON (snake_case fields) instead of text.")
  boolean json;

  /** True when {@code --json} was given. */
  public boolean requested() {
    return json;
  }
}
