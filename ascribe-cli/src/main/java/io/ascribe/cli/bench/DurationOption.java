package io.ascribe.cli.bench;

import picocli.CommandLine.Option;

/**
 * The {@code --seconds} option of the benchmarks that measure for a while. Each benchmark gives
 * its own default when it creates the option; help shows it.
 */
public final class DurationOption {
  @Option(names = "--seconds", paramLabel = "N",
      description = "Seconds measured, per endpoint or workload where there are several (default: ${DEFAULT-VALUE}).")
  int seconds;

  /** Picocli's constructor; a benchmark creates the option with {@link #DurationOption(int)}. */
  public DurationOption() {
    this(20);
  }

  /** The option with {@code seconds} as its default. */
  public DurationOption(int seconds) {
    this.seconds = seconds;
  }

  /** Fails on {@code --seconds} below 1; benchmarks call it before any slow work. */
  public void check() {
    if (seconds < 1) {
      throw new IllegalArgumentException("--seconds must be at least 1, got " + seconds);
    }
  }

  /** The seconds to measure (checked). */
  public int seconds() {
    check();
    return seconds;
  }
}
