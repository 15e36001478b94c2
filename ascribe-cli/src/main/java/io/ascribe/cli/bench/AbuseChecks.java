package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.model.Tlp;
import io.ascribe.server.taxii.TaxiiApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of {@code ascribe bench abuse}, each a hostile request (or a crowd of connections)
 * with the answer a sound server gives, against one running server.
 */
final class AbuseChecks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final InetSocketAddress address;
  private final String host;
  private final Tokens tokens;
  private final HealthProbe probe;
  private final PrintWriter log;
  private final RawHttp raw;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** The tokens the checks act with. */
  record Tokens(String viewer, String analyst, String admin) {}

  /** One row of the table. */
  record Check(String name, String expected, String observed, boolean pass) {}

  AbuseChecks(InetSocketAddress address, Tokens tokens, HealthProbe probe, PrintWriter log) {
    this.address = address;
    this.host = address.getHostString() + ":" + address.getPort();
    this.tokens = tokens;
    this.probe = probe;
    this.log = log;
    this.raw = new RawHttp(address);
  }

  /** Runs every check in turn. */
  List<Check> all(int idle, int idleSeconds, int loris, int lorisSeconds) throws Exception {
    List<Check> checks = new ArrayList<>();
    step("request bodies");
    checks.add(chunkedOverLimit());
    checks.add(status("JSON null body (POST /api/incidents)", Set.of(400),
        json("POST", "/api/incidents", tokens.analyst(), "application/json", "null")));
    checks.add(oversizeUpload());
    checks.add(status("JSON sent as text/plain (POST /api/incidents)", Set.of(415),
        json("POST", "/api/incidents", tokens.analyst(), "text/plain", "{\"title\": \"x\"}")));
    checks.add(status("JSON sent form-encoded (POST /api/attribute)", Set.of(415),
        json("POST", "/api/attribute", tokens.viewer(), "application/x-www-form-urlencoded", "{\"techniques\": []}")));
    checks.add(status("100,000 nested '[' (POST /api/attribute)", Set.of(400, 413),
        json("POST", "/api/attribute", tokens.viewer(), "application/json", "[".repeat(100_000))));
    checks.add(headerLine());
    checks.add(invalidUtf8Body());
    checks.add(status("invalid UTF-8 in a query string (GET /api/search?q=%FF%FE)", Set.of(400),
        json("GET", "/api/search?q=%FF%FE", tokens.viewer(), null, null)));
    step("exports and TAXII");
    checks.addAll(exportNames());
    checks.addAll(taxiiAddedAfter());
    step(loris + " slow-loris connections for " + lorisSeconds + " s");
    checks.add(slowLoris(loris, lorisSeconds));
    step(idle + " idle connections for " + idleSeconds + " s");
    checks.add(idleConnections(idle, idleSeconds));
    return checks;
  }

  private void step(String what) {
    log.println("abuse: " + what);
    log.flush();
  }

  private static Check status(String name, Set<Integer> expected, int observed) {
    String want = String.join(" or ", expected.stream().sorted().map(String::valueOf).toList());
    return new Check(name, want, observed < 0 ? "no answer" : Integer.toString(observed), expected.contains(observed));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + path)).timeout(TIMEOUT);
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  /** Sends a request with a string body; returns the status (-1 when it failed). */
  private int json(String method, String path, String token, String type, String body) {
    HttpRequest.Builder b = request(path, token).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private Check chunkedOverLimit() throws IOException {
    long size = 150L << 20;
    RawHttp.Answer a = raw.exchange(RawHttp.head("POST", "/api/attribute", host, List.of(
            "Authorization: Bearer " + tokens.viewer(), "Content-Type: application/json", "Transfer-Encoding: chunked")),
        RawHttp.padded("{\"techniques\": [\"T1059\"]", (byte) ' ', size, "}"), true, TIMEOUT);
    return new Check("chunked 150 MB JSON body, 1 MB limit (POST /api/attribute)", "413",
        a.describe() + " after " + a.sent() / 1024 + " KB sent; " + a.ending(), a.status() == 413);
  }

  private Check oversizeUpload() throws IOException {
    String boundary = "abuse-boundary";
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n";
    RawHttp.Answer a = raw.exchange(RawHttp.head("POST", "/api/documents", host, List.of(
            "Authorization: Bearer " + tokens.analyst(), "Content-Type: multipart/form-data; boundary=" + boundary,
            "Transfer-Encoding: chunked")),
        RawHttp.padded(head, (byte) 'x', 21L << 20, "\r\n--" + boundary + "--\r\n"), true, TIMEOUT);
    return new Check("21 MB upload, chunked, 20 MB limit (POST /api/documents)", "413",
        a.describe() + " after " + a.sent() / 1024 + " KB sent; " + a.ending(), a.status() == 413);
  }

  private Check headerLine() throws IOException {
    RawHttp.Answer a = raw.exchange(RawHttp.head("GET", "/api/health", host,
        List.of("X-Filler: " + "a".repeat(1 << 20))), InputStream.nullInputStream(), false, TIMEOUT);
    return new Check("1 MB header line (GET /api/health)", "431 or 400", a.describe(),
        a.status() == 431 || a.status() == 400);
  }

  private Check invalidUtf8Body() throws IOException {
    byte[] body = "{\"title\": \"caf\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    RawHttp.Answer a = raw.exchange(RawHttp.head("POST", "/api/incidents", host, List.of(
            "Authorization: Bearer " + tokens.analyst(), "Content-Type: application/json",
            "Content-Length: " + body.length)), new ByteArrayInputStream(body), false, TIMEOUT);
    return new Check("invalid UTF-8 in a JSON body (POST /api/incidents)", "400", a.describe(), a.status() == 400);
  }

  /** Export file names come from the request (ids, actor names): traversal must be refused or made harmless. */
  private List<Check> exportNames() throws Exception {
    List<Check> out = new ArrayList<>();
    HttpResponse<String> created = http.send(request("/api/incidents", tokens.analyst())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"../../etc/passwd\", \"tlp\": \"GREEN\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    String id = JSON.readTree(created.body()).path("id").asText();
    String traversal = URLEncoder.encode("../../../../etc/passwd", StandardCharsets.UTF_8);
    out.add(status("export of incident '../../../../etc/passwd'", Set.of(400, 404),
        json("GET", "/api/export/incidents/" + traversal, tokens.analyst(), null, null)));
    out.add(status("navigator export against actor '../../../../etc/passwd'", Set.of(400, 404),
        json("GET", "/api/export/incidents/" + id + "/navigator?actor=" + traversal, tokens.analyst(), null, null)));
    HttpResponse<String> real = http.send(request("/api/export/incidents/" + id, tokens.analyst()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String disposition = real.headers().firstValue("Content-Disposition").orElse("");
    String name = disposition.replaceFirst("(?s).*filename=\"([^\"]*)\".*", "$1");
    boolean safe = real.statusCode() == 200 && name.matches("[A-Za-z0-9._-]+") && !name.startsWith(".");
    out.add(new Check("export file name of an incident titled '../../etc/passwd'", "200, name of [A-Za-z0-9._-]",
        real.statusCode() + " " + name, safe));
    return out;
  }

  private List<Check> taxiiAddedAfter() throws Exception {
    String objects = TaxiiApi.API_ROOT + "collections/" + TaxiiApi.collectionId(Tlp.CLEAR) + "/objects/?added_after=";
    List<Check> out = new ArrayList<>();
    HttpResponse<String> future = taxii(objects + "9999-12-31T23:59:59.999Z");
    JsonNode body = future.statusCode() == 200 ? JSON.readTree(future.body()) : null;
    boolean empty = body != null && body.path("objects").isEmpty();
    out.add(new Check("TAXII added_after=9999-12-31T23:59:59.999Z", "200, no objects", future.statusCode()
        + (body == null ? "" : ", " + body.path("objects").size() + " objects"), empty));
    HttpResponse<String> farther = taxii(objects + "%2B100000-01-01T00:00:00Z");
    out.add(new Check("TAXII added_after=+100000-01-01T00:00:00Z", "200 (no objects) or 400",
        Integer.toString(farther.statusCode()), farther.statusCode() == 400
            || farther.statusCode() == 200 && JSON.readTree(farther.body()).path("objects").isEmpty()));
    for (String bad : List.of("2024-13-45T99:00:00Z", "yesterday")) {
      HttpResponse<String> r = taxii(objects + bad);
      out.add(new Check("TAXII added_after=" + bad, "400", Integer.toString(r.statusCode()), r.statusCode() == 400));
    }
    return out;
  }

  private HttpResponse<String> taxii(String path) throws Exception {
    return http.send(request(path, tokens.viewer()).header("Accept", "application/taxii+json;version=2.1").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Connections that send a request's headers one byte every second and never finish. A sound
   * server keeps answering others meanwhile, and closes them (a deadline for the headers) or at
   * least holds them without harm.
   */
  private Check slowLoris(int count, int seconds) throws Exception {
    long from = System.nanoTime();
    List<Socket> sockets = new ArrayList<>();
    List<OutputStream> outs = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < count; i++) {
      try {
        Socket s = new Socket();
        s.connect(address, 5_000);
        OutputStream o = s.getOutputStream();
        o.write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nX-Loris: ").getBytes(StandardCharsets.US_ASCII));
        sockets.add(s);
        outs.add(o);
      } catch (IOException e) {
        refused++;
      }
    }
    int[] closedAt = new int[sockets.size()];
    int closed = 0;
    for (int second = 1; second <= seconds && closed < sockets.size(); second++) {
      Thread.sleep(1_000);
      for (int i = 0; i < outs.size(); i++) {
        if (closedAt[i] == 0) {
          try {
            outs.get(i).write('a');
            outs.get(i).flush();
          } catch (IOException e) {
            closedAt[i] = second;
            closed++;
          }
        }
      }
    }
    sockets.forEach(BenchAbuseCommand::closeQuietly);
    HealthProbe.Figures during = probe.between(from, System.nanoTime());
    int latest = 0;
    for (int t : closedAt) {
      latest = Math.max(latest, t);
    }
    String observed = closed + "/" + sockets.size() + " closed by the server" + (closed > 0 ? " (last after ~" + latest
        + " s)" : "") + (refused > 0 ? ", " + refused + " refused" : "") + "; health " + during.describe();
    return new Check(count + " slow-loris connections, 1 byte/s for " + seconds + " s", "closed by the server, health "
        + "answers", observed, closed == sockets.size() && during.failures() == 0);
  }

  /** Many connections opened and held without a byte sent; health must keep answering. */
  private Check idleConnections(int count, int seconds) throws Exception {
    long from = System.nanoTime();
    List<Socket> sockets = new ArrayList<>(count);
    String failure = null;
    for (int i = 0; i < count; i++) {
      try {
        Socket s = new Socket();
        s.connect(address, 5_000);
        sockets.add(s);
      } catch (IOException e) {
        failure = e.getMessage();
        break;
      }
    }
    long opened = System.nanoTime();
    Thread.sleep(seconds * 1_000L);
    int open = 0;
    for (Socket s : sockets) {
      try {
        s.setSoTimeout(1);
        if (s.getInputStream().read() != -1) {
          open++;
        }
      } catch (SocketTimeoutException e) {
        open++;
      } catch (IOException e) {
        // closed by the server
      }
    }
    sockets.forEach(BenchAbuseCommand::closeQuietly);
    HealthProbe.Figures during = probe.between(from, System.nanoTime());
    String observed = sockets.size() + " opened in " + (opened - from) / 1_000_000 + " ms, " + open + " still open after "
        + seconds + " s" + (failure == null ? "" : ", then '" + failure + "'") + "; health " + during.describe();
    return new Check(count + " idle connections held " + seconds + " s", "all open, health answers", observed,
        sockets.size() == count && open == count && during.failures() == 0);
  }
}
