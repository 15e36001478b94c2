package io.ascribe.fetch;

import java.io.IOException;

/** A URL that could not be fetched: refused by policy, unreachable, timed out or not HTTP 200. */
public final class FetchException extends IOException {
  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
