package io.ascribe.server.web;

import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.profile.Profiles;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.JsonBytes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Graph views drawn by Cytoscape.js ({@code /static/graph.js}): an incident with its evidence and
 * top hypotheses (edges say which evidence supports or contradicts which actor), or an actor with
 * its techniques, software and claimed sponsors. The page holds an empty container whose
 * {@code data-src} names the JSON this class also serves.
 */
final class GraphPages {
  private static final int TOP = 5;
  private final Services services;
  private final Layout layout;

  /** A node: id, label, kind (for styling), and the page it links to (or null). */
  record Node(String id, String label, String kind, String href) {}

  /** An edge between two node ids; kind is {@code pos}, {@code neg} or {@code plain}. */
  record Edge(String source, String target, String label, String kind) {}

  /** What graph.js draws. */
  record Graph(List<Node> nodes, List<Edge> edges) {}

  GraphPages(Services services, Layout layout, Knowledge knowledge) {
    this.services = services;
    this.layout = layout;
  }

  void register(Javalin app) {
    app.get("/incidents/{id}/graph", ctx -> {
      WebSession s = WebGuard.session(ctx);
      Incident i = incident(ctx, s);
      ctx.html(layout.graphPage(s, i.id() + " graph", container(i.id() + " · " + i.title(), Urls.incident(i.id()),
          Urls.incident(i.id()) + "/graph.json", "incident", "evidence", "actor", "supports", "contradicts")));
    });
    app.get("/incidents/{id}/graph.json", ctx -> JsonBytes.answer(ctx, incidentGraph(incident(ctx, WebGuard.session(ctx)))));
    app.get("/actors/{key}/graph", ctx -> {
      WebSession s = WebGuard.session(ctx);
      Profiles.Actor a = ActorPage.resolve(services, ctx.pathParam("key"));
      ctx.html(layout.graphPage(s, a.name() + " graph", container(a.name(), Urls.actor(a.key()),
          Urls.actor(a.key()) + "/graph.json", "actor", "software", "technique", "state")));
    });
    app.get("/actors/{key}/graph.json", ctx -> JsonBytes.answer(ctx, actorGraph(ActorPage.resolve(services, ctx.pathParam("key")))));
  }

  private Incident incident(Context ctx, WebSession s) {
    String id = ctx.pathParam("id");
    return services.incidents().find(id, s.principal().maxTlp()).orElseThrow(() -> ApiException.notFound("no incident " + id));
  }

  private static Html container(String title, String back, String src, String... keys) {
    Html h = new Html();
    h.open("div", "class", "title-row").el("h1", title).open("div", "class", "actions").link(back, "Back", "class", "button")
        .close("div").close("div");
    h.open("div", "class", "legend");
    for (String k : keys) {
      h.el("span", k, "class", "key " + (k.equals("supports") ? "e-pos" : k.equals("contradicts") ? "e-neg" : "k-" + k));
    }
    h.el("span", "hover a node to highlight its edges (with weights); double-click opens its page", "class", "muted small").close("div");
    h.el("div", "", "id", "graph", "class", "graph", "data-src", src);
    return h;
  }

  Graph incidentGraph(Incident i) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    nodes.add(new Node("incident", i.id(), "incident", Urls.incident(i.id())));
    for (EvidenceItem e : i.evidence()) {
      String id = "e:" + e.kind().id() + ":" + e.value();
      nodes.add(new Node(id, e.value(), "evidence", null));
      edges.add(new Edge("incident", id, e.kind().id(), "plain"));
    }
    List<Assessment> all = services.incidents().assessments(i.id());
    if (!all.isEmpty()) {
      List<Attribution.Hypothesis> hyps = all.get(all.size() - 1).result().hypotheses();
      for (Attribution.Hypothesis h : hyps.subList(0, Math.min(TOP, hyps.size()))) {
        String actor = "a:" + IncidentView.actorRef(h);
        nodes.add(new Node(actor, h.actor() + " " + IncidentView.percent(h.probability()), "actor",
            Urls.actor(IncidentView.actorRef(h))));
        for (EvidenceItem e : i.evidence()) {
          Attribution.EvidenceNote neg = IncidentView.find(h.inconsistent(), e);
          Attribution.EvidenceNote pos = IncidentView.find(h.evidence(), e);
          String id = "e:" + e.kind().id() + ":" + e.value();
          if (neg != null) {
            edges.add(new Edge(id, actor, IncidentView.signed(neg.weight()), "neg"));
          } else if (pos != null && pos.weight() > 0) {
            edges.add(new Edge(id, actor, IncidentView.signed(pos.weight()), "pos"));
          }
        }
      }
    }
    return new Graph(nodes, edges);
  }

  static Graph actorGraph(Profiles.Actor a) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    String self = "actor";
    nodes.add(new Node(self, a.name(), "actor", Urls.actor(a.key())));
    for (Profiles.Usage u : a.techniques()) {
      String id = "t:" + u.key();
      nodes.add(new Node(id, (u.attackId() == null ? "" : u.attackId() + " ") + u.name(), "technique",
          u.attackId() == null ? null : Urls.attackTechnique(u.attackId())));
      edges.add(new Edge(self, id, "uses", "plain"));
    }
    for (Profiles.Usage u : a.software()) {
      String id = "s:" + u.key();
      nodes.add(new Node(id, u.name(), "software", null));
      edges.add(new Edge(self, id, "uses", "plain"));
    }
    for (Profiles.SponsorClaim c : a.sponsorClaims()) {
      String id = "c:" + (c.country() == null ? c.statedAs() : c.country());
      if (nodes.stream().noneMatch(n -> n.id().equals(id))) {
        nodes.add(new Node(id, c.country() == null ? c.statedAs() : c.country(), "state", null));
      }
      edges.add(new Edge(self, id, "sponsor per " + c.claimant(), "plain"));
    }
    return new Graph(nodes, edges);
  }
}
