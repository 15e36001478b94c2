package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.store.documents.DocumentStore;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Deleting an ingested document: the document and everything derived from it (indicators,
 * techniques, entities, claims, corpus links, search entries), every copy the caller may see, with
 * an audit entry. A document above the caller's clearance answers 404 exactly like a missing one.
 */
public final class DocumentDeletionApi {
  private final Services services;

  public DocumentDeletionApi(Services services) {
    this.services = services;
  }

  /**
   * The answer of a deletion.
   *
   * @param copies how many stored copies (one per marking the caller sees) were removed
   * @param links how many corpus links (facts tied to actors) went with them
   */
  record Deleted(String sha256, String title, int copies, int links) {}

  /** Registers the route. */
  public void register(RouteTable routes) {
    routes.delete("/api/documents/{id}", Role.ANALYST, "documents",
            "Delete a document (SHA-256, a unique prefix of at least 8 characters, or its source) and everything "
                + "derived from it; actor profiles and attribution forget what it tied to actors")
        .ok(Deleted.class)
        .error(400, "The prefix names several documents")
        .error(404, "No document with this id that the token may see")
        .handle(this::delete);
  }

  private void delete(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    String id = ctx.pathParam("id");
    DocumentStore.Deleted gone;
    try {
      gone = services.documents().delete(id, p.maxTlp(), p.name())
          .orElseThrow(() -> ApiException.notFound("no document " + id));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("id", e.getMessage());
    }
    services.search().remove(gone.ids());
    JsonBytes.answer(ctx, new Deleted(gone.sha256(), gone.title(), gone.ids().size(), gone.links()));
  }
}
