package io.ascribe.server.web;

import io.ascribe.server.http.ErrorHandlers;
import io.javalin.http.Context;

/**
 * Errors of page requests, in HTML: a full page for a browser navigation, a short fragment for an
 * htmx request (shown by the app script). The message is escaped like everything else.
 */
final class WebErrors implements ErrorHandlers.Pages {
  private final Layout layout;

  WebErrors(Layout layout) {
    this.layout = layout;
  }

  @Override
  public boolean handles(Context ctx) {
    return WebGuard.isPage(ctx.path());
  }

  @Override
  public void write(Context ctx, int status, String code, String message) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", WebGuard.CSP);
    if (ctx.header("HX-Request") != null) {
      ctx.html(new Html().el("span", message, "class", "error").toString());
      return;
    }
    WebSession s = ctx.attribute("ascribe.web.session");
    Html h = new Html().open("section", "class", "card error-page");
    h.el("h1", title(status));
    h.el("p", message, "class", "error", "role", "alert");
    h.open("p").link("/", "Incidents").text(" · ").link("/search", "Search").close("p");
    h.close("section");
    ctx.html(layout.page(s, title(status), "", h));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That did not work";
      case 401 -> "Please sign in";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 409 -> "Changed meanwhile";
      case 413 -> "Too large";
      default -> "Something went wrong";
    };
  }
}
