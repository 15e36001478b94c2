package io.ascribe.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/**
 * Answers with JSON written by the server's Jackson mapper straight to UTF-8 bytes. Javalin's
 * {@code ctx.json} builds the whole answer as a {@code String} first and then encodes it, which for
 * a ledger page of ~100 claims (text in any script, so a UTF-16 string) was about half of the
 * request's CPU; the bytes are the same. Every JSON answer of the server goes through it, so no
 * endpoint pays for the detour.
 */
public final class JsonBytes {
  private JsonBytes() {}

  /** Sets {@code value}, as JSON, as the answer of {@code ctx}. */
  public static void answer(Context ctx, Object value) {
    if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
      ctx.json(value);
      return;
    }
    try {
      ctx.contentType(ContentType.APPLICATION_JSON).result(jackson.getMapper().writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
