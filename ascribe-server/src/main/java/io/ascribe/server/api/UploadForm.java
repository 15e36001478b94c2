package io.ascribe.server.api;

import io.ascribe.access.Principal;
import io.ascribe.corpus.UnknownActorException;
import io.ascribe.model.Tlp;
import io.ascribe.server.IngestJobs;
import io.ascribe.server.http.ApiException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one upload request asks to ingest, for the API and the upload page alike: any number of
 * files (multipart field {@code file}, repeated), URLs (field {@code url}, several separated by
 * white space) and pasted text (field {@code text}). Everything is checked before anything is
 * queued (sizes, URL form and address), so a bad part refuses the whole request and no job starts;
 * then each part becomes its own ingest job.
 */
public final class UploadForm {
  /** The name a job over pasted text carries. */
  public static final String PASTED = "pasted text";
  private final List<Part> parts;

  /** One thing to ingest. */
  private sealed interface Part {}

  private record FilePart(String name, byte[] bytes) implements Part {}

  private record UrlPart(String url) implements Part {}

  private record TextPart(byte[] bytes) implements Part {}

  private UploadForm(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Reads and checks a request's parts.
   *
   * @param tooLarge the error a part over {@code maxBytes} gets
   * @throws ApiException 400 naming the field when nothing was given or a URL is refused
   */
  public static UploadForm read(Context ctx, IngestJobs jobs, long maxBytes, ApiException tooLarge) throws IOException {
    List<Part> parts = new ArrayList<>();
    if (ctx.isMultipartFormData()) {
      List<UploadedFile> files;
      try {
        files = ctx.uploadedFiles("file");
      } catch (IllegalStateException e) {
        throw tooLarge;
      }
      for (UploadedFile f : files) {
        if (f.size() == 0 && (f.filename() == null || f.filename().isBlank())) {
          continue; // the empty part a browser sends when no file was chosen
        }
        if (f.size() > maxBytes) {
          throw tooLarge;
        }
        byte[] bytes;
        try (InputStream in = f.content()) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
          throw tooLarge;
        }
        if (bytes.length == 0) {
          throw ApiException.badRequest("file", "the file '" + f.filename() + "' is empty");
        }
        String name = f.filename() == null || f.filename().isBlank() ? "upload" : f.filename();
        parts.add(new FilePart(name.replaceAll("[\\\\/]", "_"), bytes));
      }
    }
    String urls = ctx.formParam("url");
    if (urls != null) {
      for (String url : urls.strip().split("\\s+")) {
        if (!url.isEmpty()) {
          try {
            jobs.checkUrl(url);
          } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("url", e.getMessage());
          }
          parts.add(new UrlPart(url));
        }
      }
    }
    String text = ctx.formParam("text");
    if (text != null && !text.isBlank()) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > maxBytes) {
        throw tooLarge;
      }
      parts.add(new TextPart(bytes));
    }
    if (parts.isEmpty()) {
      throw ApiException.badRequest("file", "choose one or more files, give a URL (field 'url') or paste text "
          + "(field 'text')");
    }
    return new UploadForm(parts);
  }

  /**
   * The canonical actor of the optional form field {@code actor} (what the documents are about), or
   * null when it is absent or blank; an unknown or ambiguous name is a 400 naming the field and the
   * candidates.
   */
  public static String declaredActor(IngestJobs jobs, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return jobs.declaredActor(name.strip());
    } catch (UnknownActorException e) {
      throw ApiException.badRequest("actor", e.getMessage());
    }
  }

  /** Queues one ingest job per part for {@code owner}, all marked {@code tlp}; returns their ids in order. */
  public List<String> submit(IngestJobs jobs, Principal owner, Tlp tlp, long maxBytes) {
    return submit(jobs, owner, tlp, null, maxBytes);
  }

  /**
   * Queues one ingest job per part, all marked {@code tlp} and about the declared actor {@code
   * actorKey} (null: inferred from each text); returns their ids in order.
   */
  public List<String> submit(IngestJobs jobs, Principal owner, Tlp tlp, String actorKey, long maxBytes) {
    List<String> ids = new ArrayList<>();
    for (Part p : parts) {
      ids.add(switch (p) {
        case FilePart f -> jobs.submit(owner, f.name(), f.bytes(), tlp, actorKey, maxBytes);
        case UrlPart u -> jobs.submitUrl(owner, u.url(), tlp, actorKey, maxBytes);
        case TextPart t -> jobs.submit(owner, PASTED, t.bytes(), tlp, actorKey, maxBytes);
      });
    }
    return ids;
  }
}
