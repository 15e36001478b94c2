package io.ascribe.server.http;

import io.ascribe.access.Role;
import io.ascribe.server.http.Endpoint.Body;
import io.ascribe.server.http.Endpoint.Response;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every API route, registered with its required role, its body and every status it answers:
 * {@link #install} puts them on the server behind the {@link Authenticator}, and
 * {@link OpenApiDocument} describes the same list, so the documentation cannot drift from the
 * routes. The statuses every route of a kind shares are added here: 401 and 403 from the role,
 * 400, 413 and 415 from the body, 404 from a path parameter.
 */
public final class RouteTable {
  /** The JSON media type. */
  public static final String JSON = "application/json";
  /** The error body every failure answers with ({@link ErrorHandlers#write}). */
  static final Shape ERROR = Shape.written("Error", """
      {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["code", "message"],
        "properties": {
          "code": {"type": "string", "description": "stable and machine-readable, such as not_found"},
          "message": {"type": "string"},
          "field": {"type": ["string", "null"], "description": "the request field at fault, when there is one"}}}}}
      """);
  private static final Pattern PATH_PARAM = Pattern.compile("\\{[^}]+}");
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
   * that takes a body then refuses a content type it does not take with 415.
   */
  public void install(Javalin app, Authenticator auth) {
    for (Endpoint e : endpoints) {
      Handler handler = e.handler();
      app.addHttpHandler(e.method(), e.path(), ctx -> {
        if (e.role() != null) {
          auth.require(ctx, e.role());
        }
        if (e.body() != null) {
          BodyContentType.require(ctx, e.body());
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
    private final Map<Integer, Response> responses = new TreeMap<>();
    private Body body;

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

    /** A JSON body read as {@code type}; {@code required} names the fields a request must give. */
    public Builder body(Type type, String... required) {
      return body(Shape.of(type), required);
    }

    /** A JSON body of the given shape; {@code required} names the fields a request must give. */
    public Builder body(Shape shape, String... required) {
      this.body = new Body(List.of(JSON), shape, Arrays.asList(required), false);
      return this;
    }

    /** A JSON body read as {@code type} that may also be left out. */
    public Builder optionalBody(Type type) {
      this.body = new Body(List.of(JSON), Shape.of(type), List.of(), true);
      return this;
    }

    /** A form body (multipart or URL-encoded) whose fields {@code shape} describes. */
    public Builder form(Shape shape) {
      this.body = new Body(List.of("multipart/form-data", "application/x-www-form-urlencoded"), shape, List.of(), false);
      return this;
    }

    /** 200 with a JSON body written from {@code type}. */
    public Builder ok(Type type) {
      return responds(200, "OK", Shape.of(type));
    }

    /** 200 with a JSON body of a hand-written shape. */
    public Builder ok(Shape shape) {
      return responds(200, "OK", shape);
    }

    /** 201 with the created resource, written from {@code type}. */
    public Builder created(Type type) {
      return responds(201, "Created", Shape.of(type));
    }

    /** 202 with where to follow the work that was started, written from {@code type}. */
    public Builder accepted(Type type) {
      return responds(202, "Accepted: the work goes on in the background", Shape.of(type));
    }

    /** 204 without a body. */
    public Builder noContent(String description) {
      return responds(204, description, null);
    }

    /** An error status this route answers for a reason of its own, with the JSON error body. */
    public Builder error(int status, String description) {
      return responds(status, description, ERROR);
    }

    /** A status this route answers; {@code shape} is null when the response has no body. */
    public Builder responds(int status, String description, Shape shape) {
      if (responses.containsKey(status)) {
        throw new IllegalStateException(method + " " + path + " documents status " + status + " twice");
      }
      responses.put(status, new Response(status, description, shape));
      return this;
    }

    /** Registers the route. */
    public void handle(Handler handler) {
      if (responses.keySet().stream().noneMatch(s -> s >= 200 && s < 300)) {
        throw new IllegalStateException(method + " " + path + " documents no success status");
      }
      Map<Integer, Response> all = new TreeMap<>(responses);
      if (role != null) {
        all.putIfAbsent(401, new Response(401, "No valid token", ERROR));
        if (Arrays.stream(Role.values()).anyMatch(r -> !r.includes(role))) {
          all.putIfAbsent(403, new Response(403, "The token's role is not enough (needs " + role.id() + ")", ERROR));
        }
      }
      if (body != null) {
        all.putIfAbsent(400, new Response(400, body.isJson()
            ? "Malformed JSON, an unknown field or a bad value: the message and 'field' name what is wrong"
            : "A bad or missing field: the message and 'field' name it", ERROR));
        all.putIfAbsent(413, new Response(413, "The body is larger than the server accepts", ERROR));
        all.putIfAbsent(415, new Response(415, "The body is not sent as " + String.join(" or ", body.mediaTypes()),
            ERROR));
      }
      if (PATH_PARAM.matcher(path).find()) {
        all.putIfAbsent(404, new Response(404, "Not found, or not visible at the caller's TLP clearance", ERROR));
      }
      endpoints.add(new Endpoint(method, path, role, tag, summary, query, body, List.copyOf(all.values()), handler));
    }
  }
}
