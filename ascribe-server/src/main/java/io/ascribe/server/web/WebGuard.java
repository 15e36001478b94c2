package io.ascribe.server.web;

import io.ascribe.access.Role;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.access.TokenStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Optional;

/**
 * The gate in front of every page: finds the session from its cookie (else sends the browser to
 * the login page), sets the Content-Security-Policy, and on every POST checks that the request
 * comes from this site, carries the session's CSRF token (form field {@value #CSRF_FIELD} or
 * header {@value #CSRF_HEADER}; 403 without it) and that the role may change things (analyst or
 * more).
 */
final class WebGuard {
  static final String COOKIE = "ascribe_session";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  /** No inline script or style anywhere; scripts and styles come from this server only. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final String SESSION = "ascribe.web.session";
  private static final String SESSION_ID = "ascribe.web.session-id";
  private final Sessions sessions;
  private final TokenStore tokens;
  private final long maxPostBytes;

  /**
   * @param maxPostBytes the largest POST body of any page (the upload limit plus form overhead)
   */
  WebGuard(Sessions sessions, TokenStore tokens, long maxPostBytes) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.maxPostBytes = maxPostBytes;
  }

  /** True for paths the web UI serves (everything but the REST API, TAXII and static assets). */
  static boolean isPage(String path) {
    return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/taxii2/")
        && !path.equals("/taxii2") && !path.startsWith("/static/") && !path.startsWith("/webjars/");
  }

  /** Runs before every request. */
  void before(Context ctx) {
    if (!isPage(ctx.path())) {
      return;
    }
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Referrer-Policy", "same-origin");
    boolean post = ctx.method() == HandlerType.POST;
    if (post) {
      sameOrigin(ctx);
      if (ctx.req().getContentLengthLong() > maxPostBytes) {
        throw tooLarge();
      }
    }
    if (ctx.path().equals("/login")) {
      return;
    }
    String id = ctx.cookie(COOKIE);
    Optional<WebSession> found = sessions.find(id).filter(s -> live(s, id));
    if (found.isEmpty()) {
      if (!post && ctx.header("HX-Request") == null) {
        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next(ctx), java.nio.charset.StandardCharsets.UTF_8),
            io.javalin.http.HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      ctx.header("HX-Redirect", "/login");
      throw new ApiException(401, "unauthenticated", "sign in first: your session has ended or never began");
    }
    WebSession s = found.get();
    if (post) {
      String given = ctx.header(CSRF_HEADER);
      if (given == null) {
        try {
          given = ctx.formParam(CSRF_FIELD);
        } catch (IllegalStateException e) {
          throw tooLarge();
        }
      }
      if (!Sessions.same(given, s.csrf())) {
        throw new ApiException(403, "csrf", "this form is missing its security token or it is stale; reload the page "
            + "and try again");
      }
      if (!ctx.path().equals("/logout") && !s.principal().may(Role.ANALYST)) {
        throw new ApiException(403, "forbidden", "token '" + s.principal().name() + "' has role "
            + s.principal().role().id() + "; changing things needs analyst");
      }
    }
    ctx.attribute(SESSION, s);
    ctx.attribute(SESSION_ID, id);
  }

  private boolean live(WebSession s, String id) {
    boolean live = tokens.list().stream().anyMatch(t -> t.name().equals(s.principal().name()) && t.revokedAt() == null);
    if (!live) {
      sessions.end(id);
    }
    return live;
  }

  /**
   * Refuses a POST a browser says comes from another site: {@code Sec-Fetch-Site} must be
   * {@code same-origin} when present; otherwise the Origin (or Referer) must name this host.
   * Requests with none of them (non-browser clients) still need the CSRF token.
   */
  private static void sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (!site.equals("same-origin")) {
        throw crossSite();
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      origin = ctx.header("Referer");
    }
    if (origin == null) {
      return;
    }
    String host = ctx.header("Host");
    String authority;
    try {
      authority = URI.create(origin).getRawAuthority();
    } catch (IllegalArgumentException e) {
      throw crossSite();
    }
    if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
      throw crossSite();
    }
  }

  static ApiException tooLarge() {
    return new ApiException(413, "too_large", "the upload is larger than the server accepts");
  }

  private static ApiException crossSite() {
    return new ApiException(403, "cross_site", "a form on another site may not post here");
  }

  /** The page asked for, to come back to after signing in (through {@link NextPath}, like every {@code next}). */
  private static String next(Context ctx) {
    String q = ctx.queryString();
    return NextPath.of(q == null ? ctx.path() : ctx.path() + "?" + q);
  }

  /** The session {@link #before} found (pages other than the login page only). */
  static WebSession session(Context ctx) {
    WebSession s = ctx.attribute(SESSION);
    if (s == null) {
      throw new IllegalStateException("no session on " + ctx.path());
    }
    return s;
  }

  /** The cookie value of the current session. */
  static String sessionId(Context ctx) {
    return ctx.attribute(SESSION_ID);
  }

  /** Whether the request reached the server over https (directly or through a proxy that says so). */
  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  /** The Set-Cookie value for a session id ({@code maxAgeSeconds} 0 deletes the cookie). */
  static String cookie(String id, long maxAgeSeconds, boolean secure) {
    return COOKIE + "=" + id + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
