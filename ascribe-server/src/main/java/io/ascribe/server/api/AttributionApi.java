package io.ascribe.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.access.Role;
import io.ascribe.attribution.EvidenceException;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.attribution.TrainedAttributor;
import io.javalin.http.Context;
import java.io.IOException;

/** Attribution of evidence given in the request, as {@code ascribe attribute} does; nothing is stored. */
public final class AttributionApi {
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
        .body("{\"techniques\": [\"T1566.001\"], \"software\": [\"PlugX\"], \"victims\": {\"countries\": [\"US\"]}}")
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
    TrainedAttributor engine = services.attributor();
    try {
      ctx.json(engine.attributor().attribute(engine.resolver().resolve(parser.parse(evidence, "request body")), n));
    } catch (EvidenceException e) {
      throw ApiException.badRequest(e.field(), e.getMessage());
    }
  }
}
