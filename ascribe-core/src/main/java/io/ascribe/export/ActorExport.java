package io.ascribe.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.AliasSource;
import io.ascribe.model.ExternalReference;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.Relationship;
import io.ascribe.model.StixEntity;
import io.ascribe.profile.Profiles;
import io.ascribe.profile.Profiles.Actor;
import io.ascribe.profile.Profiles.SponsorClaim;
import io.ascribe.profile.Profiles.Usage;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Exports one profiled actor ({@link Profiles.Actor}) into a {@link StixBundleBuilder}:
 *
 * <ul>
 *   <li>an {@code intrusion-set} (ATT&amp;CK's own id when the actor is an ATT&amp;CK group) with
 *       every alias other than its name and ATT&amp;CK id in {@code aliases} and, per alias and source, where it comes from in the
 *       custom property {@code x_ascribe_alias_sources} (alias, source, vendor, object key and
 *       name, citations);
 *   <li>each technique as an {@code attack-pattern} and each piece of software as a {@code
 *       malware} or {@code tool}, under their ATT&amp;CK ids, with a {@code uses} relationship.
 *       The relationship stands for Ascribe's merged view (one per actor and target, whatever
 *       the number of source relationships), so its id is a UUIDv5 of the pair, the same with or
 *       without a graph; with one it cites ATT&amp;CK's citations with their URLs, without one
 *       the citation names of the profile;
 *   <li>each sponsor claim with a known country as {@code intrusion-set attributed-to identity}
 *       (the state), authored by the claiming source's identity, with its confidence.
 * </ul>
 *
 * <p>Knowledge-base data is public: these objects carry no marking. Without a graph the export
 * uses the profile alone (the stored read model); with one it adds ATT&amp;CK timestamps,
 * tactics and relationship ids.
 */
public final class ActorExport {
  private static final String ATTACK = "mitre-attack";

  private final KnowledgeGraph graph;

  /** An export from stored profiles alone. */
  public ActorExport() {
    this(null);
  }

  /** An export that also reads ATT&amp;CK details from {@code graph} (may be null). */
  public ActorExport(KnowledgeGraph graph) {
    this.graph = graph;
  }

  /** Adds {@code actor} and what it uses to {@code bundle}; returns the intrusion set's id. */
  public String add(StixBundleBuilder bundle, Actor actor) {
    String id = ActorIds.forActor(actor.key(), actor.stixId());
    ObjectNode set = bundle.object("intrusion-set", id, null);
    StixEntity source = entity(actor.stixId());
    timestamps(set, source, bundle);
    set.put("name", actor.name());
    if (!actor.descriptions().isEmpty()) {
      set.put("description", actor.descriptions().get(0).text());
    }
    aliases(set, actor);
    if (actor.firstSeen() != null) {
      set.put("first_seen", StixTimes.normalize(actor.firstSeen(), null));
    }
    if (actor.lastSeen() != null) {
      set.put("last_seen", StixTimes.normalize(actor.lastSeen(), null));
    }
    ArrayNode refs = set.arrayNode();
    if (actor.attackId() != null) {
      refs.add(attackReference(actor.attackId(), "groups"));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Profiles.Reference r : actor.references()) {
      if (r.source() != null && seen.add(r.source())) {
        ObjectNode ref = ExternalRefs.of(r.source(), r.url(), r.description());
        if (ref != null) {
          refs.add(ref);
        }
      }
    }
    if (!refs.isEmpty()) {
      set.set("external_references", refs);
    }
    Map<String, Relationship> original = originalUses(actor.stixId());
    for (Usage u : actor.techniques()) {
      uses(bundle, id, techniqueId(bundle, u), u, original);
    }
    for (Usage u : actor.software()) {
      uses(bundle, id, softwareId(bundle, u), u, original);
    }
    StixParties parties = new StixParties(bundle);
    for (SponsorClaim c : actor.sponsorClaims()) {
      sponsor(bundle, parties, id, c);
    }
    return id;
  }

  private void aliases(ObjectNode set, Actor actor) {
    Set<String> names = new LinkedHashSet<>();
    ArrayNode sources = set.arrayNode();
    for (Profiles.Alias a : actor.aliases()) {
      if (!a.name().equalsIgnoreCase(actor.name()) && !a.name().equalsIgnoreCase(actor.attackId())) {
        names.add(a.name());
      }
      for (AliasSource s : a.sources()) {
        ObjectNode o = sources.addObject();
        o.put("alias", a.name());
        o.put("source", s.source());
        putIfPresent(o, "vendor", s.vendor());
        putIfPresent(o, "object_key", s.objectKey());
        putIfPresent(o, "object_name", s.objectName());
        if (s.citations() != null && !s.citations().isEmpty()) {
          ArrayNode c = o.putArray("citations");
          s.citations().forEach(c::add);
        }
      }
    }
    if (!names.isEmpty()) {
      ArrayNode array = set.putArray("aliases");
      names.forEach(array::add);
    }
    if (!sources.isEmpty()) {
      set.set("x_ascribe_alias_sources", sources);
    }
  }

  private String techniqueId(StixBundleBuilder bundle, Usage u) {
    String id = u.key().startsWith("attack-pattern--") ? u.key() : StixIds.of("attack-pattern", "technique", u.key());
    ObjectNode t = bundle.object("attack-pattern", id, null);
    StixEntity e = entity(u.key());
    timestamps(t, e, bundle);
    t.put("name", u.name());
    if (u.attackId() != null) {
      t.putArray("external_references").add(attackReference(u.attackId(), "techniques"));
    }
    if (e != null && !e.tactics().isEmpty()) {
      ArrayNode phases = t.putArray("kill_chain_phases");
      for (String tactic : e.tactics()) {
        phases.addObject().put("kill_chain_name", ATTACK).put("phase_name", tactic);
      }
    }
    return id;
  }

  private String softwareId(StixBundleBuilder bundle, Usage u) {
    StixEntity e = entity(u.key());
    String type = e != null ? e.type() : u.key().startsWith("tool--") ? "tool" : "malware";
    if (!type.equals("tool") && !type.equals("malware")) {
      type = "malware";
    }
    String id = u.key().startsWith(type + "--") ? u.key() : StixIds.of(type, "software", u.key());
    ObjectNode s = bundle.object(type, id, null);
    timestamps(s, e, bundle);
    s.put("name", u.name());
    if (type.equals("malware")) {
      s.put("is_family", true);
    }
    if (u.attackId() != null) {
      s.putArray("external_references").add(attackReference(u.attackId(), "software"));
    }
    return id;
  }

  private void uses(StixBundleBuilder bundle, String from, String to, Usage u, Map<String, Relationship> original) {
    Relationship r = original.get(u.key());
    String id = StixIds.of("relationship", "uses", from, to);
    ObjectNode rel = bundle.relationship(id, "uses", from, to, null);
    ArrayNode refs = rel.arrayNode();
    if (r != null) {
      for (ExternalReference x : r.references()) {
        ObjectNode ref = ExternalRefs.of(x.sourceName(), x.url(), x.description());
        if (ref != null) {
          refs.add(ref);
        }
      }
    } else {
      for (String c : u.citedBy()) {
        refs.add(ExternalRefs.of(c, null, "Cited by " + c));
      }
    }
    if (!refs.isEmpty()) {
      rel.set("external_references", refs);
    }
  }

  private static void sponsor(StixBundleBuilder bundle, StixParties parties, String setId, SponsorClaim c) {
    if (c.country() == null) {
      return;
    }
    String state = parties.state(c.country(), null);
    String claimant = parties.source(c.claimant(), null);
    String id = StixIds.of("relationship", "sponsor", setId, c.country(), c.claimant(), c.basis(), c.statedAs());
    ObjectNode rel = bundle.relationship(id, "attributed-to", setId, state, null);
    rel.put("description", c.claimant() + " (" + c.basis() + "): " + c.statedAs());
    rel.put("created_by_ref", claimant);
    if (c.confidence() != null && c.confidence() >= 0 && c.confidence() <= 100) {
      rel.put("confidence", c.confidence());
    }
    ObjectNode ref = rel.putArray("external_references").addObject();
    ref.put("source_name", c.claimant());
    ref.put("description", c.basis() + " = " + c.statedAs());
    putIfPresent(ref, "external_id", c.objectKey());
  }

  private Map<String, Relationship> originalUses(String stixId) {
    Map<String, Relationship> m = new HashMap<>();
    if (graph != null && stixId != null) {
      for (Relationship r : graph.from(stixId)) {
        if (r.type().equals("uses") && !r.revoked() && !r.deprecated()) {
          m.putIfAbsent(r.targetRef(), r);
        }
      }
    }
    return m;
  }

  private StixEntity entity(String id) {
    return graph == null || id == null ? null : graph.stix(id);
  }

  private static void timestamps(ObjectNode o, StixEntity e, StixBundleBuilder bundle) {
    if (e != null && e.modified() != null) {
      String t = StixTimes.normalize(e.modified(), bundle.asOf());
      o.put("created", t);
      o.put("modified", t);
    }
  }

  static ObjectNode attackReference(String attackId, String page) {
    ObjectNode ref = JsonNodeFactory.instance.objectNode();
    ref.put("source_name", ATTACK);
    ref.put("external_id", attackId);
    ref.put("url", "https://attack.mitre.org/" + page + "/" + attackId.replace('.', '/'));
    return ref;
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null && !value.isBlank()) {
      o.put(field, value);
    }
  }
}
