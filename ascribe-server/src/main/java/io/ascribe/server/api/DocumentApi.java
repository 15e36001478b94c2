package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.IngestJobs;
import io.ascribe.server.http.ApiException;
import io.ascribe.server.http.Authenticator;
import io.ascribe.server.http.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Document upload: a multipart upload starts an ingest in the background (text, HTML, PDF, WARC,
 * gzip), whose progress the job resource reports.
 */
public final class DocumentApi {
  private final IngestJobs jobs;
  private final long maxUploadBytes;

  public DocumentApi(IngestJobs jobs, long maxUploadBytes) {
    this.jobs = jobs;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Registers the routes. */
  public void register(RouteTable routes) {
    routes.post("/api/documents", Role.ANALYST, "documents",
            "Upload a document (multipart field 'file'; optional field 'tlp', default CLEAR): starts an ingest and "
                + "answers 202 with the job to follow")
        .handle(this::upload);
    routes.get("/api/jobs/{id}", Role.VIEWER, "documents",
            "An ingest job started by this token: state (queued, running, done, failed), log and results")
        .handle(ctx -> ctx.json(jobs.find(ctx.pathParam("id"), Authenticator.of(ctx).name())
            .orElseThrow(() -> ApiException.notFound("no job " + ctx.pathParam("id") + " of this token"))));
  }

  private void upload(Context ctx) throws IOException {
    Principal p = Authenticator.of(ctx);
    if (!ctx.isMultipartFormData()) {
      throw ApiException.badRequest("file", "send the document as multipart/form-data in the field 'file'");
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw ApiException.badRequest("file", "the multipart field 'file' is missing");
    }
    if (file.size() > maxUploadBytes) {
      throw new ApiException(413, "too_large", "the document is larger than " + maxUploadBytes + " bytes");
    }
    String level = ctx.formParam("tlp");
    Tlp tlp = level == null || level.isBlank() ? Tlp.CLEAR : Bodies.tlp("tlp", level);
    if (!p.mayRead(tlp)) {
      throw ApiException.badRequest("tlp", "token '" + p.name() + "' may see up to " + p.maxTlp().label()
          + " and cannot store a document marked " + tlp.label());
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
    }
    String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
    String id = jobs.submit(p.name(), name, bytes, tlp, maxUploadBytes);
    ctx.status(202).json(Map.of("job", id, "status", "/api/jobs/" + id));
  }
}
