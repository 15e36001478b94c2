package io.ascribe.server.web;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import java.util.Locale;

/**
 * The page shell every page shares: head (stylesheet, htmx, app script, all from this server),
 * the top bar with navigation and who is signed in, and the CSRF token that htmx sends as a
 * header with every request ({@code hx-headers} on the body).
 */
final class Layout {
  private final Assets assets;

  Layout(Assets assets) {
    this.assets = assets;
  }

  /** A full page; {@code session} null for the login page. */
  String page(WebSession session, String title, String active, Html main) {
    return page(session, title, active, main, false);
  }

  /** A full page that also loads Cytoscape.js and the graph script. */
  String graphPage(WebSession session, String title, Html main) {
    return page(session, title, "", main, true);
  }

  private String page(WebSession session, String title, String active, Html main, boolean graph) {
    Html h = new Html().doctype();
    h.open("html", "lang", "en").open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.empty("meta", "name", "htmx-config", "content",
        "{\"includeIndicatorStyles\":false,\"allowEval\":false,\"allowScriptTags\":false,\"selfRequestsOnly\":true}");
    h.el("title", title + " · Ascribe");
    h.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml");
    h.empty("link", "rel", "stylesheet", "href", "/static/app.css");
    if (graph) {
      h.empty("link", "rel", "stylesheet", "href", "/static/graph.css", "id", "__________cytoscape_stylesheet");
    }
    h.el("script", "", "src", assets.htmx(), "defer", "defer");
    h.el("script", "", "src", "/static/app.js", "defer", "defer");
    if (graph) {
      h.el("script", "", "src", assets.cytoscape(), "defer", "defer");
      h.el("script", "", "src", "/static/graph.js", "defer", "defer");
    }
    h.close("head");
    h.open("body", "hx-headers", session == null ? null : "{\"" + WebGuard.CSRF_HEADER + "\":\"" + session.csrf() + "\"}");
    h.open("header", "class", "top");
    h.link("/", "Ascribe", "class", "brand");
    if (session != null) {
      h.open("nav");
      item(h, "/", "Incidents", "incidents", active);
      item(h, "/documents", "Documents", "documents", active);
      item(h, "/search", "Search", "search", active);
      item(h, "/claims", "Claims ledger", "claims", active);
      item(h, "/disputes", "Disputes", "disputes", active);
      if (session.principal().may(Role.ANALYST)) {
        item(h, "/upload", "Upload", "upload", active);
      }
      h.close("nav");
      h.open("form", "class", "quick", "action", "/search", "method", "get", "role", "search");
      h.empty("input", "type", "search", "name", "q", "placeholder", "Actor, software, technique, words…",
          "aria-label", "Search");
      h.close("form");
      h.open("div", "class", "who");
      h.el("span", session.principal().name(), "class", "user");
      h.el("span", session.principal().role().id(), "class", "role");
      h.add(tlp(session.principal().maxTlp(), "up to "));
      h.open("form", "method", "post", "action", "/logout", "class", "inline");
      csrf(h, session);
      h.el("button", "Sign out", "type", "submit", "class", "link");
      h.close("form");
      h.close("div");
    }
    h.close("header");
    h.open("main", "id", "main").add(main).close("main");
    h.close("body").close("html");
    return h.toString();
  }

  private static void item(Html h, String href, String text, String id, String active) {
    h.link(href, text, "class", id.equals(active) ? "active" : null);
  }

  /** The hidden CSRF field of a form. */
  static void csrf(Html h, WebSession session) {
    h.empty("input", "type", "hidden", "name", WebGuard.CSRF_FIELD, "value", session.csrf());
  }

  /** A coloured TLP badge. */
  static Html tlp(Tlp tlp) {
    return tlp(tlp, "");
  }

  static Html tlp(Tlp tlp, String prefix) {
    String cls = "tlp tlp-" + tlp.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new Html().el("span", prefix + tlp.label(), "class", cls, "title", "Traffic Light Protocol marking");
  }

  /** A select of TLP levels up to {@code max}, {@code chosen} selected. */
  static Html tlpSelect(String name, Tlp max, Tlp chosen) {
    Html h = new Html().open("select", "name", name);
    for (Tlp t : Tlp.values()) {
      if (t.visibleUpTo(max)) {
        h.el("option", t.label(), "value", t.name(), "selected", t == chosen ? "selected" : null);
      }
    }
    return h.close("select");
  }
}
