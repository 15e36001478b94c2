package io.ascribe.server;

import io.ascribe.access.Principal;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.fetch.FetchException;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.corpus.UnknownActorException;
import io.ascribe.model.Tlp;
import io.ascribe.store.documents.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 * technique classifier, reported as progress) and stores the result with the chosen TLP, on behalf
 * of the uploader's clearance (so a job never reveals a copy of the same bytes above it; see {@link
 * Ingestor}). A job may
 * also fetch its document from a URL first, through the same {@link HttpFetcher} and {@link
 * NetworkPolicy} as the command line (private and loopback addresses refused, every redirect hop
 * checked). Jobs are seen only by the token that started them; queued and running jobs are all
 * kept, finished ones the latest hundred.
 */
public final class IngestJobs implements AutoCloseable {
  private static final int KEEP = 100;
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
  private final Services services;
  private final NetworkPolicy policy;
  private final HttpFetcher fetcher;
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
    final Tlp clearance;
    final String actorKey;
    final Instant started = Instant.now();
    State state = State.QUEUED;
    final List<String> log = new ArrayList<>();
    final List<Result> results = new ArrayList<>();

    Job(String id, Principal owner, String fileName, Tlp tlp, String actorKey) {
      this.id = id;
      this.actorKey = actorKey;
      this.owner = owner.name();
      this.clearance = owner.maxTlp();
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

  /** What a job reads: its bytes, fetched or as uploaded. */
  @FunctionalInterface
  private interface Content {
    byte[] read(Job job) throws IOException;
  }

  /**
   * Jobs over {@code services} that fetch only public addresses. First, on the worker thread, the
   * search index catches up with documents a killed ingest stored but did not index.
   */
  public IngestJobs(Services services) {
    this(services, NetworkPolicy.PUBLIC_ONLY);
  }

  /** Jobs whose URL fetches follow {@code policy} (tests allow loopback). */
  public IngestJobs(Services services, NetworkPolicy policy) {
    this.services = services;
    this.policy = policy;
    this.fetcher = new HttpFetcher(policy, FETCH_TIMEOUT);
    worker.submit(() -> {
      try {
        new Ingestor(null, services.documents(), services.search()).recover();
      } catch (java.io.IOException | RuntimeException e) {
        System.err.println("ascribe server: could not bring the search index up to date: " + e.getMessage());
      }
    });
  }

  /** Queues the ingestion of an uploaded file on behalf of {@code owner}; returns the job's id. */
  public String submit(Principal owner, String fileName, byte[] bytes, Tlp tlp, long maxBytes) {
    return submit(owner, fileName, bytes, tlp, null, maxBytes);
  }

  /**
   * Queues the ingestion of an uploaded file about a declared actor ({@link #declaredActor}), or
   * null to infer it from the text; returns the job's id.
   */
  public String submit(Principal owner, String fileName, byte[] bytes, Tlp tlp, String actorKey, long maxBytes) {
    Job job = newJob(owner, fileName, tlp, actorKey);
    job.say("received " + fileName + " (" + bytes.length + " bytes), marked " + tlp.label());
    worker.submit(() -> run(job, "upload:" + fileName, fileName, j -> bytes, maxBytes));
    return job.id;
  }

  /**
   * Queues the fetching and ingestion of a URL; returns the job's id.
   *
   * @throws IllegalArgumentException when the URL is not http(s) with a host, or its host is
   *     unknown or resolves to an address the network policy refuses (checked now, so the caller
   *     can say so at once; every hop is checked again when the job fetches)
   */
  public String submitUrl(Principal owner, String url, Tlp tlp, long maxBytes) {
    return submitUrl(owner, url, tlp, null, maxBytes);
  }

  /** Same as {@link #submitUrl(Principal, String, Tlp, long)}, about a declared actor (or null). */
  public String submitUrl(Principal owner, String url, Tlp tlp, String actorKey, long maxBytes) {
    checkUrl(url);
    Job job = newJob(owner, url, tlp, actorKey);
    job.say("queued " + url + ", marked " + tlp.label());
    worker.submit(() -> run(job, url, null, j -> fetch(j, url, maxBytes), maxBytes));
    return job.id;
  }

  /** Throws an {@link IllegalArgumentException} naming the reason when {@code url} may not be fetched. */
  public void checkUrl(String url) {
    URI uri;
    try {
      uri = HttpFetcher.isUrl(url) ? new URI(url) : null;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + url + "' is not a valid URL: " + e.getReason());
    }
    if (uri == null || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + url + "' is not an http(s) URL with a host");
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (!policy.permits(a)) {
          throw new IllegalArgumentException("refused to fetch " + url + ": " + uri.getHost()
              + " is a private or loopback address (" + a.getHostAddress() + ")");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot fetch " + url + ": unknown host " + uri.getHost());
    }
  }

  private byte[] fetch(Job job, String url, long maxBytes) throws IOException {
    job.say("fetching " + url);
    try (InputStream in = fetcher.open(url)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FetchException(url + ": larger than the upload limit of " + maxBytes + " bytes");
      }
      job.say("fetched " + bytes.length + " bytes");
      return bytes;
    }
  }

  /**
   * The canonical actor an uploader names as what the documents are about.
   *
   * @throws UnknownActorException when the knowledge base knows no actor, or several, by that name
   */
  public String declaredActor(String name) {
    return services.corpusLinker().declaredActor(name);
  }

  private Job newJob(Principal owner, String name, Tlp tlp, String actorKey) {
    if (!owner.mayRead(tlp)) {
      throw new IllegalArgumentException("'" + owner.name() + "' may see up to " + owner.maxTlp().label()
          + " and cannot store a document marked " + tlp.label());
    }
    byte[] id = new byte[12];
    random.nextBytes(id);
    Job job = new Job(HexFormat.of().formatHex(id), owner, name, tlp, actorKey);
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
    return job;
  }

  /** The job when it exists and belongs to {@code owner}. */
  public Optional<JobView> find(String id, String owner) {
    Job job;
    synchronized (jobs) {
      job = jobs.get(id);
    }
    return job == null || !job.owner.equals(owner) ? Optional.empty() : Optional.of(job.view());
  }

  /** The jobs of {@code ids} that exist and belong to {@code owner}, in the order given. */
  public List<JobView> find(Collection<String> ids, String owner) {
    return ids.stream().distinct().map(id -> find(id, owner)).flatMap(Optional::stream).toList();
  }

  private void run(Job job, String source, String nameOrType, Content content, long maxBytes) {
    synchronized (job) {
      job.state = State.RUNNING;
    }
    try {
      byte[] bytes = content.read(job);
      DocumentExtractor x = services.extractor(job::say);
      List<RawDocument> docs = new ArrayList<>();
      List<InputProblem> problems = new ArrayList<>();
      new DocumentInputs(maxBytes).read(source, bytes, nameOrType, docs::add, problem -> {
        problems.add(problem);
        job.say("skipped " + problem);
      });
      if (docs.isEmpty() && !problems.isEmpty()) {
        throw new IOException(problems.get(0).toString()); // nothing readable: the job fails with the reason
      }
      job.say("extracting from " + docs.size() + " document(s)");
      Ingestor ingestor = new Ingestor(x, services.documents(), services.search(), job.tlp, job.clearance)
          .withLinks(services.corpusLinker(), job.actorKey);
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
