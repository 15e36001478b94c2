package io.ascribe.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.server.api.ActorApi;
import io.ascribe.server.api.ActorCorpusApi;
import io.ascribe.server.api.AttributionApi;
import io.ascribe.server.api.ClaimApi;
import io.ascribe.server.api.DisputeApi;
import io.ascribe.server.api.DocumentDeletionApi;
import io.ascribe.server.api.DocumentApi;
import io.ascribe.server.api.ExportApi;
import io.ascribe.server.api.IncidentApi;
import io.ascribe.server.api.LibraryApi;
import io.ascribe.server.api.LookupApi;
import io.ascribe.server.api.TokenApi;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.ErrorHandlers;
import io.ascribe.server.http.JsonBodyReader;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.JsonMappers;
import io.ascribe.server.http.OpenApiDocument;
import io.ascribe.server.http.RequestLimits;
import io.ascribe.server.http.RouteTable;
import io.ascribe.server.http.Shape;
import io.ascribe.server.taxii.TaxiiApi;
import io.ascribe.server.web.WebUi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Ascribe HTTP server over one set of {@link Services}. Build it, {@link #start} it on a host
 * and port, {@link #stop} it. Request bodies larger than {@link Settings#maxRequestBytes} (uploads:
 * {@link Settings#maxUploadBytes}) are refused with 413, counted on the bytes read, chunked or not
 * ({@link RequestLimits}); JSON bodies are streamed under depth, length and item limits ({@link
 * JsonBodyReader}); every response carries no-sniff and frame-deny headers. Besides the API under
 * {@code /api} it serves the web UI ({@link WebUi}).
 */
public final class AscribeServer {
  /** The API's version, in the OpenAPI document. */
  public static final String VERSION = "0.1.0";
  private final Javalin app;
  private final WebUi web;
  private final IngestJobs jobs;
  private final RouteTable routes = new RouteTable();
  private final ObjectNode openApi;
  private final List<String> handlers = new CopyOnWriteArrayList<>();

  /** The answer of {@code GET /api/health}. */
  record Health(String status) {}
  private final PublicUrl configuredUrl;
  private volatile PublicUrl publicUrl;

  /**
   * Server settings.
   *
   * @param maxRequestBytes the largest request body accepted (JSON and forms)
   * @param maxUploadBytes the largest document the web UI's upload accepts
   * @param publicUrl where clients reach the server, for the absolute URLs it emits; null means
   *     {@code http://HOST:PORT} of where it is started
   */
  public record Settings(long maxRequestBytes, long maxUploadBytes, PublicUrl publicUrl) {
    /** Absolute URLs from where the server is started. */
    public Settings(long maxRequestBytes, long maxUploadBytes) {
      this(maxRequestBytes, maxUploadBytes, null);
    }

    /** 20 MB uploads. */
    public Settings(long maxRequestBytes) {
      this(maxRequestBytes, 20L * 1024 * 1024);
    }

    /** 1 MB bodies, 20 MB uploads. */
    public static Settings defaults() {
      return new Settings(1_000_000);
    }

    /** These settings with {@code url} as the public URL. */
    public Settings withPublicUrl(PublicUrl url) {
      return new Settings(maxRequestBytes, maxUploadBytes, url);
    }
  }

  public AscribeServer(Services services, Settings settings) {
    this.configuredUrl = settings.publicUrl();
    new LookupApi(services).register(routes);
    new ActorApi(services).register(routes);
    new IncidentApi(services).register(routes);
    new AttributionApi(services).register(routes);
    new ClaimApi(services).register(routes);
    new DisputeApi(services).register(routes);
    new TokenApi(services).register(routes);
    new ExportApi(services).register(routes);
    this.jobs = new IngestJobs(services);
    services.claimMatrix().warm();
    services.visibleCopies().warm();
    new DocumentApi(jobs, settings.maxUploadBytes()).register(routes);
    new LibraryApi(services).register(routes);
    new DocumentDeletionApi(services).register(routes);
    new ActorCorpusApi(services).register(routes);
    routes.get("/api/health", null, "meta", "Liveness: 200 when the server answers")
        .ok(Health.class)
        .handle(ctx -> JsonBytes.answer(ctx, new Health("ok")));
    routes.get("/api/openapi.json", null, "meta", "This OpenAPI 3.1 document")
        .ok(Shape.written("OpenApi", """
            {"type": "object", "required": ["openapi", "info", "paths", "components"],
             "properties": {"openapi": {"type": "string", "pattern": "^3\\\\.1\\\\."}, "info": {"type": "object"},
               "paths": {"type": "object"}, "components": {"type": "object"}}}
            """))
        .handle(this::openApi);
    this.web = new WebUi(services, jobs, settings.maxUploadBytes());
    RequestLimits limits = new RequestLimits(settings.maxRequestBytes(), settings.maxUploadBytes());
    ObjectMapper json = JsonMappers.api(settings.maxRequestBytes());
    this.app = Javalin.create(config -> {
      web.configure(config);
      limits.configure(config);
      config.showJavalinBanner = false;
      config.events.handlerAdded(h -> handlers.add(h.getHttpMethod() + " " + h.getPath()));
      config.jsonMapper(new JavalinJackson(json, false));
      config.appData(JsonBodyReader.KEY, new JsonBodyReader(json, EvidenceParser.MAX_ITEMS));
    });
    limits.install(app);
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Cache-Control", "no-store");
    });
    ErrorHandlers.install(app, web.errorPages());
    Authenticator auth = new Authenticator(services.tokens());
    routes.install(app, auth);
    new TaxiiApi(services, auth, settings.maxRequestBytes(), this::publicUrl).install(app);
    web.install(app);
    this.openApi = OpenApiDocument.of(routes, VERSION);
  }

  private void openApi(Context ctx) {
    JsonBytes.answer(ctx, openApi);
  }

  /** Every handler registered with the web server, as {@code METHOD path} (before- and after-handlers too). */
  public List<String> handlers() {
    return List.copyOf(handlers);
  }

  /** Starts listening; port 0 picks a free port. */
  public AscribeServer start(String host, int port) {
    app.start(host, port);
    publicUrl = configuredUrl != null ? configuredUrl : PublicUrl.of(host, app.port());
    return this;
  }

  /** Where clients reach the server: the configured public URL, else where it listens. */
  public PublicUrl publicUrl() {
    PublicUrl url = publicUrl;
    if (url == null) {
      throw new IllegalStateException("the server has not been started");
    }
    return url;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server. */
  public void stop() {
    app.stop();
    jobs.close();
  }
}
