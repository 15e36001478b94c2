package io.ascribe.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.access.Role;
import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.EvidenceException;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.server.http.Shape;
import io.ascribe.store.attribution.TrainedAttributor;
import io.javalin.http.Context;
import java.io.IOException;

/** Attribution of evidence given in the request, as {@code ascribe attribute} does; nothing is stored. */
public final class AttributionApi {
  /** What {@link EvidenceParser} reads: an evidence object, or a STIX 2.x bundle with a report or incident. */
  static final Shape EVIDENCE = Shape.written("Evidence", """
      {"oneOf": [
        {"type": "object", "additionalProperties": false,
         "description": "Evidence as `ascribe attribute` reads it; lists hold at most 10,000 items",
         "properties": {
           "id": {"type": "string"},
           "techniques": {"type": "array", "items": {"type": "string"}, "description": "ATT&CK ids or names"},
           "software": {"type": "array", "items": {"type": "string"}, "description": "names, aliases or ATT&CK ids"},
           "indicators": {"type": "array", "items": {"type": "string"}},
           "victims": {"type": "object", "additionalProperties": false, "properties": {
             "countries": {"type": "array", "items": {"type": "string"}, "description": "ISO 3166 alpha-2"},
             "sectors": {"type": "array", "items": {"type": "string"}}}},
           "observed": {"type": "object", "additionalProperties": false, "properties": {
             "from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"}}},
           "artifacts": {"type": "object", "additionalProperties": false, "properties": {
             "languages": {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z]{2,3}$"}},
             "utc_offsets": {"type": "array", "items": {"type": "number", "minimum": -12, "maximum": 14}}}},
           "text": {"type": "string", "maxLength": 1000000,
             "description": "free text, read with the server's extractors"}}},
        {"type": "object", "required": ["type", "objects"],
         "description": "A STIX 2.x bundle; evidence is taken from its first report or incident and the objects it refers to",
         "properties": {
           "type": {"const": "bundle"},
           "objects": {"type": "array", "items": {"type": "object", "required": ["type", "id"]}}}}]}
      """);
  private final Services services;
  private final EvidenceParser parser = new EvidenceParser();

  public AttributionApi(Services services) {
    this.services = services;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.post("/api/attribute", Role.VIEWER, "attribution",
            "Rank candidate actors for an evidence object (the `ascribe attribute` format) or a STIX 2.x bundle")
        .query("top", "hypotheses to list (default 5)")
        .body(EVIDENCE).ok(Attribution.class)
        .error(400, "Malformed JSON, an unknown field, a bad value (the message and 'field' name it), or a bad top")
        .handle(this::attribute);
  }

  private void attribute(Context ctx) throws IOException {
    String top = ctx.queryParam("top");
    int n;
    try {
      n = top == null ? 5 : Integer.parseInt(top);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("top", "top must be a number, got '" + top + "'");
    }
    if (n < 1 || n > 50) {
      throw ApiException.badRequest("top", "top must be between 1 and 50, got " + n);
    }
    JsonNode evidence = Bodies.tree(ctx);
    if (evidence == null) {
      throw ApiException.badRequest(null, "a JSON evidence object is required");
    }
    TrainedAttributor engine = services.attributor(Authenticator.of(ctx).maxTlp());
    try {
      JsonBytes.answer(ctx, engine.attributor().attribute(engine.resolver().resolve(parser.parse(evidence, "request body")), n));
    } catch (EvidenceException e) {
      throw ApiException.badRequest(e.field(), e.getMessage());
    }
  }
}
