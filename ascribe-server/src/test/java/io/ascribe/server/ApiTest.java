package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API over a small knowledge base: authentication, roles, TLP clearance on every
 * resource, JSON errors naming the field, size limits and optimistic locking.
 */
class ApiTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String analystAmber;
  static String admin;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status and parsed JSON body. */
  record Reply(int status, JsonNode body) {}

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    ServerFixtures.Tokens signIn = ServerFixtures.tokens(store);
    viewerGreen = signIn.viewer();
    analystAmber = signIn.analyst();
    admin = signIn.admin();
    DocumentStore docs = new DocumentStore(store);
    docs.add(document("a".repeat(64), "The US attributed the intrusion to China."), Tlp.CLEAR);
    docs.add(document("b".repeat(64), "A partner privately attributed it to Russia."), Tlp.RED);
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument document(String sha, String sentence) {
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", null, null,
        "2024-01-02", sentence);
    return new ExtractedDocument("file-" + sha, sha, "A title", "2024-01-02", null, "en", sentence, 0, List.of(), List.of(),
        List.of(), List.of(c));
  }

  static Reply call(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null && !body.isEmpty()) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : json ? JSON.readTree(r.body()) : JSON.getNodeFactory()
        .textNode(r.body()));
  }

  @Test
  void without_a_valid_token_the_api_answers_401_in_json() throws Exception {
    Reply none = call("GET", "/api/actors?q=Alpha", null, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body().at("/error/code").asText()).isEqualTo("unauthenticated");
    assertThat(call("GET", "/api/incidents", "asc_not-a-real-token", null).status()).isEqualTo(401);
    assertThat(call("GET", "/api/health", null, null).status()).isEqualTo(200);
  }

  @Test
  void a_role_that_is_not_enough_gets_403() throws Exception {
    Reply create = call("POST", "/api/incidents", viewerGreen, "{\"title\": \"x\", \"tlp\": \"GREEN\"}");
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.body().at("/error/message").asText()).contains("viewer", "analyst");
    assertThat(call("GET", "/api/tokens", analystAmber, null).status()).isEqualTo(403);
    assertThat(call("GET", "/api/tokens", admin, null).status()).isEqualTo(200);
  }

  @Test
  void actors_are_found_by_alias_and_read_by_attack_id() throws Exception {
    Reply found = call("GET", "/api/actors?q=Alpha%20Panda", viewerGreen, null);
    assertThat(found.status()).isEqualTo(200);
    JsonNode first = found.body().at("/actors/0");
    assertThat(first.path("name").asText()).isEqualTo("Alpha Panda");
    assertThat(first.path("matched_by").asText()).isEqualTo("alias");
    Reply profile = call("GET", "/api/actors/" + first.path("key").asText(), viewerGreen, null);
    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.body().path("name").asText()).isEqualTo("Alpha Panda");
    assertThat(call("GET", "/api/actors/No%20Such%20Group", viewerGreen, null).status()).isEqualTo(404);
    Reply noQuery = call("GET", "/api/actors", viewerGreen, null);
    assertThat(noQuery.status()).isEqualTo(400);
    assertThat(noQuery.body().at("/error/field").asText()).isEqualTo("q");
  }

  @Test
  void nothing_above_the_tokens_tlp_appears_in_incidents_claims_or_documents() throws Exception {
    Reply amber = call("POST", "/api/incidents", analystAmber, "{\"title\": \"Amber case\", \"tlp\": \"AMBER\"}");
    assertThat(amber.status()).isEqualTo(201);
    String amberId = amber.body().path("id").asText();
    Reply red = call("POST", "/api/incidents", admin, "{\"title\": \"Red case\", \"tlp\": \"RED\"}");
    String redId = red.body().path("id").asText();
    assertThat(call("POST", "/api/incidents", analystAmber, "{\"title\": \"too high\", \"tlp\": \"RED\"}").body()
        .at("/error/field").asText()).isEqualTo("tlp");

    assertThat(call("GET", "/api/incidents/" + amberId, viewerGreen, null).status()).isEqualTo(404);
    assertThat(call("GET", "/api/incidents/" + redId, analystAmber, null).status()).isEqualTo(404);
    assertThat(call("GET", "/api/incidents/" + redId + "/log", analystAmber, null).status()).isEqualTo(404);
    assertThat(call("GET", "/api/incidents", viewerGreen, null).body().path("incidents").findValuesAsText("title"))
        .doesNotContain("Amber case", "Red case");
    assertThat(call("GET", "/api/incidents", analystAmber, null).body().path("incidents").findValuesAsText("title"))
        .contains("Amber case").doesNotContain("Red case");
    assertThat(call("GET", "/api/incidents", admin, null).body().path("incidents").findValuesAsText("title"))
        .contains("Amber case", "Red case");

    assertThat(call("GET", "/api/claims", viewerGreen, null).body().path("claims").findValuesAsText("evidence"))
        .contains("The US attributed the intrusion to China.")
        .doesNotContain("A partner privately attributed it to Russia.");
    assertThat(call("GET", "/api/claims", admin, null).body().path("claims").findValuesAsText("evidence"))
        .contains("The US attributed the intrusion to China.", "A partner privately attributed it to Russia.");
    assertThat(call("GET", "/api/documents/" + "b".repeat(64), analystAmber, null).status()).isEqualTo(404);
    assertThat(call("GET", "/api/documents/" + "b".repeat(64), admin, null).status()).isEqualTo(200);
  }

  @Test
  void attribute_reads_the_free_text_with_the_servers_extractor() throws Exception {
    Reply reply = call("POST", "/api/attribute", viewerGreen,
        "{\"text\": \"Responders found KettleRAT on two file servers during the intrusion.\"}");
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(reply.body().path("notes").toString()).contains("read from the free text", "KettleRAT");
    assertThat(reply.body().path("hypotheses").get(0).path("attack_id").asText()).isEqualTo("G9001");
  }

  @Test
  void malformed_bodies_get_400_naming_the_field() throws Exception {
    Reply unknown = call("POST", "/api/incidents", analystAmber, "{\"title\": \"x\", \"colour\": \"red\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().at("/error/field").asText()).isEqualTo("colour");
    assertThat(unknown.body().at("/error/message").asText()).doesNotContain("io.ascribe");
    Reply broken = call("POST", "/api/incidents", analystAmber, "{\"title\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body().at("/error/code").asText()).isEqualTo("malformed_json");
    Reply tlp = call("POST", "/api/incidents", analystAmber, "{\"title\": \"x\", \"tlp\": \"PURPLE\"}");
    assertThat(tlp.body().at("/error/field").asText()).isEqualTo("tlp");
    Reply evidence = call("POST", "/api/attribute", viewerGreen, "{\"techniques\": [\"T1566.001\", 7]}");
    assertThat(evidence.status()).isEqualTo(400);
    assertThat(evidence.body().at("/error/field").asText()).isEqualTo("techniques[1]");
    String id = call("POST", "/api/incidents", analystAmber, "{\"title\": \"Bad items\", \"tlp\": \"GREEN\"}").body()
        .path("id").asText();
    Reply item = call("POST", "/api/incidents/" + id + "/evidence", analystAmber,
        "{\"items\": [{\"kind\": \"technique\", \"value\": \"T1059\"}, {\"kind\": \"victim_country\", \"value\": \"USA\"}]}");
    assertThat(item.status()).isEqualTo(400);
    assertThat(item.body().at("/error/field").asText()).isEqualTo("items[1]");
    assertThat(item.body().at("/error/message").asText()).contains("USA");
    assertThat(call("GET", "/api/incidents/" + id, analystAmber, null).body().at("/incident/evidence")).isEmpty();
  }

  @Test
  void a_body_over_the_limit_gets_413() throws Exception {
    String big = "{\"title\": \"" + "x".repeat(20_000) + "\"}";
    Reply r = call("POST", "/api/incidents", analystAmber, big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.body().at("/error/code").asText()).isEqualTo("too_large");
  }

  @Test
  void an_edit_based_on_a_stale_version_gets_409_and_changes_nothing() throws Exception {
    String id = call("POST", "/api/incidents", analystAmber, "{\"title\": \"Locking\", \"tlp\": \"GREEN\"}").body()
        .path("id").asText();
    Reply first = call("POST", "/api/incidents/" + id + "/evidence", analystAmber,
        "{\"expected_version\": 1, \"items\": [{\"kind\": \"technique\", \"value\": \"T1059.001\"}]}");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("version").asLong()).isEqualTo(2);
    Reply stale = call("POST", "/api/incidents/" + id + "/evidence", analystAmber,
        "{\"expected_version\": 1, \"items\": [{\"kind\": \"technique\", \"value\": \"T1003\"}]}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().at("/error/code").asText()).isEqualTo("conflict");
    Reply now = call("GET", "/api/incidents/" + id, viewerGreen, null);
    assertThat(now.body().at("/incident/evidence").findValuesAsText("value")).containsExactly("T1059.001");
    Reply log = call("GET", "/api/incidents/" + id + "/log", viewerGreen, null);
    assertThat(log.body().path("entries").findValuesAsText("actor")).containsOnly("analyst");
  }

  @Test
  void path_tricks_reach_no_file() throws Exception {
    for (String path : List.of("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/api/../../etc/passwd",
        "/api/documents/%2e%2e/%2e%2e/etc/passwd")) {
      Reply r = call("GET", path, admin, null);
      assertThat(r.status()).as(path).isIn(400, 404);
      assertThat(r.body().toString()).doesNotContain("root:");
    }
  }

  @Test
  void the_openapi_document_lists_every_route_with_its_security() throws Exception {
    Reply doc = call("GET", "/api/openapi.json", null, null);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body().path("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.body().path("paths");
    assertThat(paths.has("/api/actors")).isTrue();
    assertThat(paths.has("/api/actors/{id}")).isTrue();
    assertThat(paths.path("/api/incidents/{id}/evidence").has("post")).isTrue();
    assertThat(paths.path("/api/actors").path("get").path("security").get(0).has("bearer")).isTrue();
    assertThat(paths.path("/api/health").path("get").path("security")).isEmpty();
  }

  @Test
  void exports_are_built_at_the_callers_clearance() throws Exception {
    Reply green = call("GET", "/api/export/claims", viewerGreen, null);
    assertThat(green.status()).isEqualTo(200);
    assertThat(green.body().toString()).contains("The US attributed the intrusion to China.")
        .doesNotContain("privately attributed", Tlp.RED.stixMarkingId());
    Reply red = call("GET", "/api/export/claims", admin, null);
    assertThat(red.body().toString()).contains("privately attributed", Tlp.RED.stixMarkingId());
    String id = call("POST", "/api/incidents", analystAmber, "{\"title\": \"Export me\", \"tlp\": \"AMBER\"}").body()
        .path("id").asText();
    assertThat(call("GET", "/api/export/incidents/" + id, viewerGreen, null).status()).isEqualTo(404);
    Reply bundle = call("GET", "/api/export/incidents/" + id, analystAmber, null);
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body().path("type").asText()).isEqualTo("bundle");
    assertThat(bundle.body().toString()).contains("Export me", Tlp.AMBER.stixMarkingId());
    assertThat(call("GET", "/api/export/actors/Alpha%20Panda", viewerGreen, null).body().toString())
        .contains("intrusion-set", "Alpha Panda");
  }

  static Reply upload(String token, String fileName, String content, String tlp) throws Exception {
    String boundary = "ascribe-test-boundary";
    StringBuilder body = new StringBuilder();
    if (tlp != null) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"tlp\"\r\n\r\n")
          .append(tlp).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName).append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content).append("\r\n--")
        .append(boundary).append("--\r\n");
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), JSON.readTree(response.body()));
  }

  @Test
  void an_upload_starts_an_ingest_whose_progress_the_job_reports() throws Exception {
    Reply started = upload(analystAmber, "note.txt", "Intrusion note\n\nThe attackers staged data on 203.0.113.9 "
        + "and the United States attributed the intrusion to North Korea on Monday, officials said.\n", "GREEN");
    assertThat(started.status()).isEqualTo(202);
    String status = started.body().path("status").asText();
    JsonNode job = null;
    for (int i = 0; i < 600; i++) {
      job = call("GET", status, analystAmber, null).body();
      if (job.path("state").asText().matches("DONE|FAILED")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
    assertThat(job.path("results").get(0).path("status").asText()).isEqualTo("stored");
    assertThat(job.path("log").toString()).contains("note.txt");
    assertThat(call("GET", status, admin, null).status()).as("another token's job").isEqualTo(404);
    assertThat(upload(viewerGreen, "x.txt", "x", null).status()).isEqualTo(403);
    assertThat(upload(analystAmber, "x.txt", "x", "RED").body().at("/error/field").asText()).isEqualTo("tlp");
  }

  @Test
  void attribution_of_an_incident_is_stored_and_the_second_run_reports_the_change() throws Exception {
    String id = call("POST", "/api/incidents", analystAmber, "{\"title\": \"Tea\", \"tlp\": \"GREEN\"}").body()
        .path("id").asText();
    Reply empty = call("POST", "/api/incidents/" + id + "/attribution", analystAmber, "");
    assertThat(empty.status()).isEqualTo(400);
    call("POST", "/api/incidents/" + id + "/evidence", analystAmber,
        "{\"items\": [{\"kind\": \"technique\", \"value\": \"Brewing\"}, {\"kind\": \"software\", \"value\": \"KettleRAT\"}]}");
    Reply first = call("POST", "/api/incidents/" + id + "/attribution", analystAmber, "{\"top\": 3}");
    assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
    assertThat(first.body().at("/assessment/number").asInt()).isEqualTo(1);
    assertThat(first.body().path("change").isNull()).isTrue();
    assertThat(first.body().at("/assessment/result/hypotheses/0/actor").asText()).isEqualTo("Alpha Panda");
    Reply second = call("POST", "/api/incidents/" + id + "/attribution", analystAmber, "");
    assertThat(second.body().at("/change/from_assessment").asInt()).isEqualTo(1);
    assertThat(call("POST", "/api/incidents/" + id + "/attribution", viewerGreen, "").status()).isEqualTo(403);
  }
}
