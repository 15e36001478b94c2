package io.ascribe.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3 description of a {@link RouteTable}, served at {@code /api/openapi.json}. */
public final class OpenApiDocument {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApiDocument() {}

  /** The document for {@code routes}. */
  public static ObjectNode of(RouteTable routes, String version) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode doc = m.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Ascribe API");
    info.put("version", version);
    info.put("description", "Evidence-based cyber-attack attribution: actors, incidents, attribution, documents and "
        + "claims. Authenticate with 'Authorization: Bearer <token>'. Nothing marked above a token's TLP clearance "
        + "is ever returned. Errors are {\"error\": {\"code\", \"message\", \"field\"}}.");
    ObjectNode components = doc.putObject("components");
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
    ObjectNode error = components.putObject("schemas").putObject("Error");
    error.put("type", "object");
    ObjectNode inner = error.putObject("properties").putObject("error");
    inner.put("type", "object");
    ObjectNode props = inner.putObject("properties");
    props.putObject("code").put("type", "string");
    props.putObject("message").put("type", "string");
    props.putObject("field").put("type", "string").put("nullable", true);
    inner.putArray("required").add("code").add("message");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : routes.endpoints()) {
      ObjectNode path = paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      ObjectNode op = path.putObject(e.method().name().toLowerCase(Locale.ROOT));
      op.putArray("tags").add(e.tag());
      op.put("summary", e.summary());
      op.put("operationId", operationId(e));
      ArrayNode params = op.putArray("parameters");
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
      if (e.body() != null) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true).put("description", e.body());
        body.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
      }
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json")
          .putObject("schema").put("type", "object");
      errorResponse(responses, "400", "Malformed request: the message and 'field' name what is wrong");
      errorResponse(responses, "404", "Not found, or not visible at the caller's TLP clearance");
      if (e.role() != null) {
        errorResponse(responses, "401", "No valid token");
        errorResponse(responses, "403", "The token's role is not enough (needs " + e.role().id() + ")");
        op.putArray("security").addObject().putArray("bearer");
      } else {
        op.putArray("security");
      }
    }
    return doc;
  }

  private static void errorResponse(ObjectNode responses, String status, String description) {
    responses.putObject(status).put("description", description).putObject("content").putObject("application/json")
        .putObject("schema").put("$ref", "#/components/schemas/Error");
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
