package io.ascribe.server.taxii;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.store.taxii.TaxiiPage;
import io.ascribe.store.taxii.TaxiiRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes TAXII bodies: the envelope ({@code more}, {@code next}, {@code objects}, the stored
 * object JSON copied as is), the manifest ({@code id}, {@code date_added}, {@code version},
 * {@code media_type} per record), the versions list, resources and error messages. Timestamps
 * are UTC with milliseconds, e.g. {@code 2024-01-31T12:00:00.000Z}.
 */
final class TaxiiJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private TaxiiJson() {}

  static String time(Instant t) {
    return TIME.format(t);
  }

  /** What a page is written as. */
  enum Shape { ENVELOPE, MANIFEST, VERSIONS }

  static byte[] page(TaxiiPage page, Shape shape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.records().size() * 512 + 64);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeBooleanField("more", page.more());
      if (page.more()) {
        g.writeStringField("next", TaxiiCursor.encode(page.lastKey()));
      }
      if (!page.records().isEmpty()) {
        g.writeArrayFieldStart(shape == Shape.VERSIONS ? "versions" : "objects");
        for (TaxiiRecord r : page.records()) {
          switch (shape) {
            case ENVELOPE -> g.writeRawValue(r.json());
            case VERSIONS -> g.writeString(r.version());
            case MANIFEST -> {
              g.writeStartObject();
              g.writeStringField("id", r.id());
              g.writeStringField("date_added", time(r.dateAdded()));
              g.writeStringField("version", r.version());
              g.writeStringField("media_type", r.mediaType());
              g.writeEndObject();
            }
          }
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] resource(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] error(TaxiiException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("title", e.title());
    error.put("description", e.getMessage());
    error.put("error_code", e.code());
    error.put("http_status", Integer.toString(e.status()));
    return resource(error);
  }
}
