package io.ascribe.server.taxii;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.PublicUrl;
import io.ascribe.server.Services;
import io.ascribe.server.http.Authenticator;
import io.ascribe.store.taxii.TaxiiPage;
import io.ascribe.store.taxii.TaxiiQuery;
import io.ascribe.store.taxii.VersionMatch;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The TAXII 2.1 endpoints (read-only), under {@code /taxii2/}:
 *
 * <pre>
 * GET /taxii2/                                                    discovery
 * GET /taxii2/api/                                                the API root
 * GET /taxii2/api/collections/                                    the collections the caller may read
 * GET /taxii2/api/collections/{id}/                               one collection
 * GET /taxii2/api/collections/{id}/objects/                       envelope of objects
 * GET /taxii2/api/collections/{id}/objects/{object_id}/           envelope of one object's versions
 * GET /taxii2/api/collections/{id}/objects/{object_id}/versions/  its version list
 * GET /taxii2/api/collections/{id}/manifest/                      manifest records
 * </pre>
 *
 * Every request needs a viewer token, as Bearer or as the password of Basic credentials; every
 * answer, errors included, is {@code application/taxii+json;version=2.1}. Adding and deleting
 * objects answer 403: the collections are not writable. Discovery names the API root under the
 * server's {@link PublicUrl}, never under the request's {@code Host} header.
 */
public final class TaxiiApi {
  /** Where the TAXII server lives. */
  public static final String ROOT = "/taxii2/";
  /** The one API root. */
  public static final String API_ROOT = "/taxii2/api/";
  private static final String COLLECTION = API_ROOT + "collections/{id}/";
  private final Services services;
  private final Authenticator auth;
  private final long maxContentLength;
  private final Supplier<PublicUrl> publicUrl;

  /** The endpoints over {@code services}; discovery's absolute URLs start with {@code publicUrl}. */
  public TaxiiApi(Services services, Authenticator auth, long maxContentLength, Supplier<PublicUrl> publicUrl) {
    this.services = services;
    this.auth = auth;
    this.maxContentLength = maxContentLength;
    this.publicUrl = publicUrl;
  }

  /** The id of the collection of objects marked {@code level}. */
  public static String collectionId(Tlp level) {
    return TaxiiCollections.id(level);
  }

  /** Adds the routes to {@code app}; call after the other routes, as it ends with a catch-all for {@code /taxii2/}. */
  public void install(Javalin app) {
    get(app, ROOT, this::discovery);
    get(app, API_ROOT, (ctx, p) -> apiRoot());
    get(app, API_ROOT + "collections/", this::collections);
    get(app, COLLECTION, (ctx, p) -> TaxiiJson.resource(TaxiiCollections.resource(collection(ctx, p))));
    get(app, COLLECTION + "objects/", (ctx, p) -> page(ctx, TaxiiFilters.objects(ctx, collection(ctx, p), true),
        TaxiiJson.Shape.ENVELOPE));
    get(app, COLLECTION + "manifest/", (ctx, p) -> page(ctx, TaxiiFilters.objects(ctx, collection(ctx, p), false),
        TaxiiJson.Shape.MANIFEST));
    get(app, COLLECTION + "objects/{object_id}/", (ctx, p) -> object(ctx, p, true));
    get(app, COLLECTION + "objects/{object_id}/versions/", (ctx, p) -> object(ctx, p, false));
    route(app, HandlerType.POST, COLLECTION + "objects/", this::readOnly);
    route(app, HandlerType.DELETE, COLLECTION + "objects/{object_id}/", this::readOnly);
    for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)) {
      route(app, method, ROOT + "*", (ctx, p) -> {
        throw TaxiiException.notFound("no TAXII resource at " + ctx.method() + " " + ctx.path());
      });
    }
  }

  private byte[] discovery(Context ctx, Principal p) {
    String apiRoot = publicUrl.get().resolve(API_ROOT);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", "Ascribe TAXII 2.1");
    d.put("description", "Ascribe's knowledge base and claims ledger as STIX 2.1, one collection per TLP level "
        + "the token may read");
    d.put("default", apiRoot);
    d.put("api_roots", List.of(apiRoot));
    return TaxiiJson.resource(d);
  }

  private byte[] apiRoot() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("title", "Ascribe");
    r.put("description", "Threat actors, techniques, software and public attribution claims");
    r.put("versions", List.of(TaxiiMedia.TAXII));
    r.put("max_content_length", maxContentLength);
    return TaxiiJson.resource(r);
  }

  private byte[] collections(Context ctx, Principal p) {
    return TaxiiJson.resource(Map.of("collections",
        TaxiiCollections.visible(p).stream().map(TaxiiCollections::resource).toList()));
  }

  private static Tlp collection(Context ctx, Principal p) {
    return TaxiiCollections.require(ctx.pathParam("id"), p);
  }

  private byte[] object(Context ctx, Principal p, boolean withBodies) {
    Tlp collection = collection(ctx, p);
    String id = ctx.pathParam("object_id");
    TaxiiQuery q = TaxiiFilters.object(ctx, collection, id, withBodies ? VersionMatch.latest() : VersionMatch.any(),
        withBodies);
    services.taxii().refresh();
    TaxiiPage page = services.taxii().page(q);
    if (page.records().isEmpty() && q.after() == null && services.taxii().page(new TaxiiQuery(collection, null,
        List.of(), List.of(id), VersionMatch.any(), List.of(), 1, null, false)).records().isEmpty()) {
      throw TaxiiException.notFound("no object '" + id + "' in collection " + TaxiiCollections.id(collection));
    }
    return write(ctx, page, withBodies ? TaxiiJson.Shape.ENVELOPE : TaxiiJson.Shape.VERSIONS);
  }

  private byte[] page(Context ctx, TaxiiQuery q, TaxiiJson.Shape shape) {
    services.taxii().refresh();
    return write(ctx, services.taxii().page(q), shape);
  }

  private static byte[] write(Context ctx, TaxiiPage page, TaxiiJson.Shape shape) {
    if (!page.records().isEmpty()) {
      ctx.header("X-TAXII-Date-Added-First", TaxiiJson.time(page.records().get(0).dateAdded()));
      ctx.header("X-TAXII-Date-Added-Last", TaxiiJson.time(page.records().get(page.records().size() - 1).dateAdded()));
    }
    return TaxiiJson.page(page, shape);
  }

  private byte[] readOnly(Context ctx, Principal p) {
    collection(ctx, p);
    throw new TaxiiException(403, "read_only", "Collection is read-only",
        "this server does not accept objects: every collection has can_write false");
  }

  /** A TAXII request handler: the response body for an authenticated caller. */
  @FunctionalInterface
  private interface Handler {
    byte[] handle(Context ctx, Principal p) throws Exception;
  }

  private void get(Javalin app, String path, Handler h) {
    route(app, HandlerType.GET, path, h);
  }

  private void route(Javalin app, HandlerType method, String path, Handler h) {
    app.addHttpHandler(method, path, ctx -> {
      byte[] body;
      int status = 200;
      try {
        body = h.handle(ctx, authorize(ctx));
      } catch (TaxiiException e) {
        status = e.status();
        body = TaxiiJson.error(e);
      } catch (RuntimeException e) {
        String ref = Long.toHexString(System.nanoTime());
        System.err.println("ascribe server: internal error " + ref + " on " + ctx.method() + " " + ctx.path() + ": " + e);
        status = 500;
        body = TaxiiJson.error(new TaxiiException(500, "internal_error", "Internal error", "reference " + ref));
      }
      ctx.status(status).contentType(TaxiiMedia.TAXII).result(body);
    });
  }

  private Principal authorize(Context ctx) {
    if (!TaxiiMedia.acceptable(ctx.header("Accept"))) {
      throw new TaxiiException(406, "not_acceptable", "Not acceptable", "this server answers "
          + TaxiiMedia.TAXII + " (or application/json); the request accepts only '" + ctx.header("Accept") + "'");
    }
    Principal p = auth.principal(ctx).orElseThrow(() -> {
      ctx.res().addHeader("WWW-Authenticate", "Basic realm=\"ascribe\"");
      ctx.res().addHeader("WWW-Authenticate", "Bearer realm=\"ascribe\"");
      return new TaxiiException(401, "unauthenticated", "Authentication required",
          "send an Ascribe API token as 'Authorization: Bearer <token>' or as the password of HTTP Basic "
              + "credentials (any user name)");
    });
    if (!p.may(Role.VIEWER)) {
      throw new TaxiiException(403, "forbidden", "Forbidden", "token '" + p.name() + "' may not read");
    }
    return p;
  }
}
