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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/actors/{id}/overview} and {@code /api/actors/{id}/compare}: content, clearance and name errors. */
class ActorApiTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static ServerFixtures.Tokens tokens;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response's status and JSON body. */
  record Reply(int status, JsonNode body) {}

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, ActorBundles.overlapping(home), Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
    tokens = ServerFixtures.tokens(store);
    DocumentStore docs = new DocumentStore(store);
    docs.add(claimDoc('a', "Storm-9001", "2024-02-03"), Tlp.GREEN);
    docs.add(claimDoc('b', "Alpha Panda", "2025-09-09"), Tlp.RED);
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000, 100_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument claimDoc(char sha, String actor, String date) {
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", actor, null, date,
        "Officials blamed " + actor + ".");
    return new ExtractedDocument("file-" + sha, String.valueOf(sha).repeat(64), "Report " + sha, date, null, "en",
        c.evidence(), 0, List.of(), List.of(), List.of(), List.of(c));
  }

  static Reply get(String path, String token) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void overview_hasEachPartWithItsSource_andClaimsWithinTheCallersClearance() throws Exception {
    Reply green = get("/api/actors/Alpha%20Panda/overview", tokens.viewer());

    assertThat(green.status()).isEqualTo(200);
    JsonNode o = green.body();
    assertThat(o.path("name").asText()).isEqualTo("Alpha Panda");
    assertThat(texts(o.path("descriptions"), "source")).contains("MITRE ATT&CK", "MISP galaxy threat-actor");
    assertThat(texts(o.path("references"), "url")).contains("https://example.com/alpha-report");
    JsonNode us = o.at("/targets/countries").findParents("code").stream()
        .filter(n -> n.path("code").asText().equals("US")).findFirst().orElseThrow();
    assertThat(texts(us.path("sources"), "origin")).containsExactly("misp");
    assertThat(o.at("/activity/first_seen").asText()).isNotEmpty();
    assertThat(texts(o.at("/activity/spans"), "source")).contains("ATT&CK campaigns", "cited reports", "claims");
    assertThat(texts(o.path("claims"), "threat_actor")).containsExactly("Storm-9001");
    assertThat(texts(o.path("closest"), "name")).startsWith("Beta Bear");

    assertThat(texts(get("/api/actors/G9001/overview", tokens.admin()).body().path("claims"), "title"))
        .containsExactly("Report b", "Report a");
  }

  @Test
  void compare_sharedToolWithItsRarity_andUniqueTools() throws Exception {
    Reply r = get("/api/actors/G9001/compare?with=G9002", tokens.viewer());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/a/name").asText()).isEqualTo("Alpha Panda");
    assertThat(r.body().at("/b/name").asText()).isEqualTo("Beta Bear");
    assertThat(texts(r.body().path("sections"), "aspect")).containsExactly("techniques", "tools", "victims", "infrastructure");
    JsonNode tools = r.body().at("/sections/1");
    assertThat(tools.at("/common/0/label").asText()).isEqualTo("KettleRAT (S9001)");
    assertThat(tools.at("/common/0/actors").asInt()).isEqualTo(3);
    assertThat(texts(tools.path("only_b"), "label")).containsExactly("Spoon (S9002)");
    assertThat(r.body().at("/sections/0/common/0/feature").asText()).isEqualTo("t:T9001.001");
  }

  @Test
  void compare_ambiguousOrUnknownName_errorsListTheCandidatesOrSuggestions() throws Exception {
    Reply ambiguous = get("/api/actors/G9001/compare?with=Grizzly%20Name", tokens.viewer());
    assertThat(ambiguous.status()).isEqualTo(409);
    assertThat(ambiguous.body().at("/error/message").asText())
        .isEqualTo("'Grizzly Name' names 2 actors: Beta Bear (G9002), Gamma Bear (G9003); ask for one by its key or ATT&CK id");
    assertThat(ambiguous.body().at("/error/field").asText()).isEqualTo("with");

    Reply unknown = get("/api/actors/G9001/compare?with=Alpha%20Pandas", tokens.viewer());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().at("/error/message").asText()).startsWith("no actor is known as 'Alpha Pandas'");

    assertThat(get("/api/actors/Nobody%20Bear/overview", tokens.viewer()).status()).isEqualTo(404);
    assertThat(get("/api/actors/G9001/compare", tokens.viewer()).body().at("/error/field").asText()).isEqualTo("with");
  }
}
