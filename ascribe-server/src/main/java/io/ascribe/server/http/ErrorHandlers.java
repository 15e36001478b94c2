package io.ascribe.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ascribe.store.incident.NoSuchIncidentException;
import io.ascribe.store.incident.StaleIncidentException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Turns every failure into {@code {"error": {"code", "message", "field"}}} with a fitting status.
 * A body past the size limit, even one found out only while reading it, answers 413. Unexpected
 * failures answer 500 with a reference, never a stack trace.
 */
public final class ErrorHandlers {
  private ErrorHandlers() {}

  /**
   * Where errors of requests that are not API calls go (the web UI's pages answer in HTML).
   */
  public interface Pages {
    /** True when this request's errors should be rendered by {@link #write}. */
    boolean handles(Context ctx);

    /** Writes the error response. */
    void write(Context ctx, int status, String code, String message);
  }

  /** Registers the handlers on {@code app}; every error is JSON. */
  public static void install(Javalin app) {
    install(app, null);
  }

  /** Registers the handlers on {@code app}; errors of requests {@code pages} handles go to it. */
  public static void install(Javalin app, Pages pages) {
    app.exception(ApiException.class, (e, ctx) -> respond(pages, ctx, e.status(), e.code(), e.getMessage(), e.field()));
    app.exception(NoSuchIncidentException.class, (e, ctx) -> respond(pages, ctx, 404, "not_found", e.getMessage(), null));
    app.exception(StaleIncidentException.class, (e, ctx) -> respond(pages, ctx, 409, "conflict", e.getMessage(), null));
    app.exception(JsonMappingException.class, (e, ctx) -> respond(pages, ctx, 400, "malformed_json", describe(e), path(e)));
    app.exception(JsonProcessingException.class, (e, ctx) -> respond(pages, ctx, 400, "malformed_json",
        "the body is not valid JSON: " + e.getOriginalMessage(), null));
    app.exception(BodyTooLargeException.class, (e, ctx) -> {
      ctx.header("Connection", "close"); // else Jetty would read the rest of the body to keep the connection
      respond(pages, ctx, 413, "too_large", e.getMessage(), null);
    });
    app.exception(BadMessageException.class, (e, ctx) -> respond(pages, ctx, e.getCode(), code(e.getCode()),
        "the request is malformed: " + e.getReason(), null));
    app.exception(IllegalArgumentException.class, (e, ctx) -> respond(pages, ctx, 400, "bad_request", e.getMessage(), null));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(pages, ctx, e.getStatus(), code(e.getStatus()),
        e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      String ref = Long.toHexString(System.nanoTime());
      System.err.println("ascribe server: internal error " + ref + " on " + ctx.method() + " " + ctx.path() + ": " + e);
      respond(pages, ctx, 500, "internal_error", "internal error (reference " + ref + ")", null);
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(pages, ctx, 404, "not_found", "no such resource: " + ctx.method() + " " + ctx.path(), null);
      }
    });
    app.error(405, ctx -> respond(pages, ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path(),
        null));
    app.error(413, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(pages, ctx, 413, "too_large", "the request body is larger than the server accepts", null);
      }
    });
  }

  private static void respond(Pages pages, Context ctx, int status, String code, String message, String field) {
    if (pages != null && pages.handles(ctx)) {
      pages.write(ctx, status, code, message);
    } else {
      write(ctx, status, code, message, field);
    }
  }

  /** What is wrong with the body, in the API's terms (no Java class names). */
  private static String describe(JsonMappingException e) {
    String field = path(e);
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      return "unknown field '" + field + "'";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && field != null) {
      return "field '" + field + "' has the wrong type (expected "
          + (m.getTargetType() == null ? "another type" : m.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT))
          + ")";
    }
    return field == null ? "the JSON body does not have the expected shape" : "field '" + field + "' is not valid";
  }

  private static String path(JsonMappingException e) {
    String p = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
    return p.isEmpty() ? null : p.replace(".[", "[");
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      case 431 -> "headers_too_large";
      default -> "http_" + status;
    };
  }

  /** Writes an error body. */
  public static void write(Context ctx, int status, String code, String message, String field) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("field", field);
    JsonBytes.answer(ctx.status(status), Map.of("error", error));
  }
}
