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
 * @param body the request body it reads, or null
 * @param responses every status it may answer, in ascending order
 */
public record Endpoint(HandlerType method, String path, Role role, String tag, String summary, List<String> query,
    Body body, List<Response> responses, Handler handler) {

  public Endpoint {
    query = List.copyOf(query);
    responses = List.copyOf(responses);
  }

  /**
   * A request body.
   *
   * @param mediaTypes the content types it is accepted in
   * @param required the fields a request must give (the handler answers 400 without them)
   * @param optional true when the body may be left out altogether
   */
  public record Body(List<String> mediaTypes, Shape shape, List<String> required, boolean optional) {
    public Body {
      mediaTypes = List.copyOf(mediaTypes);
      required = List.copyOf(required);
    }

    /** True for a JSON body (which a request in another content type cannot give). */
    public boolean isJson() {
      return mediaTypes.equals(List.of(RouteTable.JSON));
    }
  }

  /**
   * One status a route answers with.
   *
   * @param shape the JSON body, or null when the response has none
   */
  public record Response(int status, String description, Shape shape) {}
}
