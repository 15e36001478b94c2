package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.corpus.ActorCorpus;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.javalin.http.Context;

/**
 * What the analyst's corpus says about an actor: the ingested documents about it the token may see,
 * newest first, each with how it is tied to the actor, and the facts they contribute (indicators,
 * software, techniques, victims), each with its documents.
 */
public final class ActorCorpusApi {
  private final Services services;

  public ActorCorpusApi(Services services) {
    this.services = services;
  }

  /** Registers the route. */
  public void register(RouteTable routes) {
    routes.get("/api/actors/{id}/corpus", Role.VIEWER, "actors",
            "The ingested documents about an actor (newest first, with basis, claimant and confidence) and the facts "
                + "they tie to it, each with its documents; only documents within the token's clearance")
        .ok(ActorCorpus.class)
        .error(409, "The name is an alias of more than one actor: ask for one by key or ATT&CK id")
        .handle(this::corpus);
  }

  private void corpus(Context ctx) {
    String id = ctx.pathParam("id");
    AliasLookup lookup = services.kb().lookup(EntityKind.ACTOR, id);
    if (lookup.isEmpty()) {
      throw ApiException.notFound("no actor is known as '" + id + "'");
    }
    String key = lookup.resolved().map(AliasLookup.Candidate::entityKey).orElseThrow(() -> new ApiException(409,
        "ambiguous", "'" + id + "' names " + lookup.candidates().size() + " actors; ask for one by key or ATT&CK id"));
    JsonBytes.answer(ctx, ActorCorpus.of(services.corpusLinks().ofActor(key, Authenticator.of(ctx).maxTlp())));
  }
}
