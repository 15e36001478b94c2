package io.ascribe.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.attribution.Attribution;
import io.ascribe.export.StixBundleBuilder;
import io.ascribe.export.StixIds;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.StixEntity;

/**
 * Writes an incident into a STIX bundle: an {@code incident} object (marked with the incident's
 * TLP) with its evidence as {@code x_ascribe_evidence}; its techniques and software as the
 * knowledge base's {@code attack-pattern}, {@code malware} and {@code tool} objects linked by
 * {@code related-to}; and each hypothesis of the latest assessment as an {@code intrusion-set}
 * with an {@code attributed-to} relationship whose {@code confidence} is the hypothesis's STIX
 * confidence and whose description gives the probability.
 */
final class IncidentStix {
  private final KnowledgeGraph graph;

  IncidentStix(KnowledgeGraph graph) {
    this.graph = graph;
  }

  /** Adds the incident; returns its STIX id. */
  String add(StixBundleBuilder b, Incident i, Assessment latest) {
    String id = StixIds.of("incident", "ascribe-incident", i.id());
    ObjectNode o = b.object("incident", id, i.tlp());
    o.put("name", i.id() + " " + i.title());
    if (i.summary() != null) {
      o.put("description", i.summary());
    }
    ArrayNode ev = o.putArray("x_ascribe_evidence");
    for (EvidenceItem e : i.evidence()) {
      ObjectNode n = ev.addObject();
      n.put("kind", e.kind().id());
      n.put("value", e.value());
      n.put("source", e.source());
      linkKnown(b, i, id, e);
    }
    if (i.conclusion() != null) {
      o.put("x_ascribe_conclusion", i.conclusion());
    }
    if (latest != null) {
      for (Attribution.Hypothesis h : latest.result().hypotheses()) {
        String set = h.stixId() != null && h.stixId().startsWith("intrusion-set--") ? h.stixId()
            : StixIds.of("intrusion-set", "name", h.actor());
        ObjectNode s = b.object("intrusion-set", set, null);
        s.put("name", h.actor());
        ObjectNode r = b.relationship(StixIds.of("relationship", "attributed-to", id, set, String.valueOf(latest.number())),
            "attributed-to", id, set, i.tlp());
        r.put("confidence", h.stixConfidence());
        r.put("description", String.format(java.util.Locale.ROOT, "assessment %d: probability %.3f (%s)", latest.number(),
            h.probability(), h.likelihood()));
      }
      o.put("x_ascribe_unknown_probability", latest.result().unknownProbability());
    }
    return id;
  }

  private void linkKnown(StixBundleBuilder b, Incident i, String incident, EvidenceItem e) {
    if (graph == null || (e.kind() != ItemKind.TECHNIQUE && e.kind() != ItemKind.SOFTWARE)) {
      return;
    }
    StixEntity known = graph.byAttackId(e.value());
    if (known == null) {
      return;
    }
    ObjectNode o = b.object(known.type(), known.id(), null);
    o.put("name", known.name());
    if (known.type().equals("malware")) {
      o.put("is_family", true);
    }
    if (known.attackId() != null) {
      ObjectNode ref = o.putArray("external_references").addObject();
      ref.put("source_name", "mitre-attack");
      ref.put("external_id", known.attackId());
    }
    b.relationship(StixIds.of("relationship", "related-to", incident, known.id()), "related-to", incident, known.id(),
        i.tlp());
  }
}
