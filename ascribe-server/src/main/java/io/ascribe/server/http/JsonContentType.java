package io.ascribe.server.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The check every route that takes a JSON body makes before its handler runs: a request that
 * sends a body must label it {@code application/json} (a {@code charset=utf-8} parameter is
 * allowed; JSON is UTF-8), else 415 naming the expected type. A request with no body and no
 * Content-Type passes, so routes whose body is optional keep working.
 */
final class JsonContentType {
  static final String EXPECTED = "application/json";

  private JsonContentType() {}

  static void require(Context ctx) {
    String given = ctx.header("Content-Type");
    boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    if (given == null ? hasBody : !isJson(given)) {
      throw new ApiException(415, "unsupported_media_type", "this route takes a JSON body sent as Content-Type: "
          + EXPECTED + (given == null ? ", and the request has none" : ", not '" + given + "'"), null);
    }
  }

  /** True for {@code application/json}, alone or with a UTF-8 charset parameter. */
  static boolean isJson(String contentType) {
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase(EXPECTED)) {
      return false;
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
