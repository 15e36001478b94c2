package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.server.Services;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.Disputes;
import io.javalin.http.Context;
import java.util.List;

/** Disputes: the claims about one threat actor, target or accused state side by side, within the caller's clearance. */
public final class DisputeApi {
  private final Services services;

  public DisputeApi(Services services) {
    this.services = services;
  }

  /** The answer of {@code GET /api/disputes}. */
  record DisputeList(List<Disputes.Dispute> disputes) {}

  /** Registers the route. */
  public void register(RouteTable routes) {
    routes.get("/api/disputes", Role.VIEWER, "claims",
            "Claims grouped by the threat actor they name (else the target, else the accused state in one document): "
                + "who attributed it to whom, who denied, who counter-accused, each with date, quote and source document")
        .ok(DisputeList.class)
        .handle(this::disputes);
  }

  private void disputes(Context ctx) {
    JsonBytes.answer(ctx, new DisputeList(new Disputes(services.documents()).list(Authenticator.of(ctx).maxTlp())));
  }
}
