package io.ascribe.server.http;

import io.ascribe.access.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One API route with what the OpenAPI document says of it.
 *
 * @param role the least role that may call it, or null for a public route
 * @param tag the resource it belongs to (groups routes in the OpenAPI document)
 * @param query query parameters, each as {@code name: description}
 * @param body a description of the JSON body it takes, or null
 */
public record Endpoint(HandlerType method, String path, Role role, String tag, String summary, List<String> query,
    String body, Handler handler) {}
