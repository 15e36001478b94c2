package io.ascribe.server.http;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.store.access.TokenStore;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds who a request acts as, from {@code Authorization: Bearer <token>} or, for clients that
 * only speak HTTP Basic (as many TAXII clients do), {@code Authorization: Basic
 * base64(<any user name>:<token>)}, and refuses it when it may not call the route: 401 without a
 * valid token, 403 when the role is not enough.
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
    Optional<String> token = token(ctx.header("Authorization"));
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Optional<Principal> p = tokens.authenticate(token.get());
    p.ifPresent(principal -> ctx.attribute(PRINCIPAL, principal));
    return p;
  }

  /**
   * The token an {@code Authorization} header carries: a Bearer token, or the password of Basic
   * credentials (the user name is ignored). Empty for anything else.
   */
  static Optional<String> token(String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(header.substring(7).strip());
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).strip()),
            java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(colon + 1));
    }
    return Optional.empty();
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
