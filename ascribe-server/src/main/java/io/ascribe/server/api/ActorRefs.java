package io.ascribe.server.api;

import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.actor.ActorNames;
import io.ascribe.store.search.SearchHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Resolves an actor named in a request to its key, or fails with an error that helps: 409 listing
 * every actor that claims an ambiguous name, 404 with the closest names full-text search finds.
 */
public final class ActorRefs {
  private ActorRefs() {}

  /**
   * The key of the one actor {@code name} denotes.
   *
   * @param field the request field or parameter the name came from (named in the error), or null
   *     for the path
   */
  public static ActorNames.Found resolve(Services services, String name, String field) {
    return switch (new ActorNames(services.kb()).resolve(name)) {
      case ActorNames.Found f -> f;
      case ActorNames.Ambiguous a -> throw new ApiException(409, "ambiguous", "'" + name + "' names "
          + a.candidates().size() + " actors: " + a.listed() + "; ask for one by its key or ATT&CK id", field);
      case ActorNames.Unknown u -> throw new ApiException(404, "not_found", "no actor is known as '" + name + "'"
          + suggestions(services, name), field);
    };
  }

  private static String suggestions(Services services, String name) {
    try {
      List<SearchHit> hits = services.search().search(name, "actor", 5);
      return hits.isEmpty() ? "" : "; did you mean " + String.join(", ", hits.stream()
          .map(h -> h.attackId() == null ? h.name() : h.name() + " (" + h.attackId() + ")").toList()) + "?";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
