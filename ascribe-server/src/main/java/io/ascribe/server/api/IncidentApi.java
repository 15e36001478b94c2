package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.AuditEntry;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.StoredDocument;
import io.ascribe.store.incident.IncidentAttribution;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.incident.NoSuchIncidentException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Incidents: list, create, read with assessments, add and remove evidence (typed in or from an
 * ingested document), attribute, conclude, and the audit log. Edits may name the version they
 * were based on ({@code expected_version}); a stale one answers 409 and writes nothing.
 */
public final class IncidentApi {
  private static final String STALE = "expected_version is not the incident's version: someone else edited it first; "
      + "nothing was changed";
  private final Services services;

  public IncidentApi(Services services) {
    this.services = services;
  }

  /** Body of {@code POST /api/incidents}. */
  record NewIncident(String title, String summary, String tlp) {}

  /** One evidence item in a request. */
  record Item(String kind, String value) {}

  /**
   * Body of {@code POST /api/incidents/{id}/evidence}.
   *
   * @param document an ingested document (SHA-256 or prefix): alone, all its evidence is added; with
   *     items, those items are added with the document as their source
   * @param only with {@code document}: technique, software and/or indicator
   */
  record NewEvidence(Long expectedVersion, List<Item> items, String document, List<String> only) {}

  /** Body of {@code POST /api/incidents/{id}/conclusion}. */
  record Conclusion(Long expectedVersion, String conclusion, String note) {}

  /** Body of {@code POST /api/incidents/{id}/attribution}. */
  record Run(Integer top) {}

  /** An incident with its assessments. */
  record View(Incident incident, List<Assessment> assessments) {}

  /** The answer of {@code GET /api/incidents}. */
  record Incidents(List<Incident> incidents) {}

  /** The answer of {@code GET /api/incidents/{id}/log}. */
  record Log(List<AuditEntry> entries) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.get("/api/incidents", Role.VIEWER, "incidents", "Incidents the caller may see, newest first")
        .ok(Incidents.class)
        .handle(ctx -> JsonBytes.answer(ctx, new Incidents(services.incidents().list(Authenticator.of(ctx).maxTlp()))));
    routes.post("/api/incidents", Role.ANALYST, "incidents", "Create an incident")
        .body(NewIncident.class, "title").created(Incident.class)
        .handle(this::create);
    routes.get("/api/incidents/{id}", Role.VIEWER, "incidents", "An incident with its evidence and assessments")
        .ok(View.class)
        .handle(ctx -> {
          Incident i = visible(ctx);
          JsonBytes.answer(ctx, new View(i, services.incidents().assessments(i.id())));
        });
    routes.post("/api/incidents/{id}/evidence", Role.ANALYST, "incidents",
            "Add evidence items, and/or an ingested document's techniques, software and indicators")
        .body(NewEvidence.class).ok(Incident.class).error(409, STALE)
        .handle(this::addEvidence);
    routes.delete("/api/incidents/{id}/evidence", Role.ANALYST, "incidents", "Remove one evidence item")
        .query("kind", "the item's kind").query("value", "the item's value")
        .query("expected_version", "the version the edit is based on")
        .ok(Incident.class).error(400, "No kind or value, an unknown kind, or an expected_version that is not a number")
        .error(409, STALE)
        .handle(this::removeEvidence);
    routes.post("/api/incidents/{id}/attribution", Role.ANALYST, "incidents",
            "Run attribution on the incident's evidence and store the dated assessment")
        .optionalBody(Run.class).ok(IncidentAttribution.Result.class)
        .error(400, "Malformed JSON, top outside 1 to 50, or an incident without evidence")
        .handle(this::attribute);
    routes.post("/api/incidents/{id}/conclusion", Role.ANALYST, "incidents", "Record the analyst's conclusion and note")
        .body(Conclusion.class, "conclusion").ok(Incident.class).error(409, STALE)
        .handle(this::conclude);
    routes.get("/api/incidents/{id}/log", Role.VIEWER, "incidents", "The incident's audit log: who changed what, when")
        .ok(Log.class)
        .handle(ctx -> JsonBytes.answer(ctx, new Log(services.incidents().log(visible(ctx).id()))));
  }

  private Incident visible(Context ctx) {
    String id = ctx.pathParam("id");
    return services.incidents().find(id, Authenticator.of(ctx).maxTlp()).orElseThrow(() -> new NoSuchIncidentException(id));
  }

  private void create(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    NewIncident body = Bodies.read(ctx, NewIncident.class);
    Tlp tlp = body.tlp() == null ? Tlp.AMBER : Bodies.tlp("tlp", body.tlp());
    if (!p.mayRead(tlp)) {
      throw ApiException.badRequest("tlp", "token '" + p.name() + "' may see up to " + p.maxTlp().label()
          + " and cannot create an incident marked " + tlp.label());
    }
    if (body.title() == null || body.title().isBlank()) {
      throw ApiException.badRequest("title", "title is required");
    }
    JsonBytes.answer(ctx.status(201), services.incidents().create(body.title(), body.summary(), tlp, p.name()));
  }

  private void addEvidence(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    Incident incident = visible(ctx);
    NewEvidence body = Bodies.read(ctx, NewEvidence.class);
    List<IncidentStore.NewItem> items = new ArrayList<>();
    List<Item> given = body.items() == null ? List.of() : body.items();
    for (int i = 0; i < given.size(); i++) {
      Item item = given.get(i);
      try {
        items.add(new IncidentStore.NewItem(ItemKind.of(item.kind()), item.value(), EvidenceItem.ANALYST));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("items[" + i + "]", e.getMessage());
      }
    }
    if (items.isEmpty() && body.document() == null) {
      throw ApiException.badRequest("items", "give items and/or a document");
    }
    if (body.document() == null) {
      JsonBytes.answer(ctx, services.incidents().addEvidence(incident.id(), body.expectedVersion(), items, p.name()));
      return;
    }
    StoredDocument doc = services.documents().document(body.document(), p.maxTlp())
        .orElseThrow(() -> ApiException.badRequest("document", "no ingested document '" + body.document() + "'"));
    String source = EvidenceItem.fromDocument(doc.header().sha256());
    List<IncidentStore.NewItem> chosen = items.isEmpty() ? IncidentStore.itemsOf(doc, kinds(body.only()))
        : items.stream().map(i -> new IncidentStore.NewItem(i.kind(), i.value(), source)).toList();
    JsonBytes.answer(ctx, services.incidents().addFromDocument(incident.id(), body.expectedVersion(), doc, chosen, p.name()));
  }

  private static Set<ItemKind> kinds(List<String> only) {
    Set<ItemKind> all = EnumSet.of(ItemKind.TECHNIQUE, ItemKind.SOFTWARE, ItemKind.INDICATOR);
    if (only == null || only.isEmpty()) {
      return all;
    }
    Set<ItemKind> out = EnumSet.noneOf(ItemKind.class);
    for (String k : only) {
      ItemKind kind;
      try {
        kind = ItemKind.of(k);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("only", e.getMessage());
      }
      if (!all.contains(kind)) {
        throw ApiException.badRequest("only", "a document gives technique, software and indicator items, not " + k);
      }
      out.add(kind);
    }
    return out;
  }

  private void removeEvidence(Context ctx) {
    Incident incident = visible(ctx);
    ItemKind kind;
    try {
      kind = ItemKind.of(LookupApi.required(ctx, "kind"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("kind", e.getMessage());
    }
    String expected = ctx.queryParam("expected_version");
    Long version;
    try {
      version = expected == null ? null : Long.valueOf(expected);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("expected_version", "expected_version must be a number, got '" + expected + "'");
    }
    JsonBytes.answer(ctx, services.incidents().removeEvidence(incident.id(), version, kind, LookupApi.required(ctx, "value"),
        Authenticator.of(ctx).name()));
  }

  private void attribute(Context ctx) throws IOException {
    Incident incident = visible(ctx);
    Run body = Bodies.optional(ctx, Run.class);
    int top = body == null || body.top() == null ? 5 : body.top();
    if (top < 1 || top > 50) {
      throw ApiException.badRequest("top", "top must be between 1 and 50, got " + top);
    }
    if (incident.evidence().isEmpty()) {
      throw ApiException.badRequest("evidence", incident.id() + " has no evidence yet");
    }
    JsonBytes.answer(ctx, new IncidentAttribution(services.store()).run(incident, services.attributor(incident.tlp()), top,
        Authenticator.of(ctx).name()));
  }

  private void conclude(Context ctx) throws IOException {
    Incident incident = visible(ctx);
    Conclusion body = Bodies.read(ctx, Conclusion.class);
    if (body.conclusion() == null || body.conclusion().isBlank()) {
      throw ApiException.badRequest("conclusion", "conclusion is required");
    }
    JsonBytes.answer(ctx, services.incidents().conclude(incident.id(), body.expectedVersion(), body.conclusion(), body.note(),
        Authenticator.of(ctx).name()));
  }
}
