package io.ascribe.store.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.AuditEntry;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.AttackReference;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.audit.AuditLog;
import io.ascribe.store.documents.StoredDocument;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Incidents in the store. Every edit names the version it was based on ({@code null}: the
 * current one, for a single user at the command line); a stale version throws {@link
 * StaleIncidentException} and writes nothing. Every change and its audit entry are one
 * transaction. Adding an item the incident already has changes nothing, so re-runs are
 * idempotent.
 */
public final class IncidentStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Store store;
  private final IncidentIds ids = new IncidentIds();

  /**
   * An item to add.
   *
   * @param source {@link EvidenceItem#ANALYST} or {@link EvidenceItem#fromDocument}
   */
  public record NewItem(ItemKind kind, String value, String source) {
    public NewItem {
      value = kind.normalise(value);
    }

    /**
     * The item as it is stored: an ATT&CK id given as an indicator, where it would weigh nothing,
     * becomes the technique (T1059) or software (S0154) it names.
     *
     * @throws IllegalArgumentException for another ATT&CK id given as an indicator (a group,
     *     campaign, tactic or mitigation is not evidence), naming the id and what it names
     */
    NewItem routed() {
      if (kind != ItemKind.INDICATOR) {
        return this;
      }
      return AttackReference.kindOf(value).map(k -> switch (k) {
        case TECHNIQUE -> new NewItem(ItemKind.TECHNIQUE, value, source);
        case SOFTWARE -> new NewItem(ItemKind.SOFTWARE, value, source);
        default -> throw new IllegalArgumentException("indicator: '" + value + "' is an ATT&CK " + k.label()
            + " id, not an indicator; a " + k.label() + " is not evidence (add the techniques or software it uses)");
      }).orElse(this);
    }
  }

  public IncidentStore(Store store) {
    this.store = store;
  }

  /**
   * Creates an incident; its id is {@code INC-} and eight random base32 characters (see {@link
   * IncidentIds}), so ids say nothing about how many incidents there are.
   */
  public Incident create(String title, String summary, Tlp tlp, String actor) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > 1000) {
      throw new IllegalArgumentException("title: give a title of 1 to 1000 characters");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return insert(t, summary, tlp, actor);
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
        if (attempt == 5) {
          throw e; // the same id or number taken five times over: not a race any more
        }
      }
    }
  }

  private Incident insert(String t, String summary, Tlp tlp, String actor) {
    return store.jdbi().inTransaction(h -> {
      long seq = h.createQuery("select coalesce(max(seq), 0) + 1 from incident").mapTo(Long.class).one();
      String id = ids.next();
      while (h.createQuery("select count(*) from incident where id = :id").bind("id", id).mapTo(Long.class).one() > 0) {
        id = ids.next(); // drawn before: about 1 in 10^12 per existing incident
      }
      OffsetDateTime now = now();
      h.createUpdate("insert into incident (id, seq, title, summary, tlp, version, created_at, created_by, updated_at) "
              + "values (:id, :seq, :title, :summary, :tlp, 1, :now, :actor, :now)")
          .bind("id", id).bind("seq", seq).bind("title", t).bind("summary", summary).bind("tlp", tlp.name())
          .bind("now", now).bind("actor", actor).execute();
      AuditLog.append(h, actor, "incident.create", id, "created '" + t + "' marked " + tlp.label());
      return read(h, id).orElseThrow();
    });
  }

  /** The incident, when it exists and its marking is within {@code maxTlp}. */
  public Optional<Incident> find(String id, Tlp maxTlp) {
    return store.jdbi().withHandle(h -> read(h, normaliseId(id))).filter(i -> i.tlp().visibleUpTo(maxTlp));
  }

  /** Every incident within {@code maxTlp}, newest first. */
  public List<Incident> list(Tlp maxTlp) {
    return store.jdbi().withHandle(h -> {
      List<String> ids = h.createQuery("select id from incident where tlp in (<visible>) order by seq desc")
          .bindList("visible", visible(maxTlp)).mapTo(String.class).list();
      List<Incident> out = new ArrayList<>();
      for (String id : ids) {
        read(h, id).ifPresent(out::add);
      }
      return out;
    });
  }

  /** Adds items the incident does not have yet; returns the incident as it now is. */
  public Incident addEvidence(String id, Long expectedVersion, List<NewItem> items, String actor) {
    String incident = normaliseId(id);
    return store.jdbi().inTransaction(h -> {
      Incident current = locked(h, incident, expectedVersion);
      return addItems(h, current, items, actor) ? read(h, incident).orElseThrow() : current;
    });
  }

  /**
   * The evidence an ingested document offers, of the given kinds ({@link DocumentEvidence}:
   * techniques, unambiguously named software, indicators no warning list suppressed), each with the
   * document as its source.
   */
  public static List<NewItem> itemsOf(StoredDocument document, Set<ItemKind> kinds) {
    String source = EvidenceItem.fromDocument(document.header().sha256());
    List<NewItem> items = new ArrayList<>();
    for (TextEvidence.Found f : DocumentEvidence.of(document.techniques(), document.entities(), document.indicators(),
        document.header().text())) {
      ItemKind kind = ItemKind.valueOf(f.kind().name());
      if (kinds.contains(kind)) {
        items.add(new NewItem(kind, f.value(), source));
      }
    }
    return items;
  }

  /**
   * Attaches an ingested document and adds {@code items} (typically {@link #itemsOf} it, or items
   * an analyst picked from it, with the document as their source). One transaction.
   *
   * @throws IllegalArgumentException when the document is marked more restrictively than the
   *     incident: its evidence would reach readers the document may not
   */
  public Incident addFromDocument(String id, Long expectedVersion, StoredDocument document, List<NewItem> items,
      String actor) {
    String sha = document.header().sha256();
    String incident = normaliseId(id);
    return store.jdbi().inTransaction(h -> {
      Incident current = locked(h, incident, expectedVersion);
      Tlp marking = document.header().tlp();
      if (!marking.visibleUpTo(current.tlp())) {
        throw new IllegalArgumentException("document " + sha.substring(0, 12) + " is marked " + marking.label()
            + " and cannot feed " + incident + ", marked " + current.tlp().label()
            + ": its readers may not see the document");
      }
      boolean changed = false;
      if (!current.documents().contains(sha)) {
        h.createUpdate("insert into incident_document (incident_id, sha256, added_at) values (:id, :sha, :now)")
            .bind("id", incident).bind("sha", sha).bind("now", now()).execute();
        bump(h, incident);
        AuditLog.append(h, actor, "incident.document.attach", incident, "attached document " + sha
            + (document.header().title() == null ? "" : " '" + document.header().title() + "'"));
        changed = true;
      }
      changed |= addItems(h, current, items, actor);
      return changed ? read(h, incident).orElseThrow() : current;
    });
  }

  private static boolean addItems(Handle h, Incident current, List<NewItem> items, String actor) {
    Set<String> have = new LinkedHashSet<>();
    current.evidence().forEach(e -> have.add(e.kind() + "\u0000" + e.value()));
    int position = current.evidence().size() == 0 ? 0 : h.createQuery(
            "select max(position) + 1 from incident_evidence where incident_id = :id")
        .bind("id", current.id()).mapTo(Integer.class).one();
    List<String> added = new ArrayList<>();
    OffsetDateTime now = now();
    List<NewItem> routed = items.stream().map(NewItem::routed).toList();
    for (NewItem item : routed) {
      if (!have.add(item.kind() + "\u0000" + item.value())) {
        continue;
      }
      h.createUpdate("insert into incident_evidence (incident_id, position, kind, item_value, source, added_by, added_at) "
              + "values (:id, :position, :kind, :value, :source, :actor, :now)")
          .bind("id", current.id()).bind("position", position++).bind("kind", item.kind().id())
          .bind("value", item.value()).bind("source", item.source()).bind("actor", actor).bind("now", now).execute();
      added.add(item.kind().id() + " " + item.value());
    }
    if (added.isEmpty()) {
      return false;
    }
    bump(h, current.id());
    AuditLog.append(h, actor, "incident.evidence.add", current.id(), "added " + String.join(", ", added)
        + sourceNote(items));
    return true;
  }

  /** Removes one item; returns the incident as it now is. */
  public Incident removeEvidence(String id, Long expectedVersion, ItemKind kind, String value, String actor) {
    String incident = normaliseId(id);
    String v = kind.normalise(value);
    return store.jdbi().inTransaction(h -> {
      Incident current = locked(h, incident, expectedVersion);
      int removed = h.createUpdate("delete from incident_evidence where incident_id = :id and kind = :kind and item_value = :value")
          .bind("id", incident).bind("kind", kind.id()).bind("value", v).execute();
      if (removed == 0) {
        throw new IllegalArgumentException(incident + " has no " + kind.id() + " '" + v + "'");
      }
      bump(h, incident);
      AuditLog.append(h, actor, "incident.evidence.remove", incident, "removed " + kind.id() + " " + v);
      return read(h, incident).orElseThrow();
    });
  }

  /** Records the analyst's conclusion and note. */
  public Incident conclude(String id, Long expectedVersion, String conclusion, String note, String actor) {
    String incident = normaliseId(id);
    if (conclusion == null || conclusion.isBlank() || conclusion.length() > 4000) {
      throw new IllegalArgumentException("conclusion: give a conclusion of 1 to 4000 characters");
    }
    return store.jdbi().inTransaction(h -> {
      Incident current = locked(h, incident, expectedVersion);
      h.createUpdate("update incident set conclusion = :c, conclusion_note = :n where id = :id")
          .bind("c", conclusion.strip()).bind("n", note).bind("id", incident).execute();
      bump(h, incident);
      AuditLog.append(h, actor, "incident.conclude", incident, "concluded: " + conclusion.strip()
          + (note == null || note.isBlank() ? "" : " (note: " + note.strip() + ")"));
      return read(h, incident).orElseThrow();
    });
  }

  /** Stores a run of the attribution engine as the incident's next assessment. */
  public Assessment recordAssessment(String id, Attribution result, String kbFingerprint, int evidenceItems, String actor) {
    String incident = normaliseId(id);
    String json;
    try {
      json = JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the attribution of " + incident, e);
    }
    return store.jdbi().inTransaction(h -> {
      locked(h, incident, null);
      int number = h.createQuery("select coalesce(max(number), 0) + 1 from assessment where incident_id = :id")
          .bind("id", incident).mapTo(Integer.class).one();
      OffsetDateTime now = now();
      h.createUpdate("insert into assessment (incident_id, number, created_at, created_by, kb_fingerprint, evidence_items, "
              + "result_json) values (:id, :n, :now, :actor, :kb, :items, :json)")
          .bind("id", incident).bind("n", number).bind("now", now).bind("actor", actor).bind("kb", kbFingerprint)
          .bind("items", evidenceItems).bind("json", json).execute();
      String top = result.hypotheses().isEmpty() ? "unknown actor"
          : result.hypotheses().get(0).actor() + " " + Math.round(result.hypotheses().get(0).probability() * 100) + "%";
      AuditLog.append(h, actor, "incident.attribute", incident, "assessment " + number + ": top " + top);
      return new Assessment(incident, number, now.toInstant(), actor, kbFingerprint, evidenceItems, result);
    });
  }

  /** The incident's assessments, oldest first. */
  public List<Assessment> assessments(String id) {
    String incident = normaliseId(id);
    return store.jdbi().withHandle(h -> h.createQuery("select number, created_at, created_by, kb_fingerprint, "
            + "evidence_items, result_json from assessment where incident_id = :id order by number")
        .bind("id", incident)
        .map((rs, ctx) -> new Assessment(incident, rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getString(3), rs.getString(4), rs.getInt(5), parse(rs.getString(6))))
        .list());
  }

  /** The audit entries of one incident, oldest first. */
  public List<AuditEntry> log(String id) {
    return store.jdbi().withHandle(h -> AuditLog.entries(h, normaliseId(id)));
  }

  private static Attribution parse(String json) {
    try {
      return JSON.readValue(json, Attribution.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored assessment is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static String sourceNote(List<NewItem> items) {
    Set<String> sources = new LinkedHashSet<>();
    items.forEach(i -> sources.add(i.source()));
    return sources.equals(Set.of(EvidenceItem.ANALYST)) ? "" : " from " + String.join(", ", sources);
  }

  /**
   * Locks the incident's row for the rest of the transaction (so concurrent edits run one after
   * the other), then checks the version the edit was based on against the latest committed one.
   */
  private static Incident locked(Handle h, String id, Long expected) {
    // An update (that changes nothing) takes the row's write lock in H2 and PostgreSQL alike, until
    // commit; H2's "select ... for update" did not always keep a second editor out.
    if (h.createUpdate("update incident set version = version where id = :id").bind("id", id).execute() == 0) {
      throw new NoSuchIncidentException(id);
    }
    long version = h.createQuery("select version from incident where id = :id").bind("id", id).mapTo(Long.class).one();
    if (expected != null && expected != version) {
      throw new StaleIncidentException(id, expected, version);
    }
    return read(h, id).orElseThrow();
  }

  private static void bump(Handle h, String id) {
    h.createUpdate("update incident set version = version + 1, updated_at = :now where id = :id")
        .bind("now", now()).bind("id", id).execute();
  }

  private static Optional<Incident> read(Handle h, String id) {
    return h.createQuery("select id, title, summary, tlp, version, created_at, created_by, updated_at, conclusion, "
            + "conclusion_note from incident where id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new Incident(rs.getString(1), rs.getString(2), rs.getString(3), Tlp.valueOf(rs.getString(4)),
            rs.getLong(5), instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
            instant(rs.getObject(8, OffsetDateTime.class)), evidence(h, id), documents(h, id), rs.getString(9),
            rs.getString(10)))
        .findOne();
  }

  private static List<EvidenceItem> evidence(Handle h, String id) {
    return h.createQuery("select kind, item_value, source, added_by, added_at from incident_evidence "
            + "where incident_id = :id order by position")
        .bind("id", id)
        .map((rs, ctx) -> new EvidenceItem(ItemKind.of(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class))))
        .list();
  }

  private static List<String> documents(Handle h, String id) {
    return h.createQuery("select sha256 from incident_document where incident_id = :id order by added_at, sha256")
        .bind("id", id).mapTo(String.class).list();
  }

  private static List<String> visible(Tlp max) {
    return Arrays.stream(Tlp.values()).filter(t -> t.visibleUpTo(max)).map(Tlp::name).toList();
  }

  /** An id as stored: {@code inc-7kq2m9xd} names {@code INC-7KQ2M9XD}; {@code inc-3} and {@code 3} name {@code INC-3}. */
  static String normaliseId(String id) {
    return IncidentIds.normalise(id);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
