package io.ascribe.cli.bench;

import picocli.CommandLine.Option;

/**
 * The options of the benchmarks that drive a server at a fixed request rate: {@code --rate} and
 * {@code --warmup}, with {@link DurationOption} for the measured seconds.
 */
public final class LoadOptions {
  @Option(names = "--rate", paramLabel = "N", defaultValue = "300", description = "Requests per second (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
      description = "Warm-up seconds per endpoint (default: ${DEFAULT-VALUE}).")
  int warmup;

  /** Fails on a {@code --rate} below 1 or a negative {@code --warmup}; benchmarks call it before any slow work. */
  public void check() {
    if (rate < 1) {
      throw new IllegalArgumentException("--rate must be at least 1, got " + rate);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must not be negative, got " + warmup);
    }
  }

  /** Requests per second (checked). */
  public int rate() {
    check();
    return rate;
  }

  /** Warm-up seconds (checked). */
  public int warmup() {
    check();
    return warmup;
  }
}
