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
 * answers 413 wherever its parts are first read.
 */
final class LimitedRequest extends HttpServletRequestWrapper {
  private final long limit;
  private ServletInputStream stream;

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
      throw new BodyTooLargeException(limit);
    }
    return e;
  }
}
