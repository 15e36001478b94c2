package io.ascribe.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.server.http.Endpoint.Body;
import io.ascribe.server.http.Endpoint.Response;
import io.ascribe.server.http.JsonSchemas.Direction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 description of a {@link RouteTable}, served at {@code /api/openapi.json}: every
 * route with its parameters, its request body, and every status it answers with the schema of
 * that response's body. Body schemas are derived from the Java types the routes read and write
 * ({@link JsonSchemas}) or written by hand beside the route, and published under
 * {@code components/schemas}.
 */
public final class OpenApiDocument {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApiDocument() {}

  /** The document for {@code routes}. */
  public static ObjectNode of(RouteTable routes, String version) {
    ObjectMapper m = JsonMappers.api();
    JsonSchemas schemas = new JsonSchemas(m);
    ObjectNode doc = m.createObjectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Ascribe API");
    info.put("version", version);
    info.put("description", "Evidence-based cyber-attack attribution: actors, incidents, attribution, documents and "
        + "claims. Authenticate with 'Authorization: Bearer <token>'. Nothing marked above a token's TLP clearance "
        + "is ever returned. Errors are {\"error\": {\"code\", \"message\", \"field\"}}.");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : routes.endpoints()) {
      ObjectNode path = paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      ObjectNode op = path.putObject(e.method().name().toLowerCase(Locale.ROOT));
      op.putArray("tags").add(e.tag());
      op.put("summary", e.summary());
      op.put("operationId", operationId(e));
      parameters(op.putArray("parameters"), e);
      if (e.body() != null) {
        requestBody(op.putObject("requestBody"), e.body(), schemas);
      }
      ObjectNode responses = op.putObject("responses");
      for (Response r : e.responses()) {
        ObjectNode response = responses.putObject(Integer.toString(r.status()));
        response.put("description", r.description());
        if (r.shape() != null) {
          response.putObject("content").putObject(RouteTable.JSON)
              .set("schema", schemas.of(r.shape(), Direction.RESPONSE, List.of()));
        }
      }
      if (e.role() != null) {
        op.putArray("security").addObject().putArray("bearer");
      } else {
        op.putArray("security");
      }
    }
    ObjectNode components = doc.putObject("components");
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
    ObjectNode named = components.putObject("schemas");
    for (Map.Entry<String, ObjectNode> s : schemas.components().entrySet()) {
      named.set(s.getKey(), s.getValue());
    }
    return doc;
  }

  private static void parameters(ArrayNode params, Endpoint e) {
    Matcher pm = PATH_PARAM.matcher(e.path());
    while (pm.find()) {
      ObjectNode p = params.addObject();
      p.put("name", pm.group(1)).put("in", "path").put("required", true);
      p.putObject("schema").put("type", "string");
    }
    for (String q : e.query()) {
      int colon = q.indexOf(": ");
      ObjectNode p = params.addObject();
      p.put("name", q.substring(0, colon)).put("in", "query").put("required", false)
          .put("description", q.substring(colon + 2));
      p.putObject("schema").put("type", "string");
    }
  }

  private static void requestBody(ObjectNode out, Body body, JsonSchemas schemas) {
    out.put("required", !body.optional());
    ObjectNode content = out.putObject("content");
    ObjectNode schema = schemas.of(body.shape(), Direction.REQUEST, body.required());
    for (String type : body.mediaTypes()) {
      content.putObject(type).set("schema", schema);
    }
  }

  private static String operationId(Endpoint e) {
    StringBuilder sb = new StringBuilder(e.method().name().toLowerCase(Locale.ROOT));
    for (String part : e.path().split("[/{}.-]+")) {
      if (!part.isEmpty() && !part.equals("api")) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
