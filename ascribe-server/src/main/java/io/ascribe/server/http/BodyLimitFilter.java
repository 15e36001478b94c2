package io.ascribe.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The servlet filter in front of every route that puts each request's body behind its limit
 * ({@link LimitedRequest}), whatever the route and however the body is sent (with a
 * Content-Length or chunked).
 */
final class BodyLimitFilter implements Filter {
  private final RequestLimits limits;

  BodyLimitFilter(RequestLimits limits) {
    this.limits = limits;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http) {
      chain.doFilter(new LimitedRequest(http, limits.bodyLimit(http.getContentType())), response);
    } else {
      chain.doFilter(request, response);
    }
  }
}
