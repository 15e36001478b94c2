package io.ascribe.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.StixEntity;
import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Exports an incident as STIX 2.1: an {@code incident} object, a {@code grouping} of everything
 * observed (ATT&amp;CK attack patterns and software from the knowledge base, {@code indicator}s
 * with STIX patterns, victim {@code location}s), and the latest assessment: one {@code
 * attributed-to} relationship from the incident to each hypothesis's intrusion set, with the
 * hypothesis's STIX confidence and probability, and a {@code note} with the explanation.
 *
 * <p>Every object derived from the incident carries the incident's marking; knowledge-base
 * objects are public and unmarked.
 */
public final class IncidentExport {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private final KnowledgeGraph graph;

  /** @param graph the knowledge base, to reuse ATT&amp;CK ids and names (may be null) */
  public IncidentExport(KnowledgeGraph graph) {
    this.graph = graph;
  }

  /**
   * Adds the incident and its latest assessment (may be null) to {@code bundle}; returns the
   * incident object's id.
   */
  public String add(StixBundleBuilder bundle, Incident incident, Assessment latest) {
    Tlp tlp = incident.tlp();
    String id = StixIds.of("incident", "ascribe", incident.id());
    ObjectNode o = bundle.object("incident", id, tlp);
    o.put("created", StixTimes.format(incident.createdAt()));
    o.put("modified", StixTimes.format(incident.updatedAt()));
    o.put("name", incident.id() + ": " + incident.title());
    if (incident.summary() != null && !incident.summary().isBlank()) {
      o.put("description", incident.summary());
    }
    List<String> refs = new ArrayList<>();
    refs.add(id);
    for (EvidenceItem item : incident.evidence()) {
      String ref = switch (item.kind()) {
        case TECHNIQUE -> knowledgeObject(bundle, item.value(), "attack-pattern");
        case SOFTWARE -> knowledgeObject(bundle, item.value(), "malware", "tool");
        case INDICATOR -> indicator(bundle, incident, item);
        case VICTIM_COUNTRY -> country(bundle, item.value(), tlp);
        default -> null;
      };
      if (ref != null && !refs.contains(ref)) {
        refs.add(ref);
      }
    }
    if (latest != null) {
      assessment(bundle, incident, id, latest, refs);
    }
    ObjectNode grouping = bundle.object("grouping", StixIds.of("grouping", "ascribe", incident.id()), tlp);
    grouping.put("created", o.get("created").asText());
    grouping.put("modified", o.get("modified").asText());
    grouping.put("name", "Evidence of " + incident.id() + ": " + incident.title());
    grouping.put("context", "suspicious-activity");
    ArrayNode objectRefs = grouping.putArray("object_refs");
    refs.forEach(objectRefs::add);
    return id;
  }

  private String knowledgeObject(StixBundleBuilder bundle, String value, String... types) {
    StixEntity e = find(value, types);
    if (e == null) {
      return null;
    }
    ObjectNode k = bundle.object(e.type(), e.id(), null);
    if (e.modified() != null) {
      String t = StixTimes.normalize(e.modified(), bundle.asOf());
      k.put("created", t);
      k.put("modified", t);
    }
    k.put("name", e.name());
    if (e.type().equals("malware")) {
      k.put("is_family", true);
    }
    if (e.attackId() != null) {
      k.putArray("external_references").add(ActorExport.attackReference(e.attackId(),
          e.type().equals("attack-pattern") ? "techniques" : "software"));
    }
    return e.id();
  }

  private StixEntity find(String value, String... types) {
    if (graph == null) {
      return null;
    }
    StixEntity byId = graph.byAttackId(value.toUpperCase(Locale.ROOT));
    if (byId != null && List.of(types).contains(byId.type())) {
      return byId;
    }
    for (String type : types) {
      for (StixEntity e : graph.stixOfType(type)) {
        if (e.live() && (e.name().equalsIgnoreCase(value) || e.aliases().stream().anyMatch(value::equalsIgnoreCase))) {
          return e;
        }
      }
    }
    return null;
  }

  private static String indicator(StixBundleBuilder bundle, Incident incident, EvidenceItem item) {
    String pattern = pattern(item.value());
    if (pattern == null) {
      return null;
    }
    String id = StixIds.of("indicator", "ascribe", incident.id(), item.value());
    ObjectNode i = bundle.object("indicator", id, incident.tlp());
    String at = StixTimes.format(item.addedAt());
    i.put("created", at);
    i.put("modified", at);
    i.put("name", item.value());
    i.put("pattern", pattern);
    i.put("pattern_type", "stix");
    i.put("valid_from", at);
    i.putArray("indicator_types").add("malicious-activity");
    return id;
  }

  /** A STIX pattern for an indicator value, or null when its kind is not recognised. */
  static String pattern(String value) {
    String v = value.replace("\\", "\\\\").replace("'", "\\'");
    if (IPV4.matcher(value).matches()) {
      return "[ipv4-addr:value = '" + v + "']";
    }
    if (value.contains(":") && value.matches("[0-9a-fA-F:]+")) {
      return "[ipv6-addr:value = '" + v + "']";
    }
    if (value.startsWith("http://") || value.startsWith("https://")) {
      return "[url:value = '" + v + "']";
    }
    if (value.contains("@")) {
      return "[email-addr:value = '" + v + "']";
    }
    if (HEX.matcher(value).matches()) {
      String algorithm = switch (value.length()) {
        case 32 -> "MD5";
        case 40 -> "SHA-1";
        case 64 -> "SHA-256";
        case 128 -> "SHA-512";
        default -> null;
      };
      return algorithm == null ? null : "[file:hashes.'" + algorithm + "' = '" + value.toLowerCase(Locale.ROOT) + "']";
    }
    if (value.contains(".") && !value.contains(" ")) {
      return "[domain-name:value = '" + v.toLowerCase(Locale.ROOT) + "']";
    }
    return null;
  }

  private static String country(StixBundleBuilder bundle, String code, Tlp tlp) {
    String id = StixIds.of("location", "country", code);
    ObjectNode l = bundle.object("location", id, tlp);
    l.put("country", code);
    l.put("name", code);
    return id;
  }

  private static void assessment(StixBundleBuilder bundle, Incident incident, String incidentId, Assessment a,
      List<String> refs) {
    Tlp tlp = incident.tlp();
    String at = StixTimes.format(a.at());
    StringBuilder text = new StringBuilder("Ascribe assessment #" + a.number() + " of " + incident.id() + " (knowledge base "
        + a.kbFingerprint() + ", " + a.evidenceItems() + " evidence items):\n");
    int rank = 1;
    for (Attribution.Hypothesis h : a.result().hypotheses()) {
      text.append(rank++).append(". ").append(h.actor()).append(h.attackId() == null ? "" : " (" + h.attackId() + ")")
          .append(": ").append(Math.round(h.probability() * 1000) / 10.0).append("% (").append(h.likelihood()).append(")\n");
      if (h.stixId() == null || !h.stixId().startsWith("intrusion-set--")) {
        continue;
      }
      ObjectNode set = bundle.object("intrusion-set", h.stixId(), null);
      set.put("name", h.actor());
      String relId = StixIds.of("relationship", "assessment", incident.id(), Integer.toString(a.number()), h.stixId());
      ObjectNode rel = bundle.relationship(relId, "attributed-to", incidentId, h.stixId(), tlp);
      rel.put("created", at);
      rel.put("modified", at);
      rel.put("confidence", h.stixConfidence());
      rel.put("description", "Hypothesis " + (rank - 1) + " of Ascribe assessment #" + a.number() + ": probability "
          + Math.round(h.probability() * 1000) / 10.0 + "% (" + h.likelihood() + ")");
      refs.add(relId);
      refs.add(h.stixId());
    }
    text.append("Unknown actor: ").append(Math.round(a.result().unknownProbability() * 1000) / 10.0).append("%\n");
    if (incident.conclusion() != null) {
      text.append("Analyst conclusion: ").append(incident.conclusion()).append('\n');
    }
    String noteId = StixIds.of("note", "assessment", incident.id(), Integer.toString(a.number()));
    ObjectNode note = bundle.object("note", noteId, tlp);
    note.put("created", at);
    note.put("modified", at);
    note.put("abstract", "Attribution assessment #" + a.number() + " of " + incident.id());
    note.put("content", text.toString());
    note.putArray("object_refs").add(incidentId);
    refs.add(noteId);
  }
}
