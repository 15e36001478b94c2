package io.ascribe.server.http;

import java.io.IOException;

/**
 * A request body that grew past the server's limit while it was being read (a chunked body has no
 * Content-Length to check up front). It is an {@link IOException} so that it leaves every reader
 * (Jackson, the multipart parser, Javalin's body) unwrapped; {@link ErrorHandlers} answers 413.
 */
public final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long limit;

  BodyTooLargeException(long limit) {
    super("the request body is larger than the server accepts (at most " + limit + " bytes)");
    this.limit = limit;
  }

  /** The limit that was passed, in bytes. */
  public long limit() {
    return limit;
  }
}
