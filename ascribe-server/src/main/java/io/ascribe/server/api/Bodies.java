package io.ascribe.server.api;

import io.ascribe.model.Tlp;
import io.ascribe.server.http.ApiException;
import io.javalin.http.Context;

/** Reading request bodies: present, JSON, of the expected shape (mapping errors name the field). */
final class Bodies {
  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    if (ctx.body().isBlank()) {
      throw ApiException.badRequest(null, "a JSON body is required");
    }
    return ctx.bodyAsClass(type);
  }

  static Tlp tlp(String field, String value) {
    try {
      return Tlp.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }
}
