package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.server.http.RequestLimits;
import io.ascribe.store.Store;
import io.ascribe.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the server bugs of issue 16 that a hostile client could use: chunked bodies
 * past the size limit (bug 1), a JSON {@code null} body (bug 2), an API upload over the upload
 * limit (bug 3) and JSON sent under another content type (bug 9), with the hostile inputs around
 * them (deep nesting, huge arrays, invalid UTF-8).
 */
class HostileRequestsTest {
  static final long LIMIT = 200_000;
  static final long UPLOAD_LIMIT = 50_000;
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewer;
  static String analyst;
  static String admin;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, content type and body. */
  record Reply(int status, String type, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    ServerFixtures.Tokens signIn = ServerFixtures.tokens(store);
    viewer = signIn.viewer();
    analyst = signIn.analyst();
    admin = signIn.admin();
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(LIMIT, UPLOAD_LIMIT))
        .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static Reply send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static Reply post(String path, String token, String contentType, String body) throws Exception {
    HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
    return send(contentType == null ? b : b.header("Content-Type", contentType));
  }

  /** A body sent chunked (no Content-Length): {@code head}, then {@code padding} spaces, then {@code tail}. */
  static HttpRequest.BodyPublisher chunked(String head, long padding, String tail, AtomicLong supplied) {
    InputStream spaces = new InputStream() {
      long left = padding;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        supplied.addAndGet(n);
        return n;
      }
    };
    return HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), spaces,
        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8))))));
  }

  static void assertHealthy() throws Exception {
    assertThat(send(request("/api/health", null).GET()).status()).isEqualTo(200);
  }

  /**
   * Bug 1: the size limit was checked against Content-Length only, so a chunked body of any size
   * was read whole (150 MB answered 200, 400 MB ran the server out of memory).
   */
  @Test
  void chunkedJsonBody_threeTimesTheLimit_answers413AndServerStaysHealthy() throws Exception {
    AtomicLong supplied = new AtomicLong();
    Reply r = send(request("/api/attribute", viewer).header("Content-Type", "application/json")
        .POST(chunked("{\"techniques\": [\"T1059\"]", 3 * LIMIT, "}", supplied)));
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("too_large");
    assertThat(r.json().at("/error/message").asText()).contains(Long.toString(LIMIT));
    assertHealthy();
  }

  /** Bug 1 on an analyst route and on a web form: the limit holds for every route that reads a body. */
  @Test
  void chunkedBodies_overTheLimit_answer413OnEveryKindOfRoute() throws Exception {
    Reply incident = send(request("/api/incidents", analyst).header("Content-Type", "application/json")
        .POST(chunked("{\"title\": \"", 3 * LIMIT, "\"}", new AtomicLong())));
    assertThat(incident.status()).isEqualTo(413);
    assertThat(incident.type()).startsWith("application/json");
    Reply login = send(request("/login", null).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(chunked("token=", 3 * LIMIT, "", new AtomicLong())));
    assertThat(login.status()).isEqualTo(413);
    assertThat(login.type()).startsWith("text/html");
    assertHealthy();
  }

  /** Body bytes a client may get to send past the limit before the server closes: its linger plus socket buffers. */
  static final long READ_ON_BOUND = 8L << 20;
  /** Far more than {@link #READ_ON_BOUND}: a server that kept reading would take most of it. */
  static final long HUGE_BODY = 256L << 20;

  static RawUpload.Result sendHuge(String head, boolean chunked, String prefix) throws Exception {
    RawUpload.Result r = RawUpload.send(server.port(), head + "\r\nHost: 127.0.0.1", chunked, prefix, HUGE_BODY,
        Duration.ofSeconds(30));
    System.out.printf("%s: status %d, sent %d KB at the answer, %d KB in all, closed %s%n", head.lines().findFirst()
        .orElse(""), r.status(), r.sentAtAnswer() >> 10, r.sentInAll() >> 10, r.closed());
    return r;
  }

  static void assertCutOff(RawUpload.Result r, int status, long limit) {
    assertThat(r.status()).as(r.head()).isEqualTo(status);
    assertThat(r.head().toLowerCase(Locale.ROOT)).contains("connection: close");
    assertThat(r.closed()).as("the server closed the connection").isTrue();
    assertThat(r.sentInAll()).as("body bytes the connection took before it closed").isLessThan(limit + READ_ON_BOUND);
  }

  /**
   * Issue 16: after the 413 to a chunked body over the limit, Jetty went on reading and discarding
   * the body for as long as the client kept sending (3.8 to 150 MB of a 150 MB body) before the
   * answer went out. The server now answers at the limit, closes the connection, and takes at most
   * a bounded linger more.
   */
  @Test
  void chunkedBody_farOverTheLimit_answers413AndClosesWithinABound() throws Exception {
    RawUpload.Result r = sendHuge("POST /api/attribute HTTP/1.1\r\nAuthorization: Bearer " + viewer
        + "\r\nContent-Type: application/json", true, "{\"techniques\": [\"T1059\"]");
    assertCutOff(r, 413, LIMIT);
    assertHealthy();
  }

  /** The same for a declared Content-Length over the limit: answered before any of the body is read, then closed. */
  @Test
  void declaredLength_farOverTheLimit_answers413AndClosesWithinABound() throws Exception {
    RawUpload.Result r = sendHuge("POST /api/attribute HTTP/1.1\r\nAuthorization: Bearer " + viewer
        + "\r\nContent-Type: application/json", false, "{\"techniques\": [\"T1059\"]");
    assertCutOff(r, 413, 0);
    assertHealthy();
  }

  /** The same for a chunked multipart upload over the upload limit (the 21 MB upload of the abuse bench). */
  @Test
  void chunkedUpload_farOverTheUploadLimit_answers413AndClosesWithinABound() throws Exception {
    String boundary = "hostile-boundary";
    RawUpload.Result r = sendHuge("POST /api/documents HTTP/1.1\r\nAuthorization: Bearer " + analyst
        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary, true, "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n");
    assertCutOff(r, 413, UPLOAD_LIMIT + RequestLimits.MULTIPART_OVERHEAD);
    assertHealthy();
  }

  /** A huge chunked body to a route that refuses the request before reading it is not read on either. */
  @Test
  void chunkedBody_refusedBeforeItIsRead_isNotReadOnPastTheLimit() throws Exception {
    RawUpload.Result r = sendHuge("POST /api/attribute HTTP/1.1\r\nContent-Type: application/json", true,
        "{\"techniques\": [\"T1059\"]");
    assertCutOff(r, 401, LIMIT);
    assertHealthy();
  }

  /**
   * A body within the limit that the handler did not read (refused before it was read) is read on
   * after the answer, so the connection stays open for the next request.
   */
  @Test
  void unreadBody_withinTheLimit_keepsTheConnectionForTheNextRequest() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      String body = "{\"techniques\": [\"T1059\"]}" + " ".repeat(50_000);
      String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/attribute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n" + chunked + "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String first = responseHead(in);
      assertThat(first).startsWith("HTTP/1.1 401").doesNotContainIgnoringCase("connection: close");
      in.readNBytes(contentLength(first));
      assertThat(responseHead(in)).startsWith("HTTP/1.1 200");
    }
  }

  static String responseHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed the connection after: " + head);
      }
      head.append((char) b);
    }
    return head.toString();
  }

  static int contentLength(String head) {
    return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
        .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElseThrow();
  }

  /** A chunked body within the limit is read as before. */
  @Test
  void chunkedJsonBody_withinTheLimit_isRead() throws Exception {
    Reply r = send(request("/api/incidents", analyst).header("Content-Type", "application/json")
        .POST(chunked("{\"title\": \"Chunked\", \"tlp\": \"GREEN\"", 1000, "}", new AtomicLong())));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("title").asText()).isEqualTo("Chunked");
  }

  /** Bug 1: an array's items are capped while it is parsed, naming the field. */
  @Test
  void jsonArray_overTheItemCap_answers400NamingTheField() throws Exception {
    String items = String.join(",", Collections.nCopies(10_001, "\"T1\""));
    Reply r = post("/api/attribute", viewer, "application/json", "{\"techniques\": [" + items + "]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/field").asText()).isEqualTo("techniques");
    assertThat(r.json().at("/error/message").asText()).contains("10000 items");
  }

  /** Deeply nested JSON is refused by the parser's depth limit, not by a stack overflow. */
  @Test
  void deeplyNestedJson_answers400() throws Exception {
    Reply r = post("/api/attribute", viewer, "application/json", "[".repeat(100_000));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/message").asText()).contains("nesting depth");
    Reply typed = post("/api/incidents", analyst, "application/json",
        "{\"title\": " + "[".repeat(150_000) + "}");
    assertThat(typed.status()).isEqualTo(400);
    assertHealthy();
  }

  /** Bug 2: a JSON {@code null} body was a NullPointerException (500) on every route that reads a body. */
  @Test
  void nullBody_answers400WithAMessage() throws Exception {
    String id = post("/api/incidents", analyst, "application/json", "{\"title\": \"Nulls\", \"tlp\": \"GREEN\"}")
        .json().path("id").asText();
    for (String[] route : new String[][] {{"/api/incidents", analyst}, {"/api/incidents/" + id + "/evidence", analyst},
        {"/api/incidents/" + id + "/conclusion", analyst}, {"/api/incidents/" + id + "/attribution", analyst},
        {"/api/tokens", admin}, {"/api/attribute", viewer}}) {
      Reply r = post(route[0], route[1], "application/json", "null");
      assertThat(r.status()).as(route[0]).isEqualTo(400);
      assertThat(r.json().at("/error/message").asText()).as(route[0]).contains("JSON object", "null");
    }
    assertThat(post("/api/tokens", admin, "application/json", "[]").json().at("/error/message").asText())
        .contains("an array");
  }

  /** Bug 9: JSON sent as text/plain or form-encoded was accepted; it must be application/json. */
  @Test
  void jsonBody_underAnotherContentType_answers415NamingTheExpectedType() throws Exception {
    String body = "{\"title\": \"Typed\", \"tlp\": \"GREEN\"}";
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"}) {
      Reply r = post("/api/incidents", analyst, type, body);
      assertThat(r.status()).as(type).isEqualTo(415);
      assertThat(r.json().at("/error/code").asText()).isEqualTo("unsupported_media_type");
      assertThat(r.json().at("/error/message").asText()).contains("application/json");
    }
    assertThat(post("/api/incidents", analyst, null, body).status()).as("no content type").isEqualTo(415);
    assertThat(post("/api/attribute", viewer, "text/plain", "{\"techniques\": [\"T1059\"]}").status()).isEqualTo(415);
    assertThat(post("/api/incidents", analyst, "application/json; charset=UTF-8", body).status()).isEqualTo(201);
    assertThat(post("/api/incidents", viewer, "text/plain", body).status()).as("role first").isEqualTo(403);
  }

  /** Bug 3: an API upload over the upload limit answered 500 ("Multipart Mime part file exceeds max filesize"). */
  @Test
  void apiUpload_overTheUploadLimit_answers413InJson() throws Exception {
    String boundary = "hostile-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tlp\"\r\n\r\nGREEN\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        + "x".repeat((int) UPLOAD_LIMIT + 1000) + "\r\n--" + boundary + "--\r\n";
    Reply r = post("/api/documents", analyst, "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.type()).startsWith("application/json");
    assertThat(r.json().at("/error/code").asText()).isEqualTo("too_large");
    AtomicLong supplied = new AtomicLong();
    Reply chunked = send(request("/api/documents", analyst).header("Content-Type", "multipart/form-data; boundary="
        + boundary).POST(chunked("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\""
        + "\r\n\r\n", 3 * (UPLOAD_LIMIT + 64 * 1024), "\r\n--" + boundary + "--\r\n", supplied)));
    assertThat(chunked.status()).isEqualTo(413);
    assertHealthy();
  }

  /** Invalid UTF-8 in a JSON body or in a query string answers 400, not 500 or a silently mangled value. */
  @Test
  void invalidUtf8_inABodyOrAQueryString_answers400() throws Exception {
    byte[] bad = "{\"title\": \"x\u0000\"}".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xff;
    Reply body = send(request("/api/incidents", analyst).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bad)));
    assertThat(body.status()).isEqualTo(400);
    assertThat(body.json().at("/error/message").asText()).contains("UTF-8");
    Reply query = send(request("/api/search?q=%ff%fe", viewer).GET());
    assertThat(query.status()).isEqualTo(400);
    assertThat(query.json().at("/error/message").asText()).contains("UTF-8");
    assertThat(send(request("/api/search?q=caf%C3%A9", viewer).GET()).status()).isEqualTo(200);
  }

  /**
   * Slow loris: a client that sends its headers a byte at a time kept resetting Jetty's idle
   * timeout and held its connection for ever; the headers now have a deadline.
   */
  @Test
  void headersSentAByteAtATime_areCutOffAtTheDeadline() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();
      long closedAfter = -1;
      for (int i = 0; i < 40 && closedAfter < 0; i++) {
        Thread.sleep(500);
        try {
          out.write('a');
          out.flush();
          assertHealthy();
        } catch (IOException e) {
          closedAfter = (System.nanoTime() - start) / 1_000_000;
        }
      }
      assertThat(closedAfter).as("closed after ms").isBetween(RequestLimits.HEADER_DEADLINE.toMillis(),
          RequestLimits.HEADER_DEADLINE.toMillis() + 5_000);
    }
    assertHealthy();
  }
}
