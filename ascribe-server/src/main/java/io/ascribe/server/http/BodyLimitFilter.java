package io.ascribe.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;

/**
 * The servlet filter in front of every route that puts each request's body behind its limit
 * ({@link LimitedRequest}), whatever the route and however the body is sent (with a
 * Content-Length or chunked), and that sees to it that no body is read past its limit after the
 * handler either: what the handler left unread is read on within the limit (so the connection can
 * serve the next request), and a body past the limit, or answered 413, or that cannot be read on,
 * gets its answer at once and its connection closed ({@link LingeringClose}). Without that, Jetty
 * would read and discard the rest of the body before answering, for as long as the client kept
 * sending.
 */
final class BodyLimitFilter implements Filter {
  private final RequestLimits limits;

  BodyLimitFilter(RequestLimits limits) {
    this.limits = limits;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    LimitedRequest limited = new LimitedRequest(http, limits.bodyLimit(http.getContentType()));
    chain.doFilter(limited, response);
    if (!http.isAsyncStarted() && !bodyFinished(limited, answer)) {
      LingeringClose.answerAndClose(Request.getBaseRequest(http));
    }
  }

  /** True when the request's body has been read to its end, or now is, within its limit. */
  private static boolean bodyFinished(LimitedRequest request, HttpServletResponse response) {
    if (request.passedLimit() || response.getStatus() == 413) {
      return false;
    }
    HttpChannel channel = Request.getBaseRequest(request).getHttpChannel();
    if (!(channel.getEndPoint().getConnection() instanceof HttpConnection connection)
        || !connection.getParser().inContentState()) {
      return true;
    }
    return !channel.isExpecting100Continue() && request.readToEnd();
  }
}
