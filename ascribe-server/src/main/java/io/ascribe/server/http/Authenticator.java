package io.ascribe.server.http;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.store.access.TokenStore;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds who a request acts as, from {@code Authorization: Bearer <token>}, and refuses it when it
 * may not call the route: 401 without a valid token, 403 when the role is not enough.
 */
public final class Authenticator {
  private static final String PRINCIPAL = "ascribe.principal";
  private final TokenStore tokens;

  public Authenticator(TokenStore tokens) {
    this.tokens = tokens;
  }

  /** The request's principal, checked against {@code needed}. */
  public Principal require(Context ctx, Role needed) {
    Principal p = principal(ctx).orElseThrow(() -> {
      ctx.header("WWW-Authenticate", "Bearer realm=\"ascribe\"");
      return new ApiException(401, "unauthenticated",
          "a valid API token is required: send 'Authorization: Bearer <token>' (create one with `ascribe token create`)");
    });
    if (!p.may(needed)) {
      throw new ApiException(403, "forbidden", "token '" + p.name() + "' has role " + p.role().id()
          + "; this needs " + needed.id());
    }
    return p;
  }

  /** The request's principal, when it carries a valid token. */
  public Optional<Principal> principal(Context ctx) {
    Principal cached = ctx.attribute(PRINCIPAL);
    if (cached != null) {
      return Optional.of(cached);
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    Optional<Principal> p = tokens.authenticate(header.substring(7).strip());
    p.ifPresent(principal -> ctx.attribute(PRINCIPAL, principal));
    return p;
  }

  /** The principal {@link #require} found for this request (call only from routes that need one). */
  public static Principal of(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw new IllegalStateException("no principal on a route that requires none");
    }
    return p;
  }
}
