package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.search.SearchHit;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Actors, techniques and software of the knowledge base: find by name or alias, read a profile
 * with every alias's sources; and full-text search, whose document hits honour TLP clearance.
 */
public final class LookupApi {
  private static final int MAX_LIMIT = 100;
  private static final String AMBIGUOUS = "The name is an alias of more than one entity: ask for one by key or ATT&CK id";
  private final Services services;

  public LookupApi(Services services) {
    this.services = services;
  }

  /** One match of a name query. */
  record Match(String key, String name, String attackId, String matchedBy, List<Claim> claims) {}

  /** Who claims the name for this entity. */
  record Claim(String name, String role, String source, String vendor) {}

  /** The answer of {@code GET /api/actors}. */
  record ActorMatches(String query, boolean ambiguous, List<Match> actors) {}

  /** The answer of {@code GET /api/software}. */
  record SoftwareMatches(String query, boolean ambiguous, List<Match> software) {}

  /** The answer of {@code GET /api/search}. */
  record SearchResults(String query, List<SearchHit> hits) {}

  /** What a name query found, before it is named for its resource. */
  private record Found(String query, boolean ambiguous, List<Match> matches) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/actors", Role.VIEWER, "actors", "Actors by name or alias (with ATT&CK ids), then by full-text search")
        .query("q", "a name, alias, ATT&CK id or words").query("limit", "at most this many (default 20)")
        .ok(ActorMatches.class).error(400, "No q, or a bad limit")
        .handle(ctx -> {
          Found f = find(ctx, EntityKind.ACTOR);
          JsonBytes.answer(ctx, new ActorMatches(f.query(), f.ambiguous(), f.matches()));
        });
    routes.get("/api/actors/{id}", Role.VIEWER, "actors",
            "An actor's profile: aliases with their sources, sponsor claims, techniques, software, campaigns")
        .ok(Profiles.Actor.class).error(409, AMBIGUOUS)
        .handle(ctx -> JsonBytes.answer(ctx, profile(ctx, EntityKind.ACTOR, Profiles.Actor.class)));
    routes.get("/api/techniques/{id}", Role.VIEWER, "techniques", "A technique's profile and the actors that use it")
        .ok(Profiles.Technique.class).error(409, AMBIGUOUS)
        .handle(ctx -> JsonBytes.answer(ctx, profile(ctx, EntityKind.TECHNIQUE, Profiles.Technique.class)));
    routes.get("/api/software", Role.VIEWER, "software", "Malware and tools by name or alias")
        .query("q", "a name, alias or ATT&CK id").query("limit", "at most this many (default 20)")
        .ok(SoftwareMatches.class).error(400, "No q, or a bad limit")
        .handle(ctx -> {
          Found f = find(ctx, EntityKind.SOFTWARE);
          JsonBytes.answer(ctx, new SoftwareMatches(f.query(), f.ambiguous(), f.matches()));
        });
    routes.get("/api/software/{id}", Role.VIEWER, "software", "A malware or tool profile")
        .ok(Profiles.Software.class).error(409, AMBIGUOUS)
        .handle(ctx -> JsonBytes.answer(ctx, profile(ctx, EntityKind.SOFTWARE, Profiles.Software.class)));
    routes.get("/api/search", Role.VIEWER, "search", "Full-text search over actors, software, techniques and documents")
        .query("q", "words, \"phrases\", +must, -not, prefix*")
        .query("kind", "actor, software, technique or document")
        .query("limit", "at most this many (default 20)")
        .ok(SearchResults.class).error(400, "No q, an unknown kind, or a bad limit")
        .handle(this::search);
  }

  private Found find(Context ctx, EntityKind kind) throws IOException {
    String q = required(ctx, "q");
    int limit = limit(ctx);
    List<Match> out = new ArrayList<>();
    AliasLookup lookup = services.kb().lookup(kind, q);
    for (AliasLookup.Candidate c : lookup.candidates()) {
      String[] name = services.kb().nameOf(kind, c.entityKey()).orElse(new String[] {c.entityKey(), null});
      out.add(new Match(c.entityKey(), name[0], name[1], "alias", c.claims().stream().map(LookupApi::claim).toList()));
    }
    if (out.size() < limit) {
      for (SearchHit h : services.search().search(q, kind.id(), limit)) {
        if (out.size() < limit && out.stream().noneMatch(m -> m.key().equals(h.key()))) {
          out.add(new Match(h.key(), h.name(), h.attackId(), "search", List.of()));
        }
      }
    }
    return new Found(q, lookup.isAmbiguous(), out.size() > limit ? out.subList(0, limit) : out);
  }

  private static Claim claim(AliasClaim c) {
    return new Claim(c.name(), c.role().name().toLowerCase(java.util.Locale.ROOT), c.source().source(), c.source().vendor());
  }

  private <P> P profile(Context ctx, EntityKind kind, Class<P> type) {
    String id = ctx.pathParam("id");
    AliasLookup lookup = services.kb().lookup(kind, id);
    if (lookup.isEmpty()) {
      throw ApiException.notFound("no " + kind.id() + " is known as '" + id + "'");
    }
    Optional<AliasLookup.Candidate> resolved = lookup.resolved();
    if (resolved.isEmpty()) {
      throw new ApiException(409, "ambiguous", "'" + id + "' names " + lookup.candidates().size() + " " + kind.id()
          + "s; ask for one by key or ATT&CK id (see /api/" + (kind == EntityKind.ACTOR ? "actors" : kind.id())
          + "?q=" + id + ")");
    }
    return services.kb().profile(kind, resolved.get().entityKey(), type)
        .orElseThrow(() -> ApiException.notFound("no profile for " + resolved.get().entityKey()));
  }

  private void search(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    String q = required(ctx, "q");
    String kind = ctx.queryParam("kind");
    if (kind != null && !List.of("actor", "software", "technique", "document").contains(kind)) {
      throw ApiException.badRequest("kind", "kind must be actor, software, technique or document, got '" + kind + "'");
    }
    int limit = limit(ctx);
    List<SearchHit> hits = services.search().search(q, kind, limit,
        keys -> services.visibleCopies().visibleKeys(keys, p.maxTlp()));
    JsonBytes.answer(ctx, new SearchResults(q, hits));
  }

  static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest(name, "query parameter '" + name + "' is required");
    }
    if (v.length() > 500) {
      throw ApiException.badRequest(name, "query parameter '" + name + "' is longer than 500 characters");
    }
    return v.strip();
  }

  static int limit(Context ctx) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return 20;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1 || n > MAX_LIMIT) {
        throw ApiException.badRequest("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit", "limit must be a number, got '" + v + "'");
    }
  }
}
