package io.ascribe.server.web;

import io.ascribe.server.IngestJobs;
import io.ascribe.server.Services;
import io.ascribe.server.http.ErrorHandlers;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/**
 * The web UI: server-rendered pages over the same services as the REST API, signed in with an API
 * token (exchanged for a session cookie). {@link #configure} sets up static files (the app's own
 * CSS and scripts, and the htmx and Cytoscape.js WebJars) and upload limits; {@link #install} adds
 * the session gate, the pages and their actions.
 */
public final class WebUi {
  private final Services services;
  private final long maxUploadBytes;
  private final Sessions sessions = new Sessions(Clock.systemUTC());
  private final Layout layout = new Layout(Assets.fromClasspath());
  private final IngestJobs jobs;

  /**
   * @param jobs background ingestion of uploads, shared with the REST API
   * @param maxUploadBytes the largest document upload accepted
   */
  public WebUi(Services services, IngestJobs jobs, long maxUploadBytes) {
    this.services = services;
    this.maxUploadBytes = maxUploadBytes;
    this.jobs = jobs;
  }

  /** Static files and multipart limits; call inside {@code Javalin.create}. */
  public void configure(JavalinConfig config) {
    config.staticFiles.enableWebjars();
    config.staticFiles.add(f -> {
      f.hostedPath = "/static";
      f.directory = "/io/ascribe/server/web/static";
      f.location = Location.CLASSPATH;
    });
    config.jetty.multipartConfig.maxFileSize(maxUploadBytes, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes + 64 * 1024, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
  }

  /** The error renderer for page requests, for {@link ErrorHandlers#install(Javalin, ErrorHandlers.Pages)}. */
  public ErrorHandlers.Pages errorPages() {
    return new WebErrors(layout);
  }

  /** Adds the gate and every page to {@code app}. */
  public void install(Javalin app) {
    WebGuard guard = new WebGuard(sessions, services.tokens(), maxUploadBytes + 64 * 1024);
    app.before(guard::before);
    Knowledge knowledge = new Knowledge(services::linked);
    new LoginPages(sessions, services.tokens(), layout).register(app);
    new IncidentPages(services, layout, new IncidentView(services, new ClaimTimeline(services))).register(app);
    new SearchPage(services, layout).register(app);
    new ActorComparePage(services, layout).register(app);
    new ActorPage(services, knowledge, layout).register(app);
    new DocumentPage(services, layout).register(app);
    new DocumentsPage(services, layout).register(app);
    new ClaimsPage(services, layout).register(app);
    new MatrixPage(services, layout).register(app);
    new DisputesPage(services, layout).register(app);
    new UploadPages(layout, jobs, maxUploadBytes).register(app);
    new GraphPages(services, layout, knowledge).register(app);
    new Exports(services).register(app);
  }
}
