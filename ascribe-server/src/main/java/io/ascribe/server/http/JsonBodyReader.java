package io.ascribe.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.Key;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a JSON request body as it streams in, with limits checked while parsing, not after: the
 * mapper's {@link com.fasterxml.jackson.core.StreamReadConstraints} (nesting depth, string and
 * document length, see {@link JsonMappers#api(long)}) and at most {@code maxItems} items in any one
 * array, so a 5-million-item array is refused at item {@code maxItems + 1}, naming the field. The
 * tree is built without recursion. Malformed JSON (invalid UTF-8 included) answers 400 with the
 * line and column; a document over the length limit answers 413.
 */
public final class JsonBodyReader {
  /** Where the server keeps its reader, for {@code ctx.appData}. */
  public static final Key<JsonBodyReader> KEY = new Key<>("ascribe.json-body-reader");
  private final ObjectMapper mapper;
  private final int maxItems;

  /**
   * @param mapper the API's mapper (its stream constraints apply)
   * @param maxItems the most items one array may hold
   */
  public JsonBodyReader(ObjectMapper mapper, int maxItems) {
    this.mapper = mapper;
    this.maxItems = maxItems;
  }

  /** The mapper that turns trees into request records. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Reads one JSON value.
   *
   * @return the value, or null when the body is empty (white space only)
   * @throws ApiException 400 for malformed JSON, too deep a nesting, too many items or content
   *     after the value; 413 past the document length
   * @throws BodyTooLargeException when the stream passes the request's byte limit
   */
  public JsonNode read(InputStream in) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      JsonNode root = tree(p, first);
      if (p.nextToken() != null) {
        throw ApiException.badRequest(null, "the body holds more than one JSON value (line "
            + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ")");
      }
      return root;
    } catch (StreamConstraintsException e) {
      boolean length = e.getMessage() != null && e.getMessage().startsWith("Document length");
      throw new ApiException(length ? 413 : 400, length ? "too_large" : "malformed_json",
          "the JSON body is refused: " + e.getOriginalMessage(), null);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ApiException(400, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), null);
    }
  }

  /** An open array or object being filled, with the path of the field that holds it. */
  private record Open(JsonNode node, String path) {}

  private JsonNode tree(JsonParser p, JsonToken first) throws IOException {
    JsonNodeFactory nodes = mapper.getNodeFactory();
    Deque<Open> open = new ArrayDeque<>();
    JsonNode root = null;
    for (JsonToken t = first; t != null; t = open.isEmpty() ? null : p.nextToken()) {
      if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
        open.pop();
        continue;
      }
      if (t == JsonToken.FIELD_NAME) {
        continue;
      }
      String path = path(open.peek(), p);
      JsonNode value = switch (t) {
        case START_OBJECT -> nodes.objectNode();
        case START_ARRAY -> nodes.arrayNode();
        default -> scalar(nodes, p, t);
      };
      if (open.isEmpty()) {
        root = value;
      } else if (open.peek().node() instanceof ArrayNode array) {
        if (array.size() >= maxItems) {
          throw ApiException.badRequest(open.peek().path(), (open.peek().path() == null ? "an array"
              : "'" + open.peek().path() + "'") + " has more than " + maxItems + " items");
        }
        array.add(value);
      } else {
        ((ObjectNode) open.peek().node()).set(p.currentName(), value);
      }
      if (value.isContainerNode()) {
        open.push(new Open(value, path));
      }
    }
    return root;
  }

  private static JsonNode scalar(JsonNodeFactory nodes, JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> nodes.textNode(p.getText());
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> nodes.numberNode(p.getIntValue());
        case LONG -> nodes.numberNode(p.getLongValue());
        default -> nodes.numberNode(p.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw ApiException.badRequest(null, "unexpected JSON token " + t);
    };
  }

  /** The path of the value the parser is at, e.g. {@code items[3].value}; null at the root. */
  private static String path(Open parent, JsonParser p) throws IOException {
    if (parent == null) {
      return null;
    }
    String child = parent.node().isArray() ? "[" + parent.node().size() + "]" : p.currentName();
    if (parent.path() == null) {
      return child;
    }
    return parent.node().isArray() ? parent.path() + child : parent.path() + "." + child;
  }
}
