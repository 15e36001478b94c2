package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.actor.ActorComparison;
import io.ascribe.alias.EntityKind;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.actor.ActorNames;
import io.ascribe.store.actor.ActorOverview;
import io.javalin.http.Context;

/**
 * An actor as an analyst opens it (its overview: description and references, targets, first and
 * last seen, the claims naming it, each with its source) and two actors side by side. Everything
 * drawn from documents is read at the caller's TLP clearance.
 */
public final class ActorApi {
  private final Services services;

  public ActorApi(Services services) {
    this.services = services;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/actors/{id}/overview", Role.VIEWER, "actors",
            "An actor's overview: descriptions and references with their sources, targeted countries and sectors by "
                + "source, first and last seen with what each comes from, the claims naming it (newest first), the "
                + "closest actors")
        .ok(ActorOverview.class).error(409, "The name is an alias of more than one actor: the message lists them")
        .handle(this::overview);
    routes.get("/api/actors/{id}/compare", Role.VIEWER, "actors",
            "Two actors side by side: techniques, tools, victims and infrastructure in common and unique to each, "
                + "each item with how many actors have it (the rarest first)")
        .query("with", "the other actor: a name, alias, ATT&CK id or key")
        .ok(ActorComparison.class)
        .error(400, "No 'with'")
        .error(409, "A name is an alias of more than one actor: the message lists them")
        .handle(this::compare);
  }

  private void overview(Context ctx) {
    ActorNames.Found a = ActorRefs.resolve(services, ctx.pathParam("id"), null);
    Profiles.Actor profile = services.kb().profile(EntityKind.ACTOR, a.key(), Profiles.Actor.class)
        .orElseThrow(() -> ApiException.notFound("no profile for " + a.key()));
    JsonBytes.answer(ctx, services.actors().overview(profile, Authenticator.of(ctx).maxTlp()));
  }

  private void compare(Context ctx) {
    ActorNames.Found a = ActorRefs.resolve(services, ctx.pathParam("id"), null);
    String other = LookupApi.required(ctx, "with");
    ActorNames.Found b = ActorRefs.resolve(services, other, "with");
    JsonBytes.answer(ctx, services.actors().compare(a.key(), b.key(), Authenticator.of(ctx).maxTlp()));
  }
}
