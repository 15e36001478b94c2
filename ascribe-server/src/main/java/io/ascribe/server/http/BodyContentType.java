package io.ascribe.server.http;

import io.ascribe.server.http.Endpoint.Body;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The check every route that takes a body makes before its handler runs: a request that sends a
 * body must label it with one of the route's media types (for JSON, a {@code charset=utf-8}
 * parameter is allowed; JSON is UTF-8), else 415 naming the expected types. A request with no body
 * and no Content-Type passes, so routes whose body is optional keep working.
 */
final class BodyContentType {
  private BodyContentType() {}

  static void require(Context ctx, Body body) {
    String given = ctx.header("Content-Type");
    boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    if (given == null ? hasBody : !accepts(body, given)) {
      throw new ApiException(415, "unsupported_media_type", "this route takes a body sent as Content-Type: "
          + String.join(" or ", body.mediaTypes())
          + (given == null ? ", and the request has none" : ", not '" + given + "'"), null);
    }
  }

  /** True when {@code contentType}'s media type is one the body takes (and JSON is UTF-8). */
  static boolean accepts(Body body, String contentType) {
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!body.mediaTypes().contains(type)) {
      return false;
    }
    if (!type.equals(RouteTable.JSON)) {
      return true;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param[0].strip().equalsIgnoreCase("charset")
          && (param.length < 2 || !param[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("utf-8"))) {
        return false;
      }
    }
    return true;
  }
}
