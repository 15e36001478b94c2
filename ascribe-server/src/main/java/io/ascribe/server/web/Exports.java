package io.ascribe.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.JsonBytes;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Downloads: STIX 2.1 bundles of an incident, an actor or the (filtered) claims ledger, each
 * built for the reader's clearance (objects marked above it are left out), and the ATT&amp;CK
 * Navigator layer comparing an incident's techniques with an actor's. Names in the path are
 * looked up in the store, never used as file names; the download's file name is reduced to safe
 * characters.
 */
final class Exports {
  private final Services services;

  Exports(Services services) {
    this.services = services;
  }

  void register(Javalin app) {
    app.get("/export/incidents/{id}/stix", this::incident);
    app.get("/export/incidents/{id}/navigator", this::navigator);
    app.get("/export/actors/{key}/stix", this::actor);
    app.get("/export/claims/stix", this::claims);
  }

  private static Tlp clearance(Context ctx) {
    return WebGuard.session(ctx).principal().maxTlp();
  }

  private void incident(Context ctx) {
    String id = ctx.pathParam("id");
    download(ctx, "incident-" + id + ".stix.json", services.exports().incident(id, clearance(ctx)));
  }

  private void actor(Context ctx) {
    Profiles.Actor a = ActorPage.resolve(services, ctx.pathParam("key"));
    String name = a.attackId() == null ? a.name() : a.attackId();
    download(ctx, "actor-" + name + ".stix.json", services.exports().actor(a.key(), clearance(ctx)));
  }

  private void claims(Context ctx) {
    download(ctx, "claims.stix.json", services.exports().claims(ClaimsPage.query(ctx, clearance(ctx))));
  }

  private void navigator(Context ctx) {
    String id = ctx.pathParam("id");
    String ref = ctx.queryParam("actor");
    if (ref == null || ref.isBlank()) {
      throw ApiException.badRequest("actor", "choose the actor to compare with");
    }
    Profiles.Actor a = ActorPage.resolve(services, ref);
    ObjectNode layer = services.exports().navigator(id, a.key(), clearance(ctx));
    download(ctx, "navigator-" + id + "-" + (a.attackId() == null ? a.name() : a.attackId()) + ".json", layer);
  }

  private static void download(Context ctx, String name, ObjectNode body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + safeFileName(name) + "\"");
    JsonBytes.answer(ctx, body);
  }

  /** Letters, digits, dot, dash and underscore (everything else becomes an underscore), no leading dot. */
  static String safeFileName(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
    return s.isEmpty() ? "export.json" : s;
  }
}
