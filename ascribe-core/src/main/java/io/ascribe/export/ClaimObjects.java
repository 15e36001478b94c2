package io.ascribe.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.Names;
import io.ascribe.extract.claim.Claim;
import io.ascribe.geo.Countries;
import io.ascribe.model.Tlp;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the STIX objects of single claims for {@link ClaimLedgerExport}: the relationships,
 * opinions and notes, the activities they are about, and the document reference.
 */
final class ClaimObjects {
  private final StixBundleBuilder bundle;
  private final ActorIds actorIds;
  private final StixParties parties;

  ClaimObjects(StixBundleBuilder bundle, ActorIds actorIds, Countries countries) {
    this.bundle = bundle;
    this.actorIds = actorIds;
    this.parties = new StixParties(bundle, countries);
  }

  /** The attributed-to relationship of an attribution claim, or null when it has no accused. */
  String attribution(ClaimRecord r) {
    Claim c = r.claim();
    String accused = accused(c, r.tlp());
    if (accused == null) {
      return null;
    }
    String id = StixIds.of("relationship", "claim", r.documentSha256(), c.type().id(),
        c.claimant(), c.accused(), c.threatActor(), c.target(), c.evidence());
    ObjectNode rel = bundle.relationship(id, "attributed-to", activity(r), accused, r.tlp());
    common(rel, r);
    rel.put("confidence", ClaimConfidence.of(c.form()));
    if (c.claimant() != null) {
      rel.put("created_by_ref", parties.party(c.claimant(), c.claimantCountry(), r.tlp()));
    }
    return id;
  }

  /**
   * The attribution a denial rejects when its document does not contain it; authored by {@code
   * accuser} when known. Null when the denial names no party.
   */
  String inferredAttribution(ClaimRecord r, ClaimLedgerExport.Party accuser) {
    Claim c = r.claim();
    String accused = accused(c, r.tlp());
    if (accused == null) {
      return null;
    }
    String id = StixIds.of("relationship", "denied-claim", r.documentSha256(), c.accused(), c.accusedCountry(),
        c.threatActor(), c.target());
    ObjectNode rel = bundle.relationship(id, "attributed-to", activity(r), accused, r.tlp());
    common(rel, r);
    rel.put("description", "Attribution inferred from a denial in the same document: " + c.evidence());
    rel.put("x_ascribe_inferred", true);
    if (accuser != null) {
      rel.put("created_by_ref", parties.party(accuser.name(), accuser.country(), r.tlp()));
    }
    return id;
  }

  /** The opinion of a denial about {@code denied}; skipped when there is nothing to deny. */
  void denial(ClaimRecord r, List<String> denied) {
    if (denied.isEmpty()) {
      return;
    }
    Claim c = r.claim();
    String author = author(c, r.tlp());
    ObjectNode o = bundle.object("opinion", StixIds.of("opinion", r.documentSha256(), c.claimant(), c.accused(),
        c.threatActor(), c.evidence()), r.tlp());
    common(o, r);
    o.remove("description");
    o.put("opinion", "strongly-disagree");
    o.put("explanation", c.evidence());
    authors(o, c);
    if (author != null) {
      o.put("created_by_ref", author);
    }
    ArrayNode refs = o.putArray("object_refs");
    new LinkedHashSet<>(denied).forEach(refs::add);
  }

  /** The note of a counter-accusation; skipped when it names no one and answers nothing. */
  void counterAccusation(ClaimRecord r, List<String> answered) {
    Claim c = r.claim();
    Set<String> refs = new LinkedHashSet<>();
    String accused = accused(c, r.tlp());
    if (accused != null) {
      refs.add(accused);
    }
    refs.addAll(answered);
    if (refs.isEmpty()) {
      return;
    }
    ObjectNode n = bundle.object("note", StixIds.of("note", r.documentSha256(), c.claimant(), c.accused(),
        c.evidence()), r.tlp());
    common(n, r);
    n.remove("description");
    n.put("abstract", "Counter-accusation: " + orUnnamed(c.claimant()) + " accuses " + orUnnamed(
        c.accused() != null ? c.accused() : c.accusedCountry()));
    n.put("content", c.evidence());
    n.put("x_ascribe_claim_type", c.type().id());
    authors(n, c);
    String author = author(c, r.tlp());
    if (author != null) {
      n.put("created_by_ref", author);
    }
    ArrayNode array = n.putArray("object_refs");
    refs.forEach(array::add);
  }

  /** The identity the claim is about: the accused party, else the accused state; or null. */
  private String accused(Claim c, Tlp tlp) {
    if (c.accused() != null && !c.accused().isBlank()) {
      return parties.party(c.accused(), c.accusedCountry(), tlp);
    }
    return c.accusedCountry() != null ? parties.state(c.accusedCountry(), tlp) : null;
  }

  private String author(Claim c, Tlp tlp) {
    return c.claimant() != null ? parties.party(c.claimant(), c.claimantCountry(), tlp) : null;
  }

  /**
   * What the claim attributes: the named actor's intrusion set, else an unnamed campaign against
   * the target (shared by every document naming that target), else one per document.
   */
  private String activity(ClaimRecord r) {
    Claim c = r.claim();
    if (c.threatActor() != null && !c.threatActor().isBlank()) {
      String id = actorIds.intrusionSetId(c.threatActor());
      boolean isNew = !bundle.contains(id);
      ObjectNode set = bundle.object("intrusion-set", id, r.tlp());
      if (isNew) {
        set.put("name", c.threatActor());
      }
      return id;
    }
    String id;
    String name;
    if (c.target() != null && !c.target().isBlank()) {
      id = StixIds.of("campaign", "target", Names.normalize(c.target()));
      name = "Unnamed activity against " + c.target();
    } else {
      id = StixIds.of("campaign", "document", r.documentSha256());
      name = "Unnamed activity reported in " + (r.documentTitle() != null ? r.documentTitle() : "document " + r.documentSha256());
    }
    boolean isNew = !bundle.contains(id);
    ObjectNode campaign = bundle.object("campaign", id, r.tlp());
    if (isNew) {
      campaign.put("name", name);
    }
    return id;
  }

  /** Timestamps, sentence, claim form and the source document. */
  private void common(ObjectNode o, ClaimRecord r) {
    Claim c = r.claim();
    String when = StixTimes.normalize(c.date(), bundle.asOf());
    o.put("created", when);
    o.put("modified", when);
    if (c.evidence() != null) {
      o.put("description", c.evidence());
    }
    if (c.form() != null) {
      o.put("x_ascribe_claim_form", c.form().id());
    }
    if (c.target() != null) {
      o.put("x_ascribe_target", c.target());
    }
    o.putArray("external_references").add(documentReference(r));
  }

  private static void authors(ObjectNode o, Claim c) {
    if (c.claimant() != null) {
      o.putArray("authors").add(c.claimant());
    }
  }

  /**
   * The document as an external reference: {@code source_name} its host or source, its URL when
   * it has one, the title as {@code description}, the SHA-256 as {@code external_id} and hash.
   */
  static ObjectNode documentReference(ClaimRecord r) {
    ObjectNode ref = JsonNodeFactory.instance.objectNode();
    String source = r.documentSource();
    boolean url = ExternalRefs.isWebUrl(source);
    String name = url ? host(source) : source;
    ref.put("source_name", name == null || name.isBlank() ? "document" : name);
    ref.put("description", r.documentTitle() != null && !r.documentTitle().isBlank() ? r.documentTitle() : "Untitled document");
    if (url) {
      ref.put("url", source);
    }
    ref.put("external_id", r.documentSha256());
    String sha = r.documentSha256().toLowerCase(Locale.ROOT);
    if (sha.matches("[0-9a-f]{64}")) {
      ref.putObject("hashes").put("SHA-256", sha);
    }
    return ref;
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h != null ? h : url;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String orUnnamed(String s) {
    return s == null || s.isBlank() ? "an unnamed party" : s;
  }
}
