package io.ascribe.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API's JSON conventions: snake_case names, ISO-8601 times, unknown request fields refused,
 * and limits on what a request may make the parser do: nesting at most {@value #MAX_DEPTH} deep,
 * and (with {@link #api(long)}) no string or document longer than the request limit.
 */
public final class JsonMappers {
  /** The deepest nesting of arrays and objects a request may send (evidence and STIX bundles need far less). */
  public static final int MAX_DEPTH = 100;

  private JsonMappers() {}

  /** A mapper with the API's conventions and nesting limit (Jackson's default string and document limits). */
  public static ObjectMapper api() {
    return build(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
  }

  /** A mapper with the API's conventions, reading no document (and no string) longer than {@code maxBytes}. */
  public static ObjectMapper api(long maxBytes) {
    return build(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
        .maxDocumentLength(maxBytes)
        .build());
  }

  private static ObjectMapper build(StreamReadConstraints constraints) {
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }
}
