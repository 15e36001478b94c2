package io.ascribe.store.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityKind;
import io.ascribe.export.ActorExport;
import io.ascribe.export.ActorIds;
import io.ascribe.export.ClaimLedgerExport;
import io.ascribe.export.ClaimRecord;
import io.ascribe.export.IncidentExport;
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
import io.ascribe.model.StixEntity;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.incident.NoSuchIncidentException;
import io.ascribe.store.kb.KnowledgeBase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the exports of one store. Objects from the knowledge base take the time of the latest
 * import as their default timestamp, so exporting the same data twice gives the same JSON.
 */
public final class Exports {
  private static final java.util.regex.Pattern ATTACK_VERSION = java.util.regex.Pattern.compile(
      "\"x_mitre_version\"\\s*:\\s*\"(\\d+)|attack-(\\d+)(?:\\.\\d+)?\\.json");
  private static final String CURRENT_ATTACK_RELEASE = "18";
  private final Store store;
  private final KnowledgeBase kb;
  private final Supplier<KnowledgeBase.Linked> linked;

  /**
   * @param linked the linked knowledge base (costly to build: pass a cached one where there is one)
   */
  public Exports(Store store, Supplier<KnowledgeBase.Linked> linked) {
    this.store = store;
    this.kb = new KnowledgeBase(store);
    this.linked = linked;
  }

  /** An actor's profile (by entity key, name, alias or ATT&CK id) as a bundle. */
  public ObjectNode actor(String name, Tlp clearance) {
    Profiles.Actor actor = profile(name);
    StixBundleBuilder b = new StixBundleBuilder(asOf());
    new ActorExport(linked.get().graph()).add(b, actor);
    return b.build(clearance);
  }

  /** The claims ledger (filtered as {@code query} says, and by its clearance) as a bundle. */
  public ObjectNode claims(DocumentStore.LedgerQuery query) {
    List<ClaimRecord> records = new ArrayList<>();
    for (DocumentStore.LedgerEntry e : new DocumentStore(store).claims(query)) {
      Claim c = new Claim(ClaimType.valueOf(e.type().toUpperCase(Locale.ROOT)),
          ClaimForm.valueOf(e.form().toUpperCase(Locale.ROOT)), e.claimant(), e.claimantCountry(), e.accused(),
          e.accusedCountry(), e.threatActor(), e.target(), e.date(), e.evidence());
      records.add(new ClaimRecord(c, e.sha256(), e.title(), e.source(), e.tlp()));
    }
    StixBundleBuilder b = new StixBundleBuilder(asOf());
    new ClaimLedgerExport(ActorIds.of(linked.get().actors())).add(b, records);
    return b.build(query.maxTlp());
  }

  /** An incident and its latest assessment as a bundle. */
  public ObjectNode incident(String id, Tlp clearance) {
    IncidentStore incidents = new IncidentStore(store);
    Incident incident = incidents.find(id, clearance).orElseThrow(() -> new NoSuchIncidentException(id));
    List<Assessment> assessments = incidents.assessments(incident.id());
    StixBundleBuilder b = new StixBundleBuilder(asOf());
    new IncidentExport(linked.get().graph()).add(b, incident,
        assessments.isEmpty() ? null : assessments.get(assessments.size() - 1));
    return b.build(clearance);
  }

  /** An ATT&CK Navigator layer: the incident's techniques against the actor's. */
  public ObjectNode navigator(String incidentId, String actorName, Tlp clearance) {
    Incident incident = new IncidentStore(store).find(incidentId, clearance)
        .orElseThrow(() -> new NoSuchIncidentException(incidentId));
    Profiles.Actor actor = profile(actorName);
    List<LayerTechnique> observed = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EvidenceItem item : incident.evidence()) {
      if (item.kind() != ItemKind.TECHNIQUE) {
        continue;
      }
      StixEntity t = technique(item.value());
      if (t != null && seen.add(t.attackId())) {
        observed.add(new LayerTechnique(t.attackId(), t.name(), "observed in " + incident.id() + " (" + item.source() + ")"));
      }
    }
    List<LayerTechnique> used = actor.techniques().stream().filter(u -> u.attackId() != null)
        .map(u -> new LayerTechnique(u.attackId(), u.name(), "reported for " + actor.name() + " in " + u.citations()
            + " citations"))
        .toList();
    return NavigatorLayers.comparison(new NavigatorComparison(incident.id() + " vs " + actor.name(),
        incident.title() + ": techniques observed against those reported for " + actor.name(), attackVersion(),
        incident.id(),
        actor.name(), observed, used));
  }

  private StixEntity technique(String value) {
    StixEntity byId = linked.get().graph().byAttackId(value.toUpperCase(Locale.ROOT));
    if (byId != null) {
      return byId;
    }
    return linked.get().graph().stixOfType("attack-pattern").stream()
        .filter(e -> e.live() && e.name().equalsIgnoreCase(value)).findFirst().orElse(null);
  }

  private Profiles.Actor profile(String keyOrName) {
    return kb.profile(EntityKind.ACTOR, keyOrName, Profiles.Actor.class)
        .or(() -> kb.profile(EntityKind.ACTOR, resolveActor(keyOrName), Profiles.Actor.class))
        .orElseThrow(() -> new IllegalArgumentException("no profile stored for actor '" + keyOrName + "'"));
  }

  private String resolveActor(String name) {
    AliasLookup lookup = kb.lookup(EntityKind.ACTOR, name);
    if (lookup.isEmpty()) {
      throw new IllegalArgumentException("no actor is known as '" + name + "'");
    }
    return lookup.resolved().orElseThrow(() -> new IllegalArgumentException("'" + name + "' names "
        + lookup.candidates().size() + " actors; give its ATT&CK id or canonical name")).entityKey();
  }

  /**
   * The major ATT&CK version of the imported knowledge: from an {@code x-mitre-collection} object
   * when the bundle has one, else from a source named like {@code enterprise-attack-18.1.json},
   * else the current release.
   */
  private String attackVersion() {
    List<String> found = store.jdbi().withHandle(h -> {
      List<String> out = new ArrayList<>(h.createQuery("select body from kb_object where object_type = 'x-mitre-collection'")
          .mapTo(String.class).list());
      out.addAll(h.createQuery("select location from kb_source order by id desc").mapTo(String.class).list());
      return out;
    });
    for (String text : found) {
      java.util.regex.Matcher m = ATTACK_VERSION.matcher(text);
      if (m.find()) {
        return m.group(1) != null ? m.group(1) : m.group(2);
      }
    }
    return CURRENT_ATTACK_RELEASE;
  }

  private Instant asOf() {
    OffsetDateTime last = store.jdbi().withHandle(h -> h.createQuery("select max(imported_at) from kb_source")
        .mapTo(OffsetDateTime.class).one());
    return last == null ? Instant.EPOCH : last.toInstant();
  }
}
