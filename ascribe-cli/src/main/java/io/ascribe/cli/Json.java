package io.ascribe.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** JSON output for {@code --json}: pretty-printed, snake_case field names. */
public final class Json {
  private static final ObjectMapper MAPPER = mapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Prints {@code value} as JSON followed by a newline. */
  public static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise output", e);
    }
  }

  /** {@code value} as compact one-line JSON (for JSON Lines). */
  public static String line(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise output", e);
    }
  }

  private static final ObjectMapper COMPACT = mapper();

  /** snake_case names; times as ISO-8601 strings. */
  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  /** {@code value} as a mutable JSON object, to add fields to before printing. */
  public static com.fasterxml.jackson.databind.node.ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A fresh mutable JSON object, for ad-hoc output. */
  public static com.fasterxml.jackson.databind.node.ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
