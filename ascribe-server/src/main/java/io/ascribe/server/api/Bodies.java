package io.ascribe.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.model.Tlp;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.JsonBodyReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/**
 * Reading request bodies, the one place every JSON body of the API is read: streamed under the
 * server's limits ({@link JsonBodyReader}), required to be a JSON object (an empty body, {@code
 * null} or any other value answers 400 saying so), then mapped to the expected record (mapping
 * errors name the field).
 */
final class Bodies {
  private Bodies() {}

  /** The body as a {@code type}; 400 when there is none or it is not an object. */
  static <T> T read(Context ctx, Class<T> type) throws IOException {
    T body = optional(ctx, type);
    if (body == null) {
      throw ApiException.badRequest(null, "a JSON body is required");
    }
    return body;
  }

  /** The body as a {@code type}, or null when the body is empty; 400 when it is not an object. */
  static <T> T optional(Context ctx, Class<T> type) throws IOException {
    JsonNode tree = tree(ctx);
    if (tree == null) {
      return null;
    }
    return reader(ctx).mapper().treeToValue(tree, type);
  }

  /** The body as a JSON object tree, or null when the body is empty; 400 when it is another value. */
  static JsonNode tree(Context ctx) throws IOException {
    JsonNode tree = reader(ctx).read(ctx.bodyInputStream());
    if (tree != null && !tree.isObject()) {
      throw ApiException.badRequest(null, "the body must be a JSON object, got " + (tree.isNull() ? "null"
          : tree.isArray() ? "an array" : "a " + tree.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return tree;
  }

  private static JsonBodyReader reader(Context ctx) {
    return ctx.appData(JsonBodyReader.KEY);
  }

  static Tlp tlp(String field, String value) {
    try {
      return Tlp.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }
}
