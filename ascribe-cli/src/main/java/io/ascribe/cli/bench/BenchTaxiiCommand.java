package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.access.Role;
import io.ascribe.cli.DataOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.Services;
import io.ascribe.server.taxii.TaxiiApi;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.taxii.TaxiiStore;
import java.io.BufferedWriter;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench taxii}: pages through a TAXII collection of (by default) 100,000 objects over
 * loopback HTTP. A scratch store gets the full knowledge base (ATT&amp;CK Enterprise 18.1 and every
 * MISP galaxy cluster file) and then synthetic STIX 2.1 {@code indicator} objects (unmarked, so in
 * the CLEAR collection with ATT&amp;CK; deterministic ids and IPv4 patterns) until the CLEAR
 * collection holds {@code --objects} current objects. The server runs in this process on
 * 127.0.0.1; a plain {@link HttpClient} follows {@code next} at each page size, parsing every page
 * and checking that no object repeats or is missing. The same run measures two baselines on the same
 * rows straight from the database: one query streaming them all, and OFFSET paging.
 *
 * <pre>ascribe bench taxii --data ../shared/data --objects 100000</pre>
 */
@Command(
    name = "taxii",
    header = "Page through a TAXII collection of N objects over loopback HTTP and time it.",
    mixinStandardHelpOptions = true,
    description = {
      "Page through a TAXII collection of N objects (full knowledge base plus synthetic indicators) over "
          + "loopback HTTP; report seconds, objects/s and pages, and database baselines.",
      "",
      "Example:",
      "  ascribe bench taxii --data ../shared/data --objects 100000"
    })
public final class BenchTaxiiCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--objects", defaultValue = "100000", description = "Objects in the collection (default: ${DEFAULT-VALUE}).")
  int objects;

  @Option(names = "--limit", split = ",", defaultValue = "1000,10000",
      description = "Page sizes to measure, comma-separated (default: ${DEFAULT-VALUE}: the server's default and maximum).")
  List<Integer> limits;

  @Option(names = "--scratch", paramLabel = "DIR",
      description = "Scratch home to build (and keep for reruns); default: a temporary folder, deleted afterwards.")
  Path scratch;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (objects < 1) {
      throw new IllegalArgumentException("--objects must be positive, got " + objects);
    }
    for (int limit : limits) {
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be positive, got " + limit);
      }
    }
    Path attack = data.path().resolve("attack/enterprise-attack-18.1.json");
    Path clusters = data.path().resolve("misp-galaxy/clusters");
    if (!Files.isRegularFile(attack) || !Files.isDirectory(clusters)) {
      throw new IOException(data.path() + ": needs attack/enterprise-attack-18.1.json and misp-galaxy/clusters/; pass --data DIR");
    }
    boolean temporary = scratch == null;
    Path home = temporary ? Files.createTempDirectory("ascribe-bench-taxii") : scratch;
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode result = Json.object();
    try (Store store = Store.open(home)) {
      KbImporter importer = new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(10)),
          ImportListener.NONE);
      long t0 = System.nanoTime();
      importer.importAll(List.of(attack.toString(), clusters.toString()), KbImporter.Options.DEFAULT);
      result.put("kb_import_seconds", seconds(t0));
      TaxiiStore taxii = new TaxiiStore(store);
      taxii.refresh();
      long kbObjects = current(store);
      long synthetic = Math.max(0, objects - kbObjects);
      t0 = System.nanoTime();
      importer.importAll(List.of(syntheticBundle(home, synthetic).toString()), KbImporter.Options.DEFAULT);
      result.put("synthetic_import_seconds", seconds(t0));
      t0 = System.nanoTime();
      int rows = taxii.refresh();
      result.put("taxii_index_seconds", seconds(t0));
      result.put("taxii_index_rows", rows);
      long total = current(store);
      result.put("knowledge_base_stix_objects", kbObjects);
      result.put("synthetic_objects", synthetic);
      result.put("collection_objects", total);
      err.printf("collection CLEAR: %d objects (%d from the knowledge base, %d synthetic); index built in %.2f s%n",
          total, kbObjects, synthetic, result.path("taxii_index_seconds").asDouble());
      baselines(store, total, result, err);
      String token = new TokenStore(store).create("bench-" + UUID.randomUUID(), Role.VIEWER, Tlp.CLEAR, "bench").secret();
      AscribeServer server = new AscribeServer(new Services(store), AscribeServer.Settings.defaults()).start("127.0.0.1", 0);
      try {
        ArrayNode runs = result.putArray("runs");
        for (int round = 1; round <= 2; round++) {
          for (int limit : limits) {
            ObjectNode run = page(server.port(), token, limit, total);
            run.put("round", round);
            runs.add(run);
            err.printf("round %d, limit %d: %d objects in %d pages, %.2f s, %.0f objects/s%n", round, limit,
                run.path("objects").asLong(), run.path("pages").asLong(), run.path("seconds").asDouble(),
                run.path("objects_per_second").asDouble());
            err.flush();
          }
        }
      } finally {
        server.stop();
      }
    } finally {
      if (temporary) {
        try (Stream<Path> walk = Files.walk(home)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    result.put("cores", Runtime.getRuntime().availableProcessors());
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, result);
    } else {
      for (JsonNode run : result.path("runs")) {
        out.printf("round %d, limit %5d: %d objects, %d pages, %.2f s, %.0f objects/s%n", run.path("round").asInt(),
            run.path("limit").asInt(), run.path("objects").asLong(), run.path("pages").asLong(),
            run.path("seconds").asDouble(), run.path("objects_per_second").asDouble());
      }
      out.printf("baselines from the database: one streaming query %.2f s; OFFSET paging (1000 a page) %.2f s%n",
          result.path("baseline_stream_seconds").asDouble(), result.path("baseline_offset_seconds").asDouble());
    }
    return 0;
  }

  /** Current objects in the CLEAR collection (what a default objects request pages through). */
  private static long current(Store store) {
    return store.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from taxii_object where collection = 'CLEAR' and is_last").mapTo(Long.class).one());
  }

  /** Writes {@code n} synthetic STIX 2.1 indicators as one bundle. */
  private static Path syntheticBundle(Path home, long n) throws IOException {
    Path file = home.resolve("bench-taxii-indicators-" + n + ".json");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"type\":\"bundle\",\"id\":\"bundle--" + uuid("bundle " + n) + "\",\"objects\":[");
      for (long i = 0; i < n; i++) {
        if (i > 0) {
          w.write(',');
        }
        String ip = "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
        w.write("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + uuid("indicator " + i)
            + "\",\"created\":\"2025-01-01T00:00:00.000Z\",\"modified\":\"2025-01-01T00:00:00.000Z\","
            + "\"name\":\"synthetic bench indicator " + i + "\",\"indicator_types\":[\"malicious-activity\"],"
            + "\"pattern\":\"[ipv4-addr:value = '" + ip + "']\",\"pattern_type\":\"stix\","
            + "\"valid_from\":\"2025-01-01T00:00:00Z\"}");
      }
      w.write("]}");
    }
    return file;
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(("ascribe bench taxii " + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Pages through the CLEAR collection at {@code limit}, parsing every page and checking ids. */
  private static ObjectNode page(int port, String token, int limit, long expected) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port + "/taxii2/api/collections/" + TaxiiApi.collectionId(Tlp.CLEAR) + "/objects/?limit=" + limit;
    Set<String> ids = new HashSet<>();
    long count = 0;
    int pages = 0;
    long bytes = 0;
    String next = null;
    long t0 = System.nanoTime();
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + (next == null ? ""
              : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))))
          .header("Accept", "application/taxii+json;version=2.1")
          .header("Authorization", "Bearer " + token)
          .build();
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("page " + (pages + 1) + " answered " + r.statusCode() + ": "
            + new String(r.body(), StandardCharsets.UTF_8));
      }
      bytes += r.body().length;
      JsonNode envelope = JSON.readTree(r.body());
      pages++;
      for (JsonNode o : envelope.path("objects")) {
        count++;
        if (!ids.add(o.path("id").asText())) {
          throw new IllegalStateException("object " + o.path("id").asText() + " was served twice");
        }
      }
      if (!envelope.path("more").asBoolean()) {
        break;
      }
      next = envelope.path("next").asText();
    }
    double seconds = seconds(t0);
    if (count != expected) {
      throw new IllegalStateException("paging served " + count + " objects, the collection holds " + expected);
    }
    ObjectNode run = Json.object();
    run.put("limit", limit).put("objects", count).put("pages", pages).put("megabytes", bytes / 1e6)
        .put("seconds", seconds).put("objects_per_second", count / seconds);
    return run;
  }

  /** The same rows straight from the database: one streaming query, and OFFSET paging at 1000. */
  private static void baselines(Store store, long total, ObjectNode result, PrintWriter err) {
    long t0 = System.nanoTime();
    long streamed = store.jdbi().withHandle(h -> {
      long[] n = {0};
      h.createQuery("select body from taxii_object where collection = 'CLEAR' and is_last "
              + "order by collection, sort_key")
          .setFetchSize(1_000).mapTo(String.class).forEach(b -> n[0] += b.length() > 0 ? 1 : 0);
      return n[0];
    });
    result.put("baseline_stream_seconds", seconds(t0));
    t0 = System.nanoTime();
    long offsetRows = 0;
    List<String> page = new ArrayList<>();
    for (long offset = 0; offset == 0 || !page.isEmpty(); offset += 1_000) {
      long from = offset;
      page = store.jdbi().withHandle(h -> h.createQuery("select body from taxii_object where collection = 'CLEAR' "
              + "and is_last order by collection, sort_key offset :o rows fetch next 1000 rows only")
          .bind("o", from).mapTo(String.class).list());
      offsetRows += page.size();
    }
    result.put("baseline_offset_seconds", seconds(t0));
    if (streamed != total || offsetRows != total) {
      throw new IllegalStateException("baselines read " + streamed + " and " + offsetRows + " rows, expected " + total);
    }
    err.printf("baselines: streaming query %.2f s, OFFSET paging %.2f s%n", result.path("baseline_stream_seconds").asDouble(),
        result.path("baseline_offset_seconds").asDouble());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
