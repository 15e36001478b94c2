package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.IngestJobs;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.JsonBytes;
import io.ascribe.server.http.RouteTable;
import io.ascribe.server.http.Shape;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * Document upload: files (text, HTML, PDF, WARC, gzip), URLs (fetched under the public-only
 * network policy) and pasted text, each ingested by its own background job, whose progress the job
 * resource reports.
 */
public final class DocumentApi {
  private final IngestJobs jobs;
  private final long maxUploadBytes;

  public DocumentApi(IngestJobs jobs, long maxUploadBytes) {
    this.jobs = jobs;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** The fields of an upload, as {@link UploadForm} reads them. */
  static final Shape FORM = Shape.written("DocumentUpload", """
      {"type": "object", "description": "Give at least one file, URL or text",
       "properties": {
         "file": {"type": "array", "items": {"type": "string", "format": "binary"},
           "description": "documents: text, HTML, PDF, WARC or gzip (repeatable)"},
         "url": {"type": "string", "description": "URLs separated by white space, fetched from public addresses only"},
         "text": {"type": "string", "description": "pasted text"},
         "tlp": {"type": "string", "description": "the marking of every document of the request: CLEAR (the default), GREEN, AMBER, AMBER+STRICT or RED"},
         "actor": {"type": "string", "description": "optional: the threat actor the documents are about (a name, alias or ATT&CK id naming one actor); their indicators, software, techniques and victims are then tied to it"}}}
      """);

  /** One started job and where to follow it. */
  record Job(String job, String status) {}

  /** The answer of {@code POST /api/documents}: the first job, and every job. */
  record Started(String job, String status, List<Job> jobs) {}

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.post("/api/documents", Role.ANALYST, "documents",
            "Ingest documents: files (multipart field 'file', repeatable), URLs (field 'url', several separated by "
                + "white space; private and loopback addresses are refused with 400) and pasted text (field 'text'), "
                + "as multipart or form data; optional field 'tlp', default CLEAR, and optional field 'actor', the actor the "
                + "documents are about. Answers 202 with one job per "
                + "document in 'jobs' ('job' is the first)")
        .form(FORM).accepted(Started.class)
        .error(400, "Nothing to ingest, a refused URL, a marking above the token's clearance, or an unknown or "
            + "ambiguous actor (named in 'field')")
        .handle(this::upload);
    routes.get("/api/jobs/{id}", Role.VIEWER, "documents",
            "An ingest job started by this token: state (queued, running, done, failed), log and results")
        .ok(IngestJobs.JobView.class)
        .handle(ctx -> JsonBytes.answer(ctx, jobs.find(ctx.pathParam("id"), Authenticator.of(ctx).name())
            .orElseThrow(() -> ApiException.notFound("no job " + ctx.pathParam("id") + " of this token"))));
  }

  private void upload(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    String level = ctx.formParam("tlp");
    Tlp tlp = level == null || level.isBlank() ? Tlp.CLEAR : Bodies.tlp("tlp", level);
    if (!p.mayRead(tlp)) {
      throw ApiException.badRequest("tlp", "token '" + p.name() + "' may see up to " + p.maxTlp().label()
          + " and cannot store a document marked " + tlp.label());
    }
    String actor = UploadForm.declaredActor(jobs, ctx.formParam("actor"));
    UploadForm form = UploadForm.read(ctx, jobs, maxUploadBytes,
        new ApiException(413, "too_large", "a document is larger than " + maxUploadBytes + " bytes"));
    List<String> ids = form.submit(jobs, p, tlp, actor, maxUploadBytes);
    List<Job> started = ids.stream().map(id -> new Job(id, "/api/jobs/" + id)).toList();
    JsonBytes.answer(ctx.status(202), new Started(started.get(0).job(), started.get(0).status(), started));
  }
}
