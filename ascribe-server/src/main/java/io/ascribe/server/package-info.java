/**
 * The Ascribe server: {@link io.ascribe.server.AscribeServer} wires the REST API (described by
 * an OpenAPI document), with token authentication, roles and TLP clearance checked on every
 * request, over one {@link io.ascribe.store.Store}.
 */
package io.ascribe.server;
