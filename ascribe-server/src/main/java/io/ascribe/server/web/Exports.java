package io.ascribe.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.export.ActorExport;
import io.ascribe.export.ActorIds;
import io.ascribe.export.ClaimLedgerExport;
import io.ascribe.export.ClaimRecord;
import io.ascribe.export.LayerTechnique;
import io.ascribe.export.NavigatorComparison;
import io.ascribe.export.NavigatorLayers;
import io.ascribe.export.StixBundleBuilder;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Downloads: STIX 2.1 bundles of an incident, an actor or the (filtered) claims ledger, each
 * built for the reader's clearance (objects marked above it are left out), and the ATT&amp;CK
 * Navigator layer comparing an incident's techniques with an actor's. Names in the path are
 * looked up in the store, never used as file names; the download's file name is reduced to safe
 * characters.
 */
final class Exports {
  private final Services services;
  private final Knowledge knowledge;

  Exports(Services services, Knowledge knowledge) {
    this.services = services;
    this.knowledge = knowledge;
  }

  void register(Javalin app) {
    app.get("/export/incidents/{id}/stix", this::incident);
    app.get("/export/incidents/{id}/navigator", this::navigator);
    app.get("/export/actors/{key}/stix", this::actor);
    app.get("/export/claims/stix", this::claims);
  }

  private Incident visible(Context ctx, Tlp max) {
    String id = ctx.pathParam("id");
    return services.incidents().find(id, max).orElseThrow(() -> ApiException.notFound("no incident " + id));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private void incident(Context ctx) {
    Tlp max = WebGuard.session(ctx).principal().maxTlp();
    Incident i = visible(ctx, max);
    List<Assessment> all = services.incidents().assessments(i.id());
    StixBundleBuilder b = new StixBundleBuilder(i.updatedAt() == null ? now() : i.updatedAt());
    new IncidentStix(knowledge.current().linked().graph()).add(b, i, all.isEmpty() ? null : all.get(all.size() - 1));
    download(ctx, "incident-" + i.id() + ".stix.json", b.build(max));
  }

  private void actor(Context ctx) {
    Tlp max = WebGuard.session(ctx).principal().maxTlp();
    Profiles.Actor a = ActorPage.resolve(services, ctx.pathParam("key"));
    StixBundleBuilder b = new StixBundleBuilder(now());
    new ActorExport(knowledge.current().linked().graph()).add(b, a);
    download(ctx, "actor-" + (a.attackId() == null ? a.name() : a.attackId()) + ".stix.json", b.build(max));
  }

  private void claims(Context ctx) {
    Tlp max = WebGuard.session(ctx).principal().maxTlp();
    List<ClaimRecord> records = new ArrayList<>();
    for (DocumentStore.LedgerEntry e : services.documents().claims(ClaimsPage.query(ctx, max))) {
      Claim c = new Claim(ClaimType.valueOf(e.type().toUpperCase(Locale.ROOT)), ClaimForm.valueOf(e.form().toUpperCase(
          Locale.ROOT)), e.claimant(), e.claimantCountry(), e.accused(), e.accusedCountry(), e.threatActor(), e.target(),
          e.date(), e.evidence());
      records.add(new ClaimRecord(c, e.sha256(), e.title(), e.source(), e.tlp()));
    }
    StixBundleBuilder b = new StixBundleBuilder(now());
    new ClaimLedgerExport(ActorIds.of(knowledge.current().linked().actors())).add(b, records);
    download(ctx, "claims.stix.json", b.build(max));
  }

  private void navigator(Context ctx) {
    Tlp max = WebGuard.session(ctx).principal().maxTlp();
    Incident i = visible(ctx, max);
    String ref = ctx.queryParam("actor");
    if (ref == null || ref.isBlank()) {
      throw ApiException.badRequest("actor", "choose the actor to compare with");
    }
    Profiles.Actor a = ActorPage.resolve(services, ref);
    List<LayerTechnique> incident = new ArrayList<>();
    for (EvidenceItem e : i.evidence()) {
      if (e.kind() == ItemKind.TECHNIQUE && e.value().matches("T\\d{4}(\\.\\d{3})?")) {
        incident.add(new LayerTechnique(e.value(), null, "evidence (" + e.source() + ")"));
      }
    }
    List<LayerTechnique> actor = new ArrayList<>();
    for (Profiles.Usage u : a.techniques()) {
      if (u.attackId() != null && u.attackId().matches("T\\d{4}(\\.\\d{3})?")) {
        actor.add(new LayerTechnique(u.attackId(), u.name(), u.citations() + " citation(s)"));
      }
    }
    String actorLabel = a.attackId() == null ? a.name() : a.name() + " (" + a.attackId() + ")";
    ObjectNode layer = NavigatorLayers.comparison(new NavigatorComparison(i.id() + " vs " + actorLabel,
        "Techniques of " + i.id() + " (" + i.title() + ") against " + actorLabel + "'s", "18", i.id(), actorLabel,
        incident, actor));
    download(ctx, "navigator-" + i.id() + "-" + (a.attackId() == null ? a.name() : a.attackId()) + ".json", layer);
  }

  private static void download(Context ctx, String name, ObjectNode body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + safeFileName(name) + "\"");
    ctx.json(body);
  }

  /** Letters, digits, dot, dash and underscore (everything else becomes an underscore), no leading dot. */
  static String safeFileName(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
    return s.isEmpty() ? "export.json" : s;
  }
}
