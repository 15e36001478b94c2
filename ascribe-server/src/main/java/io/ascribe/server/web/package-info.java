/**
 * The web UI: server-rendered pages for analysts, over the same services as the REST API.
 *
 * <p>{@link io.ascribe.server.web.WebUi} is the only public type. Pages are written with a small
 * escaping builder ({@code Html}) in which every interpolated value is escaped and no method
 * writes a caller's string as markup. A browser signs in by pasting an API token; it then holds an
 * HttpOnly, SameSite=Strict session cookie ({@code Sessions}: 256-bit random ids kept only as
 * hashes, with idle and absolute expiry). {@code WebGuard} sits in front of every page: it sets a
 * Content-Security-Policy without inline scripts or styles, and refuses a POST without the
 * session's CSRF token, from another origin, or from a viewer. The session's token limits what is
 * shown: incidents, documents, claims and search hits above its TLP clearance never appear.
 *
 * <p>Interactions use htmx and the graph view Cytoscape.js, both served from their WebJars; the
 * app's own CSS and scripts live in {@code static/} next to this package's resources.
 */
package io.ascribe.server.web;
