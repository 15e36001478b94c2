package io.ascribe.server;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.documents.Ingestor;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Uploaded documents being ingested, one at a time on a background thread: each job reads the
 * upload (PDF, HTML, text, WARC, gzip), extracts with the home's extractor ({@link
 * Services#extractor}, built once per knowledge-base version; the first build may train the
 * technique classifier, reported as progress) and stores the result with the chosen TLP. Jobs are seen only by the token that
 * started them; queued and running jobs are all kept, finished ones the latest hundred.
 */
public final class IngestJobs implements AutoCloseable {
  private static final int KEEP = 100;
  private final Services services;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ascribe-ingest");
    t.setDaemon(true);
    return t;
  });
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /** What a job reports. */
  public enum State { QUEUED, RUNNING, DONE, FAILED }

  /** One stored (or skipped, or failed) document of a job. */
  public record Result(String status, String sha256, String title, int claims, int indicators, String note) {}

  /** A snapshot of a job, for the progress view. */
  public record JobView(String id, String owner, String fileName, Tlp tlp, State state, Instant started,
      List<String> log, List<Result> results) {}

  /** A job's mutable state; guarded by the job itself. */
  private static final class Job {
    final String id;
    final String owner;
    final String fileName;
    final Tlp tlp;
    final Instant started = Instant.now();
    State state = State.QUEUED;
    final List<String> log = new ArrayList<>();
    final List<Result> results = new ArrayList<>();

    Job(String id, String owner, String fileName, Tlp tlp) {
      this.id = id;
      this.owner = owner;
      this.fileName = fileName;
      this.tlp = tlp;
    }

    synchronized boolean finished() {
      return state == State.DONE || state == State.FAILED;
    }

    synchronized void say(String line) {
      log.add(line);
    }

    synchronized JobView view() {
      return new JobView(id, owner, fileName, tlp, state, started, List.copyOf(log), List.copyOf(results));
    }
  }

  /**
   * Jobs over {@code services}. First, on the worker thread, the search index catches up with
   * documents a killed ingest stored but did not index.
   */
  public IngestJobs(Services services) {
    this.services = services;
    worker.submit(() -> {
      try {
        new Ingestor(null, services.documents(), services.search()).recover();
      } catch (java.io.IOException | RuntimeException e) {
        System.err.println("ascribe server: could not bring the search index up to date: " + e.getMessage());
      }
    });
  }

  /** Queues the ingestion of an uploaded file; returns the job's id. */
  public String submit(String owner, String fileName, byte[] bytes, Tlp tlp, long maxBytes) {
    byte[] id = new byte[12];
    random.nextBytes(id);
    Job job = new Job(HexFormat.of().formatHex(id), owner, fileName, tlp);
    synchronized (jobs) {
      jobs.put(job.id, job);
      // forget the oldest finished jobs beyond the last hundred; queued and running ones are kept
      var it = jobs.values().iterator();
      while (jobs.size() > KEEP && it.hasNext()) {
        if (it.next().finished()) {
          it.remove();
        }
      }
    }
    job.say("received " + fileName + " (" + bytes.length + " bytes), marked " + tlp.label());
    worker.submit(() -> run(job, bytes, maxBytes));
    return job.id;
  }

  /** The job when it exists and belongs to {@code owner}. */
  public Optional<JobView> find(String id, String owner) {
    Job job;
    synchronized (jobs) {
      job = jobs.get(id);
    }
    return job == null || !job.owner.equals(owner) ? Optional.empty() : Optional.of(job.view());
  }

  private void run(Job job, byte[] bytes, long maxBytes) {
    synchronized (job) {
      job.state = State.RUNNING;
    }
    try {
      DocumentExtractor x = services.extractor(job::say);
      List<RawDocument> docs = new ArrayList<>();
      new DocumentInputs(maxBytes).read("upload:" + job.fileName, bytes, job.fileName, docs::add,
          problem -> job.say("skipped " + problem.source() + ": " + problem.message()));
      job.say("extracting from " + docs.size() + " document(s)");
      Ingestor ingestor = new Ingestor(x, services.documents(), services.search(), job.tlp);
      for (RawDocument r : docs) {
        Ingestor.Outcome o = ingestor.ingest(r);
        synchronized (job) {
          job.results.add(new Result(o.status(), o.sha256(), o.title(), o.claims(), o.indicators(), o.message()));
        }
        job.say(o.status() + ": " + (o.title() == null ? r.source() : o.title()));
      }
      ingestor.flush();
      synchronized (job) {
        job.state = State.DONE;
      }
      job.say("done");
    } catch (Exception | LinkageError e) {
      job.say("failed: " + e.getMessage());
      synchronized (job) {
        job.state = State.FAILED;
      }
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
