package io.ascribe.kb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.digest.Sha256;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Streams one knowledge document (a STIX bundle or a MISP galaxy cluster file) into {@link
 * KbObject}s, one object at a time, so memory stays bounded whatever the file size.
 *
 * <p>Every problem becomes a {@link KbFormatException} naming the source, line and column. The
 * reader is not thread-safe; create one per thread.
 */
public final class KbDocumentReader {
  static final Pattern STIX_ID =
      Pattern.compile(
          "([a-z0-9][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  /** STIX versions this reader understands; anything else is refused rather than misread. */
  public static final Set<String> SPEC_VERSIONS = Set.of("2.0", "2.1");

  private final ObjectMapper mapper = new ObjectMapper();
  private final MessageDigest sha256;

  public KbDocumentReader() {
    mapper.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    sha256 = Sha256.newDigest();
  }

  /**
   * Reads a document and hands every object to {@code sink} in file order.
   *
   * @param in the raw bytes (already gunzipped); UTF-8, or UTF-16/32 with a BOM
   * @param source the file or URL, for error messages
   * @return which format the document was
   * @throws NotKnowledgeFileException for valid JSON of another kind
   * @throws KbFormatException for anything malformed, with its place
   */
  public KbFormat read(InputStream in, String source, KbObjectSink sink)
      throws KbFormatException {
    try (JsonParser p = mapper.createParser(in)) {
      return readDocument(p, source, sink);
    } catch (KbFormatException e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new KbFormatException(
          source,
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (CharConversionException e) {
      throw new KbFormatException(source, 0, 0, "not valid UTF-8 text: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new KbFormatException(source, 0, 0, "cannot read: " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.util.zip.ZipException || (m != null && m.contains("GZIP"))) {
      return "not a valid gzip stream (" + m + ")";
    }
    if (e instanceof java.io.EOFException) {
      return "file ends unexpectedly (truncated)" + (m == null ? "" : " (" + m + ")");
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private KbFormat readDocument(JsonParser p, String source, KbObjectSink sink)
      throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new KbFormatException(source, 1, 1, "file is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      throw new NotKnowledgeFileException(
          source, "top level is a JSON " + first.asString() + ", not an object");
    }
    Header header = new Header();
    KbFormat format = null;
    ArrayNode bufferedValues = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "type" -> header.type = textOrFail(p, source, "type");
        case "spec_version" -> {
          String v = textOrFail(p, source, "spec_version");
          if (!SPEC_VERSIONS.contains(v)) {
            throw fail(p, source, "unknown bundle spec_version '" + v + "' (supported: 2.0, 2.1)");
          }
        }
        case "name" -> header.name = value == JsonToken.VALUE_STRING ? p.getText() : null;
        case "category" -> header.category = value == JsonToken.VALUE_STRING ? p.getText() : null;
        case "objects" -> {
          if (value != JsonToken.START_ARRAY) {
            throw fail(p, source, "'objects' must be an array");
          }
          if (header.type != null && !"bundle".equals(header.type)) {
            throw fail(p, source, wrongBundleType(header.type));
          }
          format = KbFormat.STIX;
          readStixObjects(p, source, sink);
        }
        case "values" -> {
          if (value != JsonToken.START_ARRAY) {
            throw fail(p, source, "'values' must be an array");
          }
          format = KbFormat.MISP;
          if (header.type == null) {
            bufferedValues = p.readValueAsTree();
          } else {
            readMispValues(p, source, header, sink);
          }
        }
        default -> p.skipChildren();
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw fail(p, source, "expected a field name or '}'");
    }
    if (p.nextToken() != null) {
      throw fail(p, source, "unexpected content after the end of the document");
    }
    if (format == KbFormat.STIX && !"bundle".equals(header.type)) {
      throw new KbFormatException(source, 1, 1, wrongBundleType(header.type));
    }
    if (format == KbFormat.MISP) {
      if (header.type == null) {
        throw new KbFormatException(source, 1, 1, "MISP cluster file has no 'type'");
      }
      if (bufferedValues != null) {
        int i = 0;
        for (JsonNode v : bufferedValues) {
          emitMisp(v, source, header, i++, 0, sink);
        }
      }
    }
    if (format == null) {
      throw new NotKnowledgeFileException(
          source, "neither a STIX bundle ('objects') nor a MISP cluster file ('values')");
    }
    return format;
  }

  private static String wrongBundleType(String type) {
    return "a STIX document must have \"type\": \"bundle\", got "
        + (type == null ? "no type" : "'" + type + "'");
  }

  private void readStixObjects(JsonParser p, String source, KbObjectSink sink)
      throws IOException {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation at = p.currentTokenLocation();
      JsonNode node = p.readValueAsTree();
      sink.accept(stixObject(node, source, index++, at), node);
    }
  }

  private KbObject stixObject(JsonNode node, String source, int index, JsonLocation at)
      throws KbFormatException {
    String where = "objects[" + index + "]";
    long line = at.getLineNr();
    long col = at.getColumnNr();
    if (!(node instanceof ObjectNode obj)) {
      throw new KbFormatException(source, line, col, where + " is not a JSON object");
    }
    String type = obj.path("type").asText(null);
    if (type == null || type.isBlank()) {
      throw new KbFormatException(source, line, col, where + " has no 'type'");
    }
    JsonNode idNode = obj.get("id");
    if (idNode == null || !idNode.isTextual()) {
      throw new KbFormatException(source, line, col, where + " (" + type + ") has no 'id'");
    }
    String id = idNode.asText();
    var m = STIX_ID.matcher(id);
    if (!m.matches() || !m.group(1).equals(type)) {
      throw new KbFormatException(
          source,
          line,
          col,
          where + " has malformed id '" + id + "': expected '" + type + "--<uuid>'");
    }
    JsonNode spec = obj.get("spec_version");
    if (spec != null && !SPEC_VERSIONS.contains(spec.asText())) {
      throw new KbFormatException(
          source,
          line,
          col,
          where + " (" + id + ") has unknown spec_version '" + spec.asText()
              + "' (supported: 2.0, 2.1)");
    }
    String json = compact(obj);
    return new KbObject(
        id,
        KbFormat.STIX,
        type,
        obj.path("name").asText(null),
        obj.path("modified").asText(null),
        obj.path("revoked").asBoolean(false),
        obj.path("x_mitre_deprecated").asBoolean(false),
        json,
        hash(json),
        line);
  }

  private void readMispValues(JsonParser p, String source, Header header, KbObjectSink sink)
      throws IOException {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation at = p.currentTokenLocation();
      JsonNode node = p.readValueAsTree();
      emitMisp(node, source, header, index++, at.getLineNr(), sink);
    }
  }

  private void emitMisp(JsonNode node, String source, Header header, int index, long line, KbObjectSink sink)
      throws KbFormatException {
    String where = "values[" + index + "]";
    if (!(node instanceof ObjectNode cluster)) {
      throw new KbFormatException(source, line, 0, where + " is not a JSON object");
    }
    String uuid = cluster.path("uuid").asText(null);
    if (uuid == null) {
      throw new KbFormatException(source, line, 0, where + " has no 'uuid'");
    }
    if (!UUID.matcher(uuid).matches()) {
      throw new KbFormatException(source, line, 0, where + " has malformed uuid '" + uuid + "'");
    }
    String value = cluster.path("value").asText(null);
    if (value == null || value.isBlank()) {
      throw new KbFormatException(source, line, 0, where + " (" + uuid + ") has no 'value'");
    }
    ObjectNode wrapped = mapper.createObjectNode();
    ObjectNode galaxy = wrapped.putObject("galaxy");
    galaxy.put("type", header.type);
    galaxy.put("category", header.category);
    galaxy.put("name", header.name);
    wrapped.set("cluster", cluster);
    String json = compact(wrapped);
    sink.accept(new KbObject(
        "misp:" + header.type + ":" + uuid.toLowerCase(java.util.Locale.ROOT),
        KbFormat.MISP,
        header.type,
        value,
        null,
        false,
        false,
        json,
        hash(json),
        line), wrapped);
  }

  private String compact(JsonNode node) throws KbFormatException {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new KbFormatException("<memory>", 0, 0, "cannot serialise object", e);
    }
  }

  private String hash(String json) {
    sha256.update(json.getBytes(StandardCharsets.UTF_8));
    return Sha256.finish(sha256);
  }

  private static String textOrFail(JsonParser p, String source, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, source, "'" + field + "' must be a string");
    }
    return p.getText();
  }

  private static KbFormatException fail(JsonParser p, String source, String reason) {
    JsonLocation loc = p.currentTokenLocation();
    return new KbFormatException(source, loc.getLineNr(), loc.getColumnNr(), reason);
  }

  private static final class Header {
    String type;
    String name;
    String category;
  }
}
