package io.ascribe.server.api;

import io.ascribe.access.Role;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;

/** The claims ledger and stored documents, both limited to the caller's TLP clearance. */
public final class ClaimApi {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private final Services services;

  public ClaimApi(Services services) {
    this.services = services;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/claims", Role.VIEWER, "claims", "Public claims (attributions, denials, counter-accusations), newest first")
        .query("actor", "a threat-actor name").query("country", "claimant or accused country (ISO alpha-2)")
        .query("type", "attribution, denial or counter_accusation").query("since", "YYYY-MM-DD")
        .handle(this::claims);
    routes.get("/api/documents/{id}", Role.VIEWER, "documents",
            "An ingested document: clean text, indicators, techniques, entities and claims")
        .handle(this::document);
  }

  private void claims(Context ctx) {
    String country = ctx.queryParam("country");
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw ApiException.badRequest("country", "country must be an ISO 3166 alpha-2 code, got '" + country + "'");
    }
    String type = ctx.queryParam("type");
    if (type != null && !type.matches("attribution|denial|counter_accusation")) {
      throw ApiException.badRequest("type", "type must be attribution, denial or counter_accusation, got '" + type + "'");
    }
    String since = ctx.queryParam("since");
    if (since != null && !DATE.matcher(since).matches()) {
      throw ApiException.badRequest("since", "since must be a date like 2024-01-31, got '" + since + "'");
    }
    ctx.json(Map.of("claims", services.documents().claims(new DocumentStore.LedgerQuery(ctx.queryParam("actor"), country,
        type, since, Authenticator.of(ctx).maxTlp()))));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    StoredDocument d = services.documents().document(id, Authenticator.of(ctx).maxTlp())
        .orElseThrow(() -> ApiException.notFound("no document '" + id + "'"));
    ctx.json(d);
  }
}
