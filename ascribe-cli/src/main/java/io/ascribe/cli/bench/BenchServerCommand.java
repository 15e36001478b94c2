package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.access.Role;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.LedgerCursor;
import io.ascribe.store.incident.IncidentStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench server}: starts {@code ascribe serve} as a child process over a home with
 * the knowledge base, then drives each endpoint with an open-loop load (requests sent on a fixed
 * schedule, latency measured from the scheduled time, so a slow server cannot slow the load
 * down), and samples the server's resident memory every second. With {@code --sequential N} it
 * first times N requests sent one after another (the cost of a single warm request), and with
 * {@code --server-jar} the server comes from another build, for a baseline in the same run.
 */
@Command(
    name = "server",
    header = "Load-test the REST API at a fixed request rate.",
    mixinStandardHelpOptions = true,
    description = {
      "Load-test the REST API at a fixed request rate: the actor, search, attribution and claims-ledger "
          + "endpoints, with GET /api/health as the baseline at the same rate; p50/p99/max latency, errors, and "
          + "the server's resident memory over the run. Needs a home with the knowledge base imported.",
      "",
      "Examples:",
      "  ascribe bench server --home /tmp/h1 --rate 300 --seconds 30",
      "  ascribe bench server --home /tmp/h1 --endpoint search --sequential 600 --rounds 0",
      "  ascribe bench server --home /tmp/h0 --endpoint search --server-jar /tmp/before.jar",
      "  ascribe bench server --home /tmp/h1 --db jdbc:postgresql://127.0.0.1:5432/ascribe \\",
      "      --endpoint ledger-first,matrix"
    })
public final class BenchServerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin LoadOptions load;

  @Mixin DurationOption duration = new DurationOption(30);

  @Option(names = "--rounds", defaultValue = "2",
      description = "Times the whole sequence of endpoints is run, to see whether memory keeps growing "
          + "(default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--endpoint", split = ",", paramLabel = "NAME",
      description = "Only these endpoints: health, actor, actor-page, incident-page, search, attribute, ledger-first, "
          + "ledger-deep, matrix (default: all).")
  List<String> endpoints;

  @Option(names = "--sequential", defaultValue = "0", paramLabel = "N",
      description = "Before the load, time N requests per endpoint sent one after another, after a warm-up of "
          + "as many and at least --warmup seconds (default: ${DEFAULT-VALUE}, off).")
  int sequential;

  @Option(names = "--server-jar", paramLabel = "JAR",
      description = "Run the server from this ascribe.jar (e.g. a copy of an earlier build, as a baseline) "
          + "instead of this one.")
  Path serverJar;

  @Mixin JsonOption json;

  /**
   * One endpoint's figures.
   *
   * @param serverCpuMsPerRequest the server process's CPU time (user and system, all threads) over the
   *     measured requests, divided by their number
   */
  record Figures(String endpoint, long requests, long errors, double achievedRate, double p50Ms, double p99Ms,
      double maxMs, long rssStartMb, long rssEndMb, double serverCpuMsPerRequest) {}

  /** An endpoint the bench can drive: its name for {@code --endpoint}, its label, and its i-th request. */
  private record Endpoint(String name, String label, IntFunction<HttpRequest> request) {}

  private static final List<String> ENDPOINTS = List.of("health", "actor", "actor-page", "incident-page", "search", "attribute",
      "ledger-first", "ledger-deep", "matrix");
  /** Countries the ledger endpoints filter by: the most frequent claimants and accused of the news set. */
  private static final String[] LEDGER_COUNTRIES = {"US", "CN", "RU", "GB", "IR", "KP", "AU", "CA", "UA", "DE", "IL",
      "TW"};
  private static final String[] LEDGER_TYPES = {"attribution", "denial", "counter_accusation"};

  @Override
  public Integer call() throws Exception {
    load.check();
    duration.check();
    if (rounds < 0 || sequential < 0) {
      throw new IllegalArgumentException("--rounds and --sequential must not be negative");
    }
    if (rounds == 0 && sequential == 0) {
      throw new IllegalArgumentException("--rounds 0 needs --sequential N: there would be nothing to measure");
    }
    if (endpoints != null) {
      for (String e : endpoints) {
        if (!ENDPOINTS.contains(e)) {
          throw new IllegalArgumentException("--endpoint must be one of " + String.join(", ", ENDPOINTS) + ", got '" + e
              + "'");
        }
      }
    }
    if (serverJar != null && !Files.isRegularFile(serverJar)) {
      throw new IllegalArgumentException("--server-jar " + serverJar + ": no such file");
    }
    PrintWriter err = spec.commandLine().getErr();
    String token;
    List<String> actors;
    List<String> techniques;
    List<String> incidents;
    List<String> positions;
    try (Store store = home.open()) {
      actors = store.jdbi().withHandle(h -> h.createQuery(
          "select attack_id from kb_entity where kind = 'actor' and attack_id is not null order by attack_id")
          .mapTo(String.class).list());
      techniques = store.jdbi().withHandle(h -> h.createQuery(
          "select attack_id from kb_entity where kind = 'technique' and attack_id is not null order by attack_id")
          .mapTo(String.class).list());
      if (actors.isEmpty() || techniques.isEmpty()) {
        throw new IOException(home.path() + ": the knowledge base is empty; import ATT&CK first (ascribe kb import ...)");
      }
      token = new TokenStore(store).create("bench-" + System.currentTimeMillis(), Role.VIEWER, Tlp.RED, "bench").secret();
      incidents = endpoints == null || endpoints.contains("incident-page") ? benchIncidents(store, techniques) : List.of();
      positions = endpoints == null || endpoints.contains("ledger-deep") ? ledgerPositions(store) : List.of();
    }
    try (ServerProcess server = ServerProcess.start(home.path(), serverJar, home.dbUrl())) {
      String base = server.base();
      err.println("server at " + base + " (pid " + server.pid() + ")");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      Random random = new Random(42);
      String[] words = {"panda", "bear", "typhoon", "kitten", "lazarus", "phishing", "powershell", "ransomware",
          "credential", "chollima", "sandworm", "spider"};
      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
          picked.add("\"" + techniques.get(random.nextInt(techniques.size())) + "\"");
        }
        bodies.add("{\"techniques\": [" + String.join(", ", picked) + "], \"victims\": {\"countries\": [\"US\"]}}");
      }
      String cookie = login(http, base, token);
      List<Endpoint> selected = new ArrayList<>(List.of(
          new Endpoint("health", "GET /api/health (baseline)", i -> get(base + "/api/health", token)),
          new Endpoint("actor", "GET /api/actors/{id}",
              i -> get(base + "/api/actors/" + actors.get(i % actors.size()), token)),
          new Endpoint("actor-page", "GET /actors/{id} (web page)",
              i -> HttpRequest.newBuilder(URI.create(base + "/actors/" + actors.get(i % actors.size())))
                  .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).GET().build()),
          new Endpoint("incident-page", "GET /incidents/{id} (web page)",
              i -> HttpRequest.newBuilder(URI.create(base + "/incidents/" + incidents.get(i % incidents.size())))
                  .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).GET().build()),
          new Endpoint("search", "GET /api/search?q=",
              i -> get(base + "/api/search?q=" + words[i % words.length], token)),
          new Endpoint("attribute", "POST /api/attribute", i -> HttpRequest.newBuilder(URI.create(base + "/api/attribute"))
              .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build()),
          new Endpoint("ledger-first", "GET /api/claims?country&type&since (first page)",
              i -> get(base + "/api/claims?country=" + LEDGER_COUNTRIES[i % LEDGER_COUNTRIES.length] + "&type="
                  + LEDGER_TYPES[(i / LEDGER_COUNTRIES.length) % LEDGER_TYPES.length] + "&since=" + (2011 + i % 15)
                  + "-01-01", token)),
          new Endpoint("ledger-deep", "GET /api/claims?after= (deep pages, keyset)",
              i -> get(base + "/api/claims?after=" + positions.get(i % positions.size())
                  + (i % 2 == 0 ? "" : "&country=" + LEDGER_COUNTRIES[(i / 2) % LEDGER_COUNTRIES.length]), token)),
          new Endpoint("matrix", "GET /api/claims/matrix (who accuses whom)",
              i -> get(base + "/api/claims/matrix" + matrixDates(i), token))));
      selected.removeIf(e -> endpoints != null && !endpoints.contains(e.name()));
      List<Figures> results = new ArrayList<>();
      long rssAtStart = server.rssMb();
      if (sequential > 0) {
        for (Endpoint e : selected) {
          results.add(sequence(e.label() + " [sequential]", http, e.request(), server, err));
        }
      }
      for (int round = 1; round <= rounds; round++) {
        String r = rounds == 1 ? "" : " [round " + round + "]";
        for (Endpoint e : selected) {
          results.add(drive(e.label() + r, http, e.request(), server, err));
        }
      }
      long rssAtEnd = server.rssMb();
      print(results, rssAtStart, rssAtEnd);
      return results.stream().anyMatch(f -> f.errors() > 0) ? 1 : 0;
    }
  }

  /**
   * Creates {@link #BENCH_INCIDENTS} incidents to load the incident page with (the page attributes
   * each on every view): six random techniques, two documentation-range indicators and a victim
   * country each, marked TLP:CLEAR. They stay in the home, titled "bench incident N", and a later
   * run uses them again rather than adding more.
   */
  private static List<String> benchIncidents(Store store, List<String> techniques) {
    IncidentStore incidents = new IncidentStore(store);
    List<String> ids = new ArrayList<>(incidents.list(Tlp.RED).stream()
        .filter(i -> i.title().startsWith(BENCH_INCIDENT)).map(i -> i.id()).toList());
    Random random = new Random(7);
    for (int n = ids.size(); n < BENCH_INCIDENTS; n++) {
      String id = incidents.create(BENCH_INCIDENT + n, null, Tlp.CLEAR, "bench").id();
      List<IncidentStore.NewItem> items = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        items.add(new IncidentStore.NewItem(ItemKind.TECHNIQUE, techniques.get(random.nextInt(techniques.size())),
            EvidenceItem.ANALYST));
      }
      items.add(new IncidentStore.NewItem(ItemKind.INDICATOR, "203.0.113." + (1 + random.nextInt(250)), EvidenceItem.ANALYST));
      items.add(new IncidentStore.NewItem(ItemKind.INDICATOR, "bench" + n + ".example.com", EvidenceItem.ANALYST));
      items.add(new IncidentStore.NewItem(ItemKind.VICTIM_COUNTRY, "US", EvidenceItem.ANALYST));
      incidents.addEvidence(id, null, items, "bench");
      ids.add(id);
    }
    return ids;
  }

  private static final int BENCH_INCIDENTS = 20;

  /**
   * Positions spread over the whole claims ledger (the dates and ids of 200 claims picked at random
   * by id), for deep pages read by keyset; the first page's position when the ledger is empty.
   */
  private static List<String> ledgerPositions(Store store) {
    long maxId = store.jdbi().withHandle(h -> h.createQuery("select coalesce(max(id), 0) from claim").mapTo(Long.class).one());
    Random random = new Random(11);
    List<String> positions = new ArrayList<>();
    for (int n = 0; n < 200 && maxId > 0; n++) {
      long id = 1 + (long) (random.nextDouble() * maxId);
      store.jdbi().withHandle(h -> h.createQuery("select claim_date, id from claim where id >= :id order by id "
              + "fetch first 1 rows only").bind("id", id)
          .map((rs, ctx) -> new LedgerCursor(rs.getString(1), rs.getLong(2)).token()).findFirst())
          .ifPresent(positions::add);
    }
    if (positions.isEmpty()) {
      positions.add(new LedgerCursor("9999-12-31", Long.MAX_VALUE / 2).token());
    }
    return positions;
  }

  /** The dates of the i-th summary asked for: all time one time in four, else a range of one to six years. */
  private static String matrixDates(int i) {
    if (i % 4 == 0) {
      return "";
    }
    Random random = new Random(i);
    LocalDate since = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
    return "?since=" + since + "&until=" + since.plusDays(365 + random.nextInt(5 * 365));
  }
  private static final String BENCH_INCIDENT = "bench incident ";

  /** Signs in to the web UI with the token; returns the session cookie. */
  private static String login(HttpClient http, String base, String token) throws Exception {
    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&next=%2F"))
        .build(), HttpResponse.BodyHandlers.discarding());
    return r.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';')))
        .orElseThrow(() -> new IOException("signing in to the web UI failed with status " + r.statusCode()));
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10)).GET().build();
  }

  private Figures drive(String name, HttpClient http, IntFunction<HttpRequest> request, ServerProcess server,
      PrintWriter err) throws InterruptedException {
    err.println(name + ": warm-up " + load.warmup() + " s, then " + duration.seconds() + " s at " + load.rate() + " requests/s");
    err.flush();
    run(http, request, load.warmup(), null);
    long rssStart = server.rssMb();
    long cpuStart = server.cpuNanos();
    long[] latencies = new long[load.rate() * duration.seconds()];
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    int n = run(http, request, duration.seconds(), new Recorder(latencies, errors));
    double elapsed = (System.nanoTime() - start) / 1e9;
    return figures(name, latencies, n, errors.get(), elapsed, rssStart, server, cpuStart);
  }

  /**
   * Sends warm-up requests one after another ({@code --sequential} of them and for at least {@code
   * --warmup} seconds, so the JIT has compiled the path), then {@code --sequential} measured ones,
   * each after the answer to the one before: the latency of a single request on a warm server,
   * without queueing.
   */
  private Figures sequence(String name, HttpClient http, IntFunction<HttpRequest> request, ServerProcess server,
      PrintWriter err) throws IOException, InterruptedException {
    err.println(name + ": warm-up " + load.warmup() + " s, then " + sequential + " requests one after another");
    err.flush();
    long[] latencies = new long[sequential];
    int errors = 0;
    long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(load.warmup());
    for (int i = 0; i < sequential || System.nanoTime() < warmUntil; i++) {
      http.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
    }
    long rssStart = server.rssMb();
    long cpuStart = server.cpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < sequential; i++) {
      long sent = System.nanoTime();
      HttpResponse<Void> response = http.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
      latencies[i] = System.nanoTime() - sent;
      if (response.statusCode() / 100 != 2) {
        errors++;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return figures(name, latencies, sequential, errors, elapsed, rssStart, server, cpuStart);
  }

  private static Figures figures(String name, long[] latencies, int n, long errors, double elapsedSeconds,
      long rssStart, ServerProcess server, long cpuStart) {
    long cpu = server.cpuNanos() - cpuStart;
    long rssEnd = server.rssMb();
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new Figures(name, n, errors, n / elapsedSeconds, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
        ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), rssStart, rssEnd,
        n == 0 || cpuStart < 0 ? 0 : Math.round(cpu / 1e4 / n) / 100.0);
  }

  /** Where latencies and errors go. */
  private record Recorder(long[] latencies, AtomicInteger errors) {}

  /** Sends {@code rate} requests a second for {@code secs} seconds on schedule; returns how many. */
  private int run(HttpClient http, IntFunction<HttpRequest> request, int secs, Recorder recorder)
      throws InterruptedException {
    int total = load.rate() * secs;
    long periodNanos = 1_000_000_000L / load.rate();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> inFlight = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      long intended = start + i * periodNanos;
      long wait = intended - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int index = i;
      inFlight.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
          .handle((response, failure) -> {
            if (recorder != null) {
              recorder.latencies()[index] = System.nanoTime() - intended;
              if (failure != null || response.statusCode() / 100 != 2) {
                recorder.errors().incrementAndGet();
              }
            }
            return null;
          }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    return total;
  }

  private static long percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  private void print(List<Figures> results, long rssAtStart, long rssAtEnd) {
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("machine_cores", Runtime.getRuntime().availableProcessors());
      o.put("rate", load.rate());
      o.put("seconds", duration.seconds());
      o.put("sequential", sequential);
      ArrayNode rows = o.putArray("endpoints");
      results.forEach(r -> rows.addPOJO(r));
      o.put("server_rss_mb_start", rssAtStart);
      o.put("server_rss_mb_end", rssAtEnd);
      Json.print(out, o);
      return;
    }
    if (sequential > 0) {
      out.printf("[sequential]: %d requests one after another per endpoint after at least %d warm-up requests and %d s%n",
          sequential, sequential, load.warmup());
    }
    if (rounds > 0) {
      out.printf("%d requests/s for %d s per endpoint after %d s warm-up, %d round(s)%n", load.rate(), duration.seconds(), load.warmup(), rounds);
    }
    out.printf("%d cores, loopback, server from %s%n", Runtime.getRuntime().availableProcessors(),
        serverJar == null ? "this build" : serverJar);
    out.printf("%-53s %8s %6s %8s %8s %8s %8s %12s %9s%n", "endpoint", "requests", "errors", "req/s", "p50 ms",
        "p99 ms", "max ms", "server RSS MB", "CPU ms/req");
    for (Figures f : results) {
      out.printf("%-53s %8d %6d %8.1f %8.2f %8.2f %8.2f %5d -> %4d %9.2f%n", f.endpoint(), f.requests(), f.errors(),
          f.achievedRate(), f.p50Ms(), f.p99Ms(), f.maxMs(), f.rssStartMb(), f.rssEndMb(), f.serverCpuMsPerRequest());
    }
    out.printf("server resident memory: %d MB after start-up and warm-up of the first endpoint, %d MB at the end%n",
        rssAtStart, rssAtEnd);
  }
}
