package io.ascribe.cli;

import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The network options shared by every command that fetches URLs, and the fetcher they configure. */
public final class NetworkOptions {
  @Option(names = {"--allow-private-network", "--allow-private"}, description = "Allow URLs on loopback or private addresses (local mirrors).")
  boolean allowPrivate;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "HTTP timeout (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  /** A fetcher honouring these options. */
  public HttpFetcher fetcher() {
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout must be at least 1 second, got " + timeoutSeconds);
    }
    return new HttpFetcher(allowPrivate ? NetworkPolicy.ALLOW_PRIVATE : NetworkPolicy.PUBLIC_ONLY,
        Duration.ofSeconds(timeoutSeconds));
  }
}
