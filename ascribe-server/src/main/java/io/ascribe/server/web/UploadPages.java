package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.model.Tlp;
import io.ascribe.server.IngestJobs;
import io.ascribe.server.Services;
import io.ascribe.server.http.ApiException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * Uploading a document (multipart, size-capped): the upload starts an ingest job in the
 * background and answers with its progress view, which htmx polls every second until the job ends
 * (without htmx, the job page refreshes itself through a meta refresh).
 */
final class UploadPages {
  private final Services services;
  private final Layout layout;
  private final IngestJobs jobs;
  private final long maxBytes;

  UploadPages(Services services, Layout layout, IngestJobs jobs, long maxBytes) {
    this.services = services;
    this.layout = layout;
    this.jobs = jobs;
    this.maxBytes = maxBytes;
  }

  void register(Javalin app) {
    app.get("/upload", this::form);
    app.post("/upload", this::upload);
    app.get("/jobs/{id}", this::job);
  }

  private void form(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    if (!s.principal().may(io.ascribe.access.Role.ANALYST)) {
      throw new ApiException(403, "forbidden", "uploading documents needs the analyst role");
    }
    Html h = new Html();
    h.el("h1", "Upload a document");
    h.open("div", "class", "cols");
    h.open("section", "class", "card");
    h.open("form", "method", "post", "action", "/upload", "enctype", "multipart/form-data", "class", "stack",
        "hx-post", "/upload", "hx-encoding", "multipart/form-data", "hx-target", "#jobs", "hx-swap", "afterbegin",
        "id", "upload-form");
    Layout.csrf(h, s);
    h.el("label", "File (PDF, HTML, text, WARC, gzip; at most " + (maxBytes / 1024 / 1024) + " MB)", "for", "file");
    h.empty("input", "type", "file", "id", "file", "name", "file", "required", "required");
    h.el("label", "Marking", "for", "upload-tlp");
    Tlp chosen = Tlp.GREEN.visibleUpTo(s.principal().maxTlp()) ? Tlp.GREEN : Tlp.CLEAR;
    h.add(Layout.tlpSelect("tlp", s.principal().maxTlp(), chosen));
    h.el("button", "Upload and ingest", "type", "submit", "class", "primary");
    h.close("form");
    h.el("p", "The document is read, its text cleaned, and indicators, techniques, actor and software names and "
        + "public claims extracted. It is then searchable and can be added to incidents.", "class", "muted small");
    h.close("section");
    h.open("section", "class", "card").el("h2", "Progress").el("div", "", "id", "jobs").close("section");
    h.close("div");
    ctx.html(layout.page(s, "Upload", "upload", h));
  }

  private void upload(Context ctx) throws IOException {
    Principal p = WebGuard.session(ctx).principal();
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (IllegalStateException e) {
      throw WebGuard.tooLarge();
    }
    if (file == null || file.size() == 0) {
      throw ApiException.badRequest("file", "choose a non-empty file to upload");
    }
    if (file.size() > maxBytes) {
      throw new ApiException(413, "too_large", "the file is larger than " + maxBytes + " bytes");
    }
    Tlp tlp = IncidentPages.tlp(ctx.formParam("tlp"), p);
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    }
    String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
    name = name.replaceAll("[\\\\/]", "_");
    String id = jobs.submit(p.name(), name, bytes, tlp, maxBytes);
    if (ctx.header("HX-Request") != null) {
      ctx.html(progress(jobs.find(id, p.name()).orElseThrow()).toString());
    } else {
      ctx.redirect("/jobs/" + id, HttpStatus.SEE_OTHER);
    }
  }

  private void job(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    IngestJobs.JobView j = jobs.find(ctx.pathParam("id"), s.principal().name())
        .orElseThrow(() -> ApiException.notFound("no upload job '" + ctx.pathParam("id") + "'"));
    if (ctx.header("HX-Request") != null) {
      ctx.html(progress(j).toString());
      return;
    }
    Html h = new Html().el("h1", "Upload of " + j.fileName()).add(progress(j));
    String page = layout.page(s, "Upload", "upload", h);
    if (!finished(j)) {
      ctx.header("Refresh", "2");
    }
    ctx.html(page);
  }

  private static boolean finished(IngestJobs.JobView j) {
    return j.state() == IngestJobs.State.DONE || j.state() == IngestJobs.State.FAILED;
  }

  /** The progress view; it polls itself (outerHTML swap) until the job has finished. */
  static Html progress(IngestJobs.JobView j) {
    Html h = new Html();
    boolean done = finished(j);
    h.open("div", "class", "job job-" + j.state().name().toLowerCase(java.util.Locale.ROOT), "id", "job-" + j.id(),
        "hx-get", done ? null : "/jobs/" + j.id(), "hx-trigger", done ? null : "every 1s", "hx-swap", done ? null : "outerHTML");
    h.open("div", "class", "job-head").el("strong", j.fileName()).text(" ").add(Layout.tlp(j.tlp()))
        .el("span", j.state().name().toLowerCase(java.util.Locale.ROOT), "class", "state").close("div");
    h.open("ol", "class", "log");
    for (String line : j.log()) {
      h.el("li", line);
    }
    h.close("ol");
    for (IngestJobs.Result r : j.results()) {
      h.open("div", "class", "job-result");
      if (r.sha256() != null) {
        h.link(Urls.document(r.sha256()), r.title() == null || r.title().isBlank() ? j.fileName() : r.title(), "class", "strong doc-link");
        h.text(" · " + r.status() + " · " + r.claims() + " claims · " + r.indicators() + " indicators");
      } else {
        h.text(r.status());
      }
      if (r.note() != null) {
        h.el("div", r.note(), "class", "muted small");
      }
      h.close("div");
    }
    return h.close("div");
  }
}
