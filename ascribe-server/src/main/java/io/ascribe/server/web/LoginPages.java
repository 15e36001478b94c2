package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.store.access.TokenStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * Signing in with an API token (pasted once; the browser then holds only a session cookie) and
 * signing out. A new session id is issued on every sign-in, so an id planted before it is useless.
 */
final class LoginPages {
  private final Sessions sessions;
  private final TokenStore tokens;
  private final Layout layout;

  LoginPages(Sessions sessions, TokenStore tokens, Layout layout) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/login", ctx -> ctx.html(form(ctx.queryParam("next"), null)));
    app.post("/login", this::login);
    app.post("/logout", this::logout);
  }

  private String form(String next, String error) {
    Html h = new Html();
    h.open("section", "class", "login");
    h.el("h1", "Sign in");
    h.el("p", "Paste an API token (from `ascribe token create`). The browser keeps only a session cookie; the "
        + "token's role and TLP clearance limit what you see.", "class", "muted");
    if (error != null) {
      h.el("p", error, "class", "error", "role", "alert");
    }
    h.open("form", "method", "post", "action", "/login");
    h.empty("input", "type", "hidden", "name", "next", "value", NextPath.of(next));
    h.el("label", "Token", "for", "token");
    h.empty("input", "type", "password", "id", "token", "name", "token", "autocomplete", "off", "required", "required",
        "autofocus", "autofocus", "placeholder", "asc_…");
    h.el("button", "Sign in", "type", "submit", "class", "primary");
    h.close("form").close("section");
    return layout.page(null, "Sign in", "", h);
  }

  private void login(Context ctx) {
    String token = ctx.formParam("token");
    Optional<Principal> p = token == null ? Optional.empty() : tokens.authenticate(token.strip());
    if (p.isEmpty()) {
      ctx.status(401).html(form(ctx.formParam("next"), "That token is not valid (or has been revoked)."));
      return;
    }
    String old = ctx.cookie(WebGuard.COOKIE);
    sessions.end(old);
    String id = sessions.create(p.get());
    ctx.header("Set-Cookie", WebGuard.cookie(id, Sessions.MAX_AGE.toSeconds(), WebGuard.secure(ctx)));
    ctx.redirect(NextPath.of(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    sessions.end(WebGuard.sessionId(ctx));
    ctx.header("Set-Cookie", WebGuard.cookie("", 0, WebGuard.secure(ctx)));
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }
}
