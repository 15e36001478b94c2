package io.ascribe.server.http;

import io.ascribe.access.Role;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every API route, registered with its required role and description: {@link #install} puts them
 * on the server behind the {@link Authenticator}, and {@link OpenApiDocument} describes the same
 * list, so the documentation cannot drift from the routes.
 */
public final class RouteTable {
  private final List<Endpoint> endpoints = new ArrayList<>();

  /** Starts a route description; finish it with {@link Builder#handle}. */
  public Builder get(String path, Role role, String tag, String summary) {
    return new Builder(HandlerType.GET, path, role, tag, summary);
  }

  /** Starts a route description; finish it with {@link Builder#handle}. */
  public Builder post(String path, Role role, String tag, String summary) {
    return new Builder(HandlerType.POST, path, role, tag, summary);
  }

  /** Starts a route description; finish it with {@link Builder#handle}. */
  public Builder delete(String path, Role role, String tag, String summary) {
    return new Builder(HandlerType.DELETE, path, role, tag, summary);
  }

  /** The routes, in registration order. */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /**
   * Adds every route to {@code app}, each checking its role through {@code auth} first; a route
   * that takes a JSON body then refuses any other content type with 415.
   */
  public void install(Javalin app, Authenticator auth) {
    for (Endpoint e : endpoints) {
      Handler handler = e.handler();
      app.addHttpHandler(e.method(), e.path(), ctx -> {
        if (e.role() != null) {
          auth.require(ctx, e.role());
        }
        if (e.body() != null) {
          JsonContentType.require(ctx);
        }
        handler.handle(ctx);
      });
    }
  }

  /** A route being described. */
  public final class Builder {
    private final HandlerType method;
    private final String path;
    private final Role role;
    private final String tag;
    private final String summary;
    private final List<String> query = new ArrayList<>();
    private String body;

    private Builder(HandlerType method, String path, Role role, String tag, String summary) {
      this.method = method;
      this.path = path;
      this.role = role;
      this.tag = tag;
      this.summary = summary;
    }

    /** Documents a query parameter. */
    public Builder query(String name, String description) {
      query.add(name + ": " + description);
      return this;
    }

    /** Documents the JSON body. */
    public Builder body(String description) {
      this.body = description;
      return this;
    }

    /** Registers the route. */
    public void handle(Handler handler) {
      endpoints.add(new Endpoint(method, path, role, tag, summary, List.copyOf(query), body, handler));
    }
  }
}
