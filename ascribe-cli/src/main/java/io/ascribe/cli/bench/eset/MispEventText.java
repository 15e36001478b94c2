package io.ascribe.cli.bench.eset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A MISP event file read as text: its {@code info} as the title, its {@code date}, and every
 * attribute's value (composite values such as {@code filename|sha1} split) and comment, one a line.
 * Tags and galaxies are left out: they are the event's labels, not its content; so are {@code link}
 * attributes, which cite the publication.
 */
final class MispEventText {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one event says. */
  record Event(String title, String date, String text) {}

  private MispEventText() {}

  /** The event in {@code file}, or empty when the file is JSON but not a MISP event. */
  static Optional<Event> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not readable JSON (" + e.getMessage() + ")", e);
    }
    JsonNode event = root.path("Event");
    if (event.isMissingNode() && root.path("response").isArray() && !root.path("response").isEmpty()) {
      event = root.path("response").get(0).path("Event");
    }
    if (!event.isObject()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    String info = event.path("info").asText("").strip();
    text.append(info).append('\n');
    List<JsonNode> attributes = new ArrayList<>();
    event.path("Attribute").forEach(attributes::add);
    event.path("Object").forEach(o -> o.path("Attribute").forEach(attributes::add));
    for (JsonNode a : attributes) {
      if ("link".equals(a.path("type").asText())) {
        continue; // a citation of the post, not an indicator
      }
      for (String v : a.path("value").asText("").split("\\|")) {
        if (!v.isBlank()) {
          text.append(v.strip()).append('\n');
        }
      }
      String comment = a.path("comment").asText("").strip();
      if (!comment.isEmpty()) {
        text.append(comment).append('\n');
      }
    }
    String date = event.path("date").asText(null);
    return Optional.of(new Event(info.isEmpty() ? null : info, date == null || date.isBlank() ? null : date,
        text.toString()));
  }
}
