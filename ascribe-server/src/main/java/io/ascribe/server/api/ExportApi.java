package io.ascribe.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.access.Role;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.server.http.Shape;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.http.Context;

/**
 * Exports: STIX 2.1 bundles of an actor, an incident or the claims ledger, and Navigator layers,
 * always built at the caller's TLP clearance, so nothing above it is in the file.
 */
public final class ExportApi {
  /** A STIX 2.1 bundle, as {@code StixBundleBuilder} writes it. */
  static final Shape BUNDLE = Shape.written("StixBundle", """
      {"type": "object", "required": ["type", "id", "objects"],
       "description": "A STIX 2.1 bundle; every object carries its TLP marking",
       "properties": {
         "type": {"const": "bundle"},
         "id": {"type": "string", "pattern": "^bundle--"},
         "objects": {"type": "array", "items": {"type": "object", "required": ["type", "id"],
           "properties": {"type": {"type": "string"}, "id": {"type": "string"}}}}}}
      """);
  /** An ATT&CK Navigator layer (format 4.5), as {@code NavigatorLayers} writes it. */
  static final Shape LAYER = Shape.written("NavigatorLayer", """
      {"type": "object", "required": ["name", "versions", "domain", "techniques"],
       "properties": {
         "name": {"type": "string"},
         "versions": {"type": "object", "required": ["layer"], "properties": {
           "attack": {"type": "string"}, "navigator": {"type": "string"}, "layer": {"type": "string"}}},
         "domain": {"type": "string"},
         "description": {"type": "string"},
         "techniques": {"type": "array", "items": {"type": "object", "required": ["techniqueID"],
           "properties": {"techniqueID": {"type": "string"}, "score": {"type": "integer"},
             "comment": {"type": "string"}}}}}}
      """);
  private final Services services;

  public ExportApi(Services services) {
    this.services = services;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/export/actors/{id}", Role.VIEWER, "exports", "STIX 2.1 bundle of an actor")
        .ok(BUNDLE).error(409, "The name is an alias of more than one actor: ask for one by key or ATT&CK id")
        .handle(ctx -> send(ctx, services.exports().actor(actorKey(ctx.pathParam("id")), clearance(ctx)), "actor"));
    routes.get("/api/export/claims", Role.VIEWER, "exports", "STIX 2.1 bundle of the claims ledger")
        .query("actor", "a threat-actor name").query("country", "ISO alpha-2").query("type", "claim type")
        .query("since", "YYYY-MM-DD")
        .ok(BUNDLE)
        .handle(ctx -> send(ctx, services.exports().claims(new DocumentStore.LedgerQuery(ctx.queryParam("actor"),
            ctx.queryParam("country"), ctx.queryParam("type"), ctx.queryParam("since"), clearance(ctx))), "claims"));
    routes.get("/api/export/incidents/{id}", Role.VIEWER, "exports",
            "STIX 2.1 bundle of an incident with its latest assessment")
        .ok(BUNDLE)
        .handle(ctx -> send(ctx, services.exports().incident(ctx.pathParam("id"), clearance(ctx)),
            "incident-" + ctx.pathParam("id")));
    routes.get("/api/export/incidents/{id}/navigator", Role.VIEWER, "exports",
            "ATT&CK Navigator layer: the incident's techniques against an actor's")
        .query("actor", "the actor to compare with")
        .ok(LAYER).error(400, "No actor, or one that is unknown or ambiguous")
        .handle(ctx -> send(ctx, services.exports().navigator(ctx.pathParam("id"), LookupApi.required(ctx, "actor"),
            clearance(ctx)), "layer-" + ctx.pathParam("id")));
  }

  /** The entity key of the actor a path names: 404 when none, 409 when several. */
  private String actorKey(String name) {
    AliasLookup lookup = services.kb().lookup(EntityKind.ACTOR, name);
    if (lookup.isEmpty()) {
      throw ApiException.notFound("no actor is known as '" + name + "'");
    }
    return lookup.resolved().orElseThrow(() -> new ApiException(409, "ambiguous", "'" + name + "' names "
        + lookup.candidates().size() + " actors; ask for one by key or ATT&CK id")).entityKey();
  }

  private static Tlp clearance(Context ctx) {
    return Authenticator.of(ctx).maxTlp();
  }

  private static void send(Context ctx, ObjectNode body, String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + safe + ".json\"");
    JsonBytes.answer(ctx, body);
  }
}
