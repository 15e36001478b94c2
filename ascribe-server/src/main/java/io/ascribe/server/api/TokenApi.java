package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.access.TokenStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** Token management (admin only): the secret of a new token is in the response and nowhere else. */
public final class TokenApi {
  private final Services services;

  public TokenApi(Services services) {
    this.services = services;
  }

  /** Body of {@code POST /api/tokens}. */
  record NewToken(String name, String role, String tlp) {}

  /** The answer of {@code GET /api/tokens}. */
  record TokenList(List<TokenStore.TokenInfo> tokens) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/tokens", Role.ADMIN, "tokens", "Every token, without secrets")
        .ok(TokenList.class)
        .handle(ctx -> JsonBytes.answer(ctx, new TokenList(services.tokens().list())));
    routes.post("/api/tokens", Role.ADMIN, "tokens", "Create a token; its secret is shown only in this response")
        .body(NewToken.class, "name", "role").created(TokenStore.NewToken.class)
        .error(409, "A live token has this name already")
        .handle(this::create);
    routes.delete("/api/tokens/{name}", Role.ADMIN, "tokens", "Revoke a token")
        .noContent("Revoked").error(404, "No live token has this name")
        .handle(ctx -> {
          if (!services.tokens().revoke(ctx.pathParam("name"), Authenticator.of(ctx).name())) {
            throw ApiException.notFound("no live token named '" + ctx.pathParam("name") + "'");
          }
          ctx.status(204);
        });
  }

  private void create(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    NewToken body = Bodies.read(ctx, NewToken.class);
    Role role;
    try {
      role = Role.parse(body.role());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("role", e.getMessage());
    }
    Tlp tlp = body.tlp() == null ? Tlp.GREEN : Bodies.tlp("tlp", body.tlp());
    String name = body.name() == null ? "" : body.name().strip();
    if (services.tokens().list().stream().anyMatch(t -> t.name().equals(name) && t.revokedAt() == null)) {
      throw new ApiException(409, "conflict", "a live token named '" + name + "' exists already", "name");
    }
    TokenStore.NewToken t;
    try {
      t = services.tokens().create(body.name(), role, tlp, p.name());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("name", e.getMessage());
    }
    JsonBytes.answer(ctx.status(201), t);
  }
}
