package io.ascribe.extract.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small hand-written MISP warning-list files ({@code <dir>/list.json}) for tests. */
final class ListFixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ListFixtures() {}

  /**
   * Writes {@code root/dir/list.json} with the given name, type, matching attributes (none when
   * empty) and entries; returns the file.
   */
  static Path list(Path root, String dir, String name, String type, List<String> attributes, String... entries) {
    ObjectNode list = JSON.createObjectNode();
    list.put("description", "test fixture " + dir);
    ArrayNode values = list.putArray("list");
    for (String e : entries) {
      values.add(e);
    }
    if (!attributes.isEmpty()) {
      ArrayNode attrs = list.putArray("matching_attributes");
      attributes.forEach(attrs::add);
    }
    list.put("name", name);
    list.put("type", type);
    list.put("version", 1);
    try {
      return raw(root, dir, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code root/dir/list.json} with exactly {@code content}; returns the file. */
  static Path raw(Path root, String dir, String content) {
    try {
      Path folder = Files.createDirectories(root.resolve(dir));
      return Files.writeString(folder.resolve("list.json"), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Attributes of MISP IP lists. */
  static final List<String> IP = List.of("ip-src", "ip-dst", "domain|ip");
  /** Attributes of MISP domain lists that also apply to URLs. */
  static final List<String> HOST = List.of("hostname", "domain", "url");
  /** Attributes of MISP e-mail lists. */
  static final List<String> EMAIL = List.of("email-src", "email-dst");
  /** Attributes of MISP hash lists. */
  static final List<String> HASH = List.of("md5", "sha1", "sha256");
}
