package io.ascribe.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.http.Context;

/**
 * Exports: STIX 2.1 bundles of an actor, an incident or the claims ledger, and Navigator layers,
 * always built at the caller's TLP clearance, so nothing above it is in the file.
 */
public final class ExportApi {
  private final Services services;

  public ExportApi(Services services) {
    this.services = services;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/export/actors/{id}", Role.VIEWER, "exports", "STIX 2.1 bundle of an actor")
        .handle(ctx -> send(ctx, services.exports().actor(ctx.pathParam("id"), clearance(ctx)), "actor"));
    routes.get("/api/export/claims", Role.VIEWER, "exports", "STIX 2.1 bundle of the claims ledger")
        .query("actor", "a threat-actor name").query("country", "ISO alpha-2").query("type", "claim type")
        .query("since", "YYYY-MM-DD")
        .handle(ctx -> send(ctx, services.exports().claims(new DocumentStore.LedgerQuery(ctx.queryParam("actor"),
            ctx.queryParam("country"), ctx.queryParam("type"), ctx.queryParam("since"), clearance(ctx))), "claims"));
    routes.get("/api/export/incidents/{id}", Role.VIEWER, "exports",
            "STIX 2.1 bundle of an incident with its latest assessment")
        .handle(ctx -> send(ctx, services.exports().incident(ctx.pathParam("id"), clearance(ctx)),
            "incident-" + ctx.pathParam("id")));
    routes.get("/api/export/incidents/{id}/navigator", Role.VIEWER, "exports",
            "ATT&CK Navigator layer: the incident's techniques against an actor's")
        .query("actor", "the actor to compare with")
        .handle(ctx -> send(ctx, services.exports().navigator(ctx.pathParam("id"), LookupApi.required(ctx, "actor"),
            clearance(ctx)), "layer-" + ctx.pathParam("id")));
  }

  private static Tlp clearance(Context ctx) {
    Principal p = Authenticator.of(ctx);
    return p.maxTlp();
  }

  private static void send(Context ctx, ObjectNode body, String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + safe + ".json\"");
    ctx.json(body);
  }
}
