package io.ascribe.server.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;

/**
 * A request whose body cannot be read past a limit: its stream is a {@link LimitedInputStream},
 * and the multipart parser's own size failures (which Jetty reports as {@link
 * IllegalStateException}) become {@link BodyTooLargeException} too, so an oversized upload
 * answers 413 wherever its parts are first read. After the handler, {@link #readToEnd} reads on
 * what it left of the body, within the same limit.
 */
final class LimitedRequest extends HttpServletRequestWrapper {
  private final long limit;
  private LimitedInputStream stream;
  private boolean partsTooLarge;

  LimitedRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new LimitedInputStream(super.getInputStream(), limit);
    }
    return stream;
  }

  /** True once the body was found to be larger than the limit, by a read or by the multipart parser. */
  boolean passedLimit() {
    return partsTooLarge || stream != null && stream.passedLimit();
  }

  /**
   * Reads and drops the rest of the body, within the limit; true when its end was reached, false
   * when the limit was passed or the body cannot be read (a reader holds it, or the read failed).
   */
  boolean readToEnd() {
    try {
      ServletInputStream in = getInputStream();
      byte[] buffer = new byte[8192];
      while (in.read(buffer) >= 0) {
        // dropped
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  @Override
  public Collection<Part> getParts() throws IOException, ServletException {
    try {
      return super.getParts();
    } catch (IllegalStateException e) {
      throw tooLarge(e);
    }
  }

  @Override
  public Part getPart(String name) throws IOException, ServletException {
    try {
      return super.getPart(name);
    } catch (IllegalStateException e) {
      throw tooLarge(e);
    }
  }

  private RuntimeException tooLarge(IllegalStateException e) throws BodyTooLargeException {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (message.contains("exceeds max")) {
      partsTooLarge = true;
      throw new BodyTooLargeException(limit);
    }
    return e;
  }
}
