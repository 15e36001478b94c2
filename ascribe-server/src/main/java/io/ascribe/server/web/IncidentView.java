package io.ascribe.server.web;

import io.ascribe.access.Role;
import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.AuditEntry;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.incident.RankingChange;
import io.ascribe.profile.Profiles;
import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.store.documents.IndicatorHistory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders an incident: evidence with sources, the latest ranked hypotheses with bars and their
 * per-evidence explanation, the evidence-against-hypotheses matrix, false-flag sensitivity, the
 * ranking change since the previous assessment, the timeline of public claims, the conclusion and
 * the audit log; with the forms of {@link IncidentPages} for readers who may change things.
 */
final class IncidentView {
  private static final int MATRIX_COLUMNS = 5;
  private static final int HISTORY_SHOWN = 5;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private final Services services;
  private final ClaimTimeline timeline;

  IncidentView(Services services, ClaimTimeline timeline) {
    this.services = services;
    this.timeline = timeline;
  }

  static String when(Instant t) {
    return t == null ? "" : WHEN.format(t);
  }

  Html render(WebSession s, Incident i) {
    boolean analyst = s.principal().may(Role.ANALYST);
    List<Assessment> assessments = services.incidents().assessments(i.id());
    Assessment latest = assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    Html h = new Html();
    h.open("div", "class", "title-row");
    h.open("h1").el("span", i.id(), "class", "pill mono").text(" " + i.title() + " ").add(Layout.tlp(i.tlp())).close("h1");
    h.open("div", "class", "actions");
    if (analyst) {
      h.open("form", "method", "post", "action", Urls.incident(i.id()) + "/attribute", "class", "inline");
      Layout.csrf(h, s);
      h.el("button", latest == null ? "Attribute" : "Attribute again", "type", "submit", "class", "primary",
          "id", "attribute", "disabled", i.evidence().isEmpty() ? "disabled" : null,
          "title", "Rank candidate actors for the current evidence and store a dated assessment");
      h.close("form");
    }
    h.link(Urls.incident(i.id()) + "/graph", "Graph", "class", "button");
    h.link("/export/incidents/" + Urls.segment(i.id()) + "/stix", "Export STIX 2.1", "class", "button", "id", "export-stix");
    if (latest != null && !latest.result().hypotheses().isEmpty()) {
      h.open("form", "method", "get", "action", "/export/incidents/" + Urls.segment(i.id()) + "/navigator", "class", "inline");
      h.open("select", "name", "actor", "aria-label", "Actor to compare in the Navigator layer");
      for (Attribution.Hypothesis hy : latest.result().hypotheses()) {
        h.el("option", hy.actor() + (hy.attackId() == null ? "" : " (" + hy.attackId() + ")"), "value", actorRef(hy));
      }
      h.close("select");
      h.el("button", "Navigator layer", "type", "submit", "class", "button");
      h.close("form");
    }
    h.close("div").close("div");
    h.el("p", "created " + when(i.createdAt()) + " by " + i.createdBy() + " · version " + i.version() + " · updated "
        + when(i.updatedAt()) + " · " + assessments.size() + " assessment(s)", "class", "muted");
    if (i.summary() != null) {
      h.el("p", i.summary(), "class", "summary");
    }
    if (i.conclusion() != null) {
      h.open("div", "class", "conclusion", "id", "conclusion").el("strong", "Conclusion: ").text(i.conclusion());
      if (i.conclusionNote() != null) {
        h.el("div", i.conclusionNote(), "class", "muted");
      }
      h.close("div");
    }

    h.open("div", "class", "cols");
    List<AuditEntry> log = services.incidents().log(i.id());
    DocumentTitles titles = titles(i, log, s);
    h.add(assessment(latest, assessments));
    h.add(evidence(s, i, analyst, titles));
    h.close("div");
    if (latest != null) {
      h.add(matrix(i, latest));
    }
    h.add(timeline.render(i, latest, s.principal().maxTlp()));
    h.open("div", "class", "cols");
    if (analyst) {
      h.add(conclusionForm(s, i));
    }
    h.add(audit(log, titles));
    h.close("div");
    return h;
  }

  static String actorRef(Attribution.Hypothesis h) {
    return h.attackId() != null ? h.attackId() : h.actor();
  }

  private Html assessment(Assessment latest, List<Assessment> all) {
    Html h = new Html();
    h.open("section", "class", "card", "id", latest == null ? "assessment" : "assessment-" + latest.number());
    if (latest == null) {
      h.el("h2", "Hypotheses");
      h.el("p", "Not attributed yet. Add evidence, then press Attribute.", "class", "muted");
      return h.close("section");
    }
    Attribution r = latest.result();
    h.el("h2", "Hypotheses · assessment " + latest.number());
    h.el("p", when(latest.at()) + " by " + latest.by() + " over " + latest.evidenceItems() + " evidence item(s)",
        "class", "muted small");
    h.open("ol", "class", "hypotheses");
    for (Attribution.Hypothesis hy : r.hypotheses()) {
      h.open("li");
      h.open("div", "class", "hyp-head");
      h.link(Urls.actor(actorRef(hy)), hy.actor(), "class", "strong");
      if (hy.attackId() != null) {
        h.el("span", hy.attackId(), "class", "mono muted");
      }
      h.el("span", percent(hy.probability()), "class", "prob num");
      h.el("span", hy.likelihood(), "class", "likelihood");
      h.close("div");
      h.add(bar(hy.probability(), "bar"));
      h.open("details").el("summary", hy.evidence().size() + " supporting, " + hy.inconsistent().size() + " inconsistent");
      h.add(notes(hy.evidence(), hy.inconsistent()));
      h.close("details");
      h.close("li");
    }
    h.open("li", "class", "unknown");
    h.open("div", "class", "hyp-head").el("span", "Unknown or unlisted actor", "class", "strong")
        .el("span", percent(r.unknownProbability()), "class", "prob num").close("div");
    h.add(bar(r.unknownProbability(), "bar grey"));
    h.close("li");
    h.close("ol");
    if (!r.unresolved().isEmpty()) {
      h.el("p", "Not recognised: " + String.join(", ", r.unresolved()), "class", "muted small");
    }
    Attribution.FalseFlagSensitivity ff = r.falseFlagSensitivity();
    if (ff != null) {
      h.open("div", "class", "falseflag");
      h.el("h3", "False-flag sensitivity");
      if (ff.without().isEmpty()) {
        h.el("p", "No easily forged evidence (language, time zone) in this case.", "class", "muted");
      } else {
        h.el("p", "Without " + String.join(", ", ff.without()) + ": top hypothesis " + ff.topActor()
            + "; the current top moves by " + percent(ff.probabilityShift()) + ".",
            "class", ff.probabilityShift() >= 0.2 ? "warn" : null);
      }
      h.close("div");
    }
    if (all.size() >= 2) {
      h.add(change(RankingChange.between(all.get(all.size() - 2), latest)));
    }
    return h.close("section");
  }

  private static Html change(RankingChange c) {
    Html h = new Html();
    h.el("h3", "Since assessment " + c.fromAssessment());
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "actor").el("th", "rank").el("th", "before")
        .el("th", "now").el("th", "Δ").close("tr").close("thead").open("tbody");
    for (RankingChange.Move m : c.moves()) {
      double d = m.delta();
      h.open("tr").el("td", m.actor())
          .el("td", (m.rankBefore() == null ? "new" : "#" + m.rankBefore()) + " → " + (m.rankAfter() == null ? "out" : "#"
              + m.rankAfter()), "class", "nowrap")
          .el("td", percent(m.probabilityBefore()), "class", "num").el("td", percent(m.probabilityAfter()), "class", "num")
          .el("td", (d > 0 ? "+" : "") + percent(d), "class", "num " + (d > 0.005 ? "up" : d < -0.005 ? "down" : ""))
          .close("tr");
    }
    h.open("tr", "class", "muted").el("td", "unknown").el("td", "")
        .el("td", percent(c.unknownBefore()), "class", "num").el("td", percent(c.unknownAfter()), "class", "num")
        .el("td", "").close("tr");
    return h.close("tbody").close("table");
  }

  private static Html notes(List<Attribution.EvidenceNote> support, List<Attribution.EvidenceNote> against) {
    Html h = new Html();
    h.open("table", "class", "grid compact notes").open("thead").open("tr").el("th", "evidence").el("th", "weight")
        .el("th", "forgeability").el("th", "why").close("tr").close("thead").open("tbody");
    for (Attribution.EvidenceNote n : support) {
      note(h, n, "pos");
    }
    for (Attribution.EvidenceNote n : against) {
      note(h, n, "neg");
    }
    return h.close("tbody").close("table");
  }

  private static void note(Html h, Attribution.EvidenceNote n, String cls) {
    h.open("tr", "class", cls).open("td").el("span", n.kind(), "class", "kind").text(" " + n.value()).close("td")
        .el("td", signed(n.weight()), "class", "num").el("td", n.forgeability(), "class", "forge forge-" + n.forgeability())
        .el("td", n.note(), "class", "muted").close("tr");
  }

  /** The titles of every document the incident refers to (attached, evidence sources, audit entries). */
  private DocumentTitles titles(Incident i, List<AuditEntry> log, WebSession s) {
    Set<String> shas = new LinkedHashSet<>(i.documents());
    for (EvidenceItem e : i.evidence()) {
      String sha = documentOf(e.source());
      if (sha != null) {
        shas.add(sha);
      }
    }
    log.forEach(e -> shas.addAll(DocumentTitles.hashesIn(e.detail())));
    return DocumentTitles.of(services, shas, s.principal().maxTlp());
  }

  private static String documentOf(String source) {
    return source != null && source.startsWith("document:") ? source.substring("document:".length()) : null;
  }

  private Html evidence(WebSession s, Incident i, boolean analyst, DocumentTitles titles) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "evidence");
    h.el("h2", "Evidence (" + i.evidence().size() + ")");
    if (i.evidence().isEmpty()) {
      h.el("p", "No evidence yet. Type items below, or add them from a document's page.", "class", "muted");
    } else {
      h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "kind").el("th", "value")
          .el("th", "source").el("th", "added").el("th", "").close("tr").close("thead").open("tbody");
      for (EvidenceItem e : i.evidence()) {
        h.open("tr").open("td").el("span", e.kind().id(), "class", "kind").close("td").el("td", e.value(), "class", "mono wrap-any");
        h.open("td");
        source(h, e.source(), titles);
        h.close("td");
        h.el("td", e.addedBy() + " · " + when(e.addedAt()), "class", "muted small nowrap");
        h.open("td");
        if (analyst) {
          h.open("form", "method", "post", "action", Urls.incident(i.id()) + "/evidence/remove", "class", "inline");
          Layout.csrf(h, s);
          h.empty("input", "type", "hidden", "name", "kind", "value", e.kind().id());
          h.empty("input", "type", "hidden", "name", "value", "value", e.value());
          h.empty("input", "type", "hidden", "name", "version", "value", String.valueOf(i.version()));
          h.el("button", "✕", "type", "submit", "class", "link danger", "title", "Remove this item");
          h.close("form");
        }
        h.close("td").close("tr");
      }
      h.close("tbody").close("table");
    }
    if (analyst) {
      h.open("form", "method", "post", "action", Urls.incident(i.id()) + "/evidence", "class", "row", "id", "add-evidence");
      Layout.csrf(h, s);
      h.empty("input", "type", "hidden", "name", "version", "value", String.valueOf(i.version()));
      h.open("select", "name", "kind", "aria-label", "Kind");
      for (ItemKind k : ItemKind.values()) {
        h.el("option", k.id().replace('_', ' '), "value", k.id());
      }
      h.close("select");
      h.empty("input", "name", "value", "required", "required", "placeholder", "T1059.001 · PlugX · 198.51.100.7 · TW · zh · 8",
          "aria-label", "Value");
      h.el("button", "Add", "type", "submit");
      h.close("form");
    }
    h.add(indicatorHistory(i, s.principal().maxTlp()));
    if (!i.documents().isEmpty()) {
      h.el("h3", "Documents");
      h.open("ul", "class", "plain");
      for (String sha : i.documents()) {
        h.open("li").add(titles.link(sha, null)).close("li");
      }
      h.close("ul");
    }
    return h.close("section");
  }

  /**
   * For each indicator of the incident, the stored documents that contain it (the reader's
   * clearance, one copy of each document, newest first), so that an analyst sees where the
   * infrastructure was reported before.
   */
  private Html indicatorHistory(Incident i, Tlp max) {
    List<String> values = i.evidence().stream().filter(e -> e.kind() == ItemKind.INDICATOR).map(EvidenceItem::value)
        .distinct().toList();
    Html h = new Html();
    if (values.isEmpty()) {
      return h;
    }
    Map<String, List<IndicatorHistory.Seen>> seen = new IndicatorHistory(services.store()).documentsContaining(values, max);
    long found = seen.values().stream().filter(l -> !l.isEmpty()).count();
    h.open("div", "id", "indicator-history");
    h.el("h3", "Indicators seen before (" + found + " of " + values.size() + ")");
    h.open("table", "class", "grid compact").open("tbody");
    for (String v : values) {
      List<IndicatorHistory.Seen> docs = seen.getOrDefault(v, List.of());
      h.open("tr").el("td", v, "class", "mono wrap-any").open("td");
      if (docs.isEmpty()) {
        h.el("span", "in no stored document", "class", "muted small");
      }
      for (int k = 0; k < Math.min(HISTORY_SHOWN, docs.size()); k++) {
        seenIn(h, docs.get(k));
      }
      if (docs.size() > HISTORY_SHOWN) {
        h.open("details").el("summary", (docs.size() - HISTORY_SHOWN) + " more");
        docs.subList(HISTORY_SHOWN, docs.size()).forEach(d -> seenIn(h, d));
        h.close("details");
      }
      h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("div");
    return h;
  }

  private static void seenIn(Html h, IndicatorHistory.Seen d) {
    h.open("div", "class", "seen-in small");
    h.el("span", d.published() != null ? d.published() : "ingested " + when(d.ingestedAt()).substring(0, 10),
        "class", "date mono muted").text(" ");
    h.link(Urls.document(d.sha256()), DocumentTitles.label(d.title(), d.sha256()), "class", "doc-link").text(" ");
    h.add(Layout.tlp(d.tlp()));
    h.close("div");
  }

  private static void source(Html h, String source, DocumentTitles titles) {
    String sha = documentOf(source);
    if (sha != null) {
      h.add(titles.link(sha, "small"));
    } else {
      h.el("span", source, "class", "muted small");
    }
  }

  private static Html matrix(Incident i, Assessment a) {
    List<Attribution.Hypothesis> top = a.result().hypotheses().subList(0, Math.min(MATRIX_COLUMNS,
        a.result().hypotheses().size()));
    Html h = new Html();
    h.open("section", "class", "card", "id", "matrix");
    h.el("h2", "Evidence against the top hypotheses");
    h.el("p", "Each cell: the item's contribution to the hypothesis's log-odds (green consistent, red inconsistent, · no "
        + "bearing).", "class", "muted small");
    h.open("div", "class", "scroll").open("table", "class", "grid ach");
    h.open("thead").open("tr").el("th", "evidence");
    for (Attribution.Hypothesis hy : top) {
      h.open("th").text(hy.actor()).el("div", percent(hy.probability()), "class", "muted small").close("th");
    }
    h.close("tr").close("thead").open("tbody");
    for (EvidenceItem e : i.evidence()) {
      h.open("tr").open("td").el("span", e.kind().id(), "class", "kind").text(" " + e.value()).close("td");
      for (Attribution.Hypothesis hy : top) {
        Attribution.EvidenceNote pos = find(hy.evidence(), e);
        Attribution.EvidenceNote neg = find(hy.inconsistent(), e);
        if (neg != null && Math.abs(neg.weight()) < 0.005) {
          h.el("td", signed(neg.weight()), "class", "cell zero", "title", neg.note());
        } else if (neg != null) {
          h.el("td", signed(neg.weight()), "class", "cell neg", "title", neg.note());
        } else if (pos != null) {
          h.el("td", signed(pos.weight()), "class", pos.weight() >= 0.005 ? "cell pos" : pos.weight() <= -0.005 ? "cell neg"
              : "cell zero", "title", pos.note());
        } else {
          h.el("td", "·", "class", "cell none");
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    return h.close("section");
  }

  /** The note about {@code item}: same kind (observed dates are the active period) and the value in its label. */
  static Attribution.EvidenceNote find(List<Attribution.EvidenceNote> notes, EvidenceItem item) {
    String kind = item.kind() == ItemKind.OBSERVED_FROM || item.kind() == ItemKind.OBSERVED_TO ? "active_period"
        : item.kind().id();
    String v = item.value().toLowerCase(Locale.ROOT);
    for (Attribution.EvidenceNote n : notes) {
      String label = n.value() == null ? "" : n.value().toLowerCase(Locale.ROOT);
      if (n.kind().equals(kind) && (label.equals(v) || label.startsWith(v + " ") || label.contains("(" + v + ")")
          || label.contains(v))) {
        return n;
      }
    }
    return null;
  }

  private static Html conclusionForm(WebSession s, Incident i) {
    Html h = new Html();
    h.open("section", "class", "card");
    h.el("h2", "Conclusion");
    h.open("form", "method", "post", "action", Urls.incident(i.id()) + "/conclusion", "class", "stack");
    Layout.csrf(h, s);
    h.empty("input", "type", "hidden", "name", "version", "value", String.valueOf(i.version()));
    h.el("label", "Conclusion", "for", "conclusion-text");
    h.empty("input", "id", "conclusion-text", "name", "conclusion", "required", "required",
        "value", i.conclusion() == null ? "" : i.conclusion(), "placeholder", "e.g. Likely APT29 (moderate confidence)");
    h.el("label", "Note", "for", "conclusion-note");
    h.el("textarea", i.conclusionNote() == null ? "" : i.conclusionNote(), "id", "conclusion-note", "name", "note", "rows", "3");
    h.el("button", "Record conclusion", "type", "submit");
    h.close("form");
    return h.close("section");
  }

  private static Html audit(List<AuditEntry> log, DocumentTitles titles) {
    Html h = new Html();
    h.open("section", "class", "card", "id", "audit");
    h.el("h2", "Audit log (" + log.size() + ")");
    h.open("table", "class", "grid compact").open("thead").open("tr").el("th", "when").el("th", "who").el("th", "action")
        .el("th", "detail").close("tr").close("thead").open("tbody");
    List<AuditEntry> newestFirst = new ArrayList<>(log);
    java.util.Collections.reverse(newestFirst);
    for (AuditEntry e : newestFirst) {
      h.open("tr").el("td", when(e.at()), "class", "nowrap muted small").el("td", e.actor(), "class", "nowrap")
          .el("td", e.action(), "class", "mono small nowrap").open("td", "class", "wrap-any").add(titles.text(e.detail())).close("td").close("tr");
    }
    return h.close("tbody").close("table").close("section");
  }

  /** A horizontal bar for a probability (SVG attributes, since the CSP allows no inline style). */
  static Html bar(double p, String cls) {
    String w = String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(1, p)) * 100);
    return new Html().open("svg", "class", cls, "width", "100%", "height", "8", "aria-hidden", "true")
        .empty("rect", "class", "track", "width", "100%", "height", "8").close("rect")
        .empty("rect", "class", "fill", "width", w, "height", "8").close("rect").close("svg");
  }

  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }

  static String signed(double w) {
    return String.format(Locale.ROOT, "%+.2f", w);
  }

  /** The profile of a hypothesis's actor, when the knowledge base knows it. */
  static java.util.Optional<Profiles.Actor> profile(Services services, Attribution.Hypothesis h) {
    try {
      return java.util.Optional.of(ActorPage.resolve(services, actorRef(h)));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
