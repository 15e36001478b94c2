package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.IngestJobs;
import io.ascribe.server.api.UploadForm;
import io.ascribe.server.http.ApiException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Uploading documents: several files at once, URLs (fetched in the background under the
 * public-only network policy; a private or loopback address is refused at once) and pasted text,
 * each ingested by its own job. The upload answers with one progress view per job, which htmx polls
 * every second until the job ends with a link to the document, named by its title (without htmx,
 * the jobs' page refreshes itself through a Refresh header).
 */
final class UploadPages {
  private final Layout layout;
  private final IngestJobs jobs;
  private final long maxBytes;

  UploadPages(Layout layout, IngestJobs jobs, long maxBytes) {
    this.layout = layout;
    this.jobs = jobs;
    this.maxBytes = maxBytes;
  }

  void register(Javalin app) {
    app.get("/upload", this::form);
    app.post("/upload", this::upload);
    app.get("/jobs", this::jobList);
    app.get("/jobs/{id}", this::job);
  }

  private void form(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    if (!s.principal().may(Role.ANALYST)) {
      throw new ApiException(403, "forbidden", "uploading documents needs the analyst role");
    }
    Html h = new Html();
    h.el("h1", "Upload documents");
    h.open("div", "class", "cols");
    h.open("section", "class", "card");
    h.open("form", "method", "post", "action", "/upload", "enctype", "multipart/form-data", "class", "stack",
        "hx-post", "/upload", "hx-encoding", "multipart/form-data", "hx-target", "#jobs", "hx-swap", "afterbegin",
        "id", "upload-form");
    Layout.csrf(h, s);
    h.el("label", "Files (PDF, HTML, text, WARC, gzip; several at once; at most " + (maxBytes / 1024 / 1024)
        + " MB in all)", "for", "file");
    h.empty("input", "type", "file", "id", "file", "name", "file", "multiple", "multiple");
    h.el("label", "URLs (one or more, fetched from public addresses only)", "for", "url");
    h.el("textarea", "", "id", "url", "name", "url", "rows", "2", "placeholder", "https://example.org/report.html",
        "spellcheck", "false");
    h.el("label", "Pasted text", "for", "text");
    h.el("textarea", "", "id", "text", "name", "text", "rows", "6",
        "placeholder", "Paste the text of an article or report");
    h.el("label", "About the actor (optional)", "for", "actor");
    h.empty("input", "type", "text", "id", "actor", "name", "actor",
        "placeholder", "a name, alias or ATT&CK id, when you know who the documents are about");
    h.el("label", "Marking", "for", "upload-tlp");
    Tlp chosen = Tlp.GREEN.visibleUpTo(s.principal().maxTlp()) ? Tlp.GREEN : Tlp.CLEAR;
    h.add(Layout.tlpSelect("tlp", s.principal().maxTlp(), chosen));
    h.el("button", "Upload and ingest", "type", "submit", "class", "primary");
    h.close("form");
    h.el("p", "Each file, URL and text is read on its own: its text cleaned, and indicators, techniques, actor and "
        + "software names and public claims extracted. It is then in the document library, searchable, and can be "
        + "added to incidents.", "class", "muted small");
    h.close("section");
    h.open("section", "class", "card").el("h2", "Progress").el("div", "", "id", "jobs").close("section");
    h.close("div");
    ctx.html(layout.page(s, "Upload", "upload", h));
  }

  private void upload(Context ctx) throws IOException {
    Principal p = WebGuard.session(ctx).principal();
    Tlp tlp = IncidentPages.tlp(ctx.formParam("tlp"), p);
    String actor = UploadForm.declaredActor(jobs, ctx.formParam("actor"));
    UploadForm form = UploadForm.read(ctx, jobs, maxBytes, WebGuard.tooLarge());
    List<String> ids = form.submit(jobs, p, tlp, actor, maxBytes);
    if (ctx.header("HX-Request") != null) {
      Html h = new Html();
      for (IngestJobs.JobView j : jobs.find(ids, p.name())) {
        h.add(progress(j));
      }
      ctx.html(h.toString());
    } else if (ids.size() == 1) {
      ctx.redirect("/jobs/" + ids.get(0), HttpStatus.SEE_OTHER);
    } else {
      ctx.redirect("/jobs?" + String.join("&", ids.stream().map(id -> "id=" + Urls.query(id)).toList()),
          HttpStatus.SEE_OTHER);
    }
  }

  /** Several jobs' progress on one page ({@code ?id=..&id=..}), for uploads without htmx. */
  private void jobList(Context ctx) {
    WebSession s = WebGuard.session(ctx);
    List<IngestJobs.JobView> found = jobs.find(ctx.queryParams("id"), s.principal().name());
    if (found.isEmpty()) {
      throw ApiException.notFound("no such upload jobs");
    }
    Html h = new Html().el("h1", "Uploads (" + found.size() + ")").open("div", "id", "jobs");
    for (IngestJobs.JobView j : found) {
      h.add(progress(j));
    }
    h.close("div");
    if (!found.stream().allMatch(UploadPages::finished)) {
      ctx.header("Refresh", "2");
    }
    ctx.html(layout.page(s, "Uploads", "upload", h));
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
    h.open("div", "class", "job job-" + j.state().name().toLowerCase(Locale.ROOT), "id", "job-" + j.id(),
        "hx-get", done ? null : "/jobs/" + j.id(), "hx-trigger", done ? null : "every 1s", "hx-swap", done ? null : "outerHTML");
    h.open("div", "class", "job-head").el("strong", j.fileName(), "class", "wrap-any").text(" ").add(Layout.tlp(j.tlp()))
        .el("span", j.state().name().toLowerCase(Locale.ROOT), "class", "state").close("div");
    h.el("progress", "", "max", "1", "value", done ? "1" : null, "aria-label", "progress of " + j.fileName());
    h.open("ol", "class", "log");
    for (String line : j.log()) {
      h.el("li", line);
    }
    h.close("ol");
    for (IngestJobs.Result r : j.results()) {
      h.open("div", "class", "job-result");
      if (r.sha256() != null) {
        h.link(Urls.document(r.sha256()), DocumentTitles.label(r.title(), r.sha256()), "class", "strong doc-link");
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
