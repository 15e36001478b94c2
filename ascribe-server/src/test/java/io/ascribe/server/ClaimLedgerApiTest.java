package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ledger as analysts read it, through the REST API: pages of the ledger with their total, the
 * matrix of who accuses whom, and disputes, each within the token's TLP clearance (not even counts
 * of hidden claims) and each refusing bad parameters with a 400 naming the parameter.
 */
class ClaimLedgerApiTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String admin;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    TokenStore tokens = new TokenStore(store);
    viewerGreen = tokens.create("viewer", Role.VIEWER, Tlp.GREEN, "test").secret();
    admin = tokens.create("admin", Role.ADMIN, Tlp.RED, "test").secret();
    DocumentStore docs = new DocumentStore(store);
    List<Claim> open = new ArrayList<>();
    for (int day = 1; day <= 4; day++) {
      open.add(claim(ClaimType.ATTRIBUTION, "US", "CN", "Volt Typhoon", "2024-01-0" + day, "US blames China, day " + day + "."));
    }
    open.add(claim(ClaimType.DENIAL, "CN", "CN", null, "2024-01-05", "China denied <b>everything</b>."));
    open.add(claim(ClaimType.COUNTER_ACCUSATION, "CN", "US", null, "2024-01-06", "China said the US hacks everyone."));
    docs.add(document("a".repeat(64), open), Tlp.CLEAR);
    docs.add(document("b".repeat(64), List.of(
        claim(ClaimType.ATTRIBUTION, "GB", "RU", "Secret Bear", "2024-01-03", "A partner privately blamed Russia."),
        claim(ClaimType.ATTRIBUTION, "US", "CN", "Volt Typhoon", "2024-01-07", "A partner privately blamed China."))),
        Tlp.RED);
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static Claim claim(ClaimType type, String from, String against, String actor, String date, String evidence) {
    return new Claim(type, ClaimForm.STATEMENT, "officials", from, "a government", against, actor, null, date, evidence);
  }

  private static ExtractedDocument document(String sha, List<Claim> claims) {
    return new ExtractedDocument("file-" + sha, sha, "Title " + sha.charAt(0), "2024-01-02", null, "en", "Text.", 0,
        List.of(), List.of(), List.of(), claims);
  }

  static JsonNode get(String path, String token, int status) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  @Test
  void claims_inPages_followNextToTheEndAndPreviousBack_withTheTotalAtTheClearance() throws Exception {
    JsonNode first = get("/api/claims?limit=4", viewerGreen, 200);
    assertThat(first.path("total").asLong()).isEqualTo(6);
    assertThat(first.path("total_exact").asBoolean()).isTrue();
    assertThat(first.path("offset").asInt()).isZero();
    assertThat(first.path("limit").asInt()).isEqualTo(4);
    assertThat(first.path("claims")).hasSize(4);
    assertThat(first.path("previous").isNull()).isTrue();
    assertThat(first.path("next").asText()).matches("/api/claims\\?limit=4&after=\\d{4}-\\d{2}-\\d{2}\\.\\d+");
    JsonNode second = get(first.path("next").asText(), viewerGreen, 200);
    assertThat(second.path("claims").findValuesAsText("date")).containsExactly("2024-01-02", "2024-01-01");
    assertThat(second.path("next").isNull()).isTrue();
    assertThat(second.path("offset").isNull()).isTrue();
    assertThat(second.path("total").isNull()).isTrue();
    JsonNode back = get(second.path("previous").asText(), viewerGreen, 200);
    assertThat(back.path("claims")).isEqualTo(first.path("claims"));
    assertThat(back.path("previous").isNull()).isTrue();
    assertThat(get("/api/claims", admin, 200).path("total").asLong()).isEqualTo(8);
    assertThat(get("/api/claims", viewerGreen, 200).path("limit").asInt()).isEqualTo(100);
  }

  @Test
  void claims_olderOffsetLinks_stillPageByOffset() throws Exception {
    JsonNode second = get("/api/claims?limit=4&offset=4", viewerGreen, 200);
    assertThat(second.path("claims").findValuesAsText("date")).containsExactly("2024-01-02", "2024-01-01");
    assertThat(second.path("total").asLong()).isEqualTo(6);
    assertThat(second.path("previous").asText()).isEqualTo("/api/claims?limit=4&offset=0");
    assertThat(get("/api/claims?limit=4&offset=0", viewerGreen, 200).path("next").asText())
        .isEqualTo("/api/claims?limit=4&offset=4");
  }

  @Test
  void claims_byClaimantAndAccused_keepTheFiltersInTheNextLink() throws Exception {
    JsonNode page = get("/api/claims?claimant=us&accused=CN&until=2024-01-03&limit=2", viewerGreen, 200);
    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(page.path("claims").findValuesAsText("claimant_country")).containsOnly("US");
    assertThat(page.path("next").asText()).startsWith("/api/claims?claimant=us&accused=CN&until=2024-01-03&limit=2&after=");
    assertThat(get("/api/claims?claimant=CN&accused=US", viewerGreen, 200).path("claims").findValuesAsText("evidence"))
        .containsExactly("China said the US hacks everyone.");
  }

  @ParameterizedTest
  @CsvSource({"limit=0, limit", "limit=1001, limit", "limit=ten, limit", "offset=-1, offset", "since=2024-1-1, since",
      "until=yesterday, until", "claimant=USA, claimant", "accused=1, accused", "type=rumour, type", "after=page2, after",
      "before=2024-01-01, before", "offset=1&after=-.1, offset"})
  void claims_badParameter_is400NamingIt(String query, String field) throws Exception {
    JsonNode error = get("/api/claims?" + query, viewerGreen, 400).path("error");
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("message").asText()).startsWith(field + " must be");
  }

  @Test
  void matrix_countsPairsByType_linksToTheFilteredLedger_andHidesWhatTheTokenMayNotSee() throws Exception {
    JsonNode green = get("/api/claims/matrix", viewerGreen, 200);
    assertThat(green.path("claimants").toString()).isEqualTo("[\"CN\",\"US\"]");
    assertThat(green.path("accused").toString()).isEqualTo("[\"CN\",\"US\"]");
    assertThat(green.path("cells").toString()).as("[claimant, accused, attributions, counter-accusations]")
        .isEqualTo("[[0,1,0,1],[1,0,4,0]]");
    assertThat(green.path("ledger").asText()).isEqualTo("/api/claims?claimant={claimant}&accused={accused}");
    String usCn = green.path("ledger").asText().replace("{claimant}", "US").replace("{accused}", "CN");
    assertThat(get(usCn + "&type=attribution", viewerGreen, 200).path("total").asLong()).isEqualTo(4);
    assertThat(green.toString()).doesNotContain("GB", "RU");

    JsonNode red = get("/api/claims/matrix", admin, 200);
    assertThat(red.path("claimants").toString()).contains("GB");
    assertThat(red.path("cells").toString()).contains(",5,");

    JsonNode dated = get("/api/claims/matrix?since=2024-01-02&until=2024-01-03", viewerGreen, 200);
    assertThat(dated.path("cells").toString()).isEqualTo("[[0,0,2,0]]");
    assertThat(dated.path("claimants").toString()).isEqualTo("[\"US\"]");
    assertThat(dated.path("ledger").asText())
        .isEqualTo("/api/claims?claimant={claimant}&accused={accused}&since=2024-01-02&until=2024-01-03");
    assertThat(get("/api/claims/matrix?since=last%20week", viewerGreen, 400).at("/error/field").asText()).isEqualTo("since");
    assertThat(get("/api/claims/matrix?until=2024-13", viewerGreen, 400).at("/error/field").asText()).isEqualTo("until");
  }

  @Test
  void disputes_putAttributionsDenialsAndCounterAccusationsSideBySide_withinTheClearance() throws Exception {
    JsonNode green = get("/api/disputes", viewerGreen, 200).path("disputes");
    assertThat(green).singleElement().satisfies(d -> {
      assertThat(d.path("subject").asText()).isEqualTo("Volt Typhoon");
      assertThat(d.path("kind").asText()).isEqualTo("actor");
      assertThat(d.path("attributions")).hasSize(4);
      assertThat(d.path("denials").findValuesAsText("evidence")).containsExactly("China denied <b>everything</b>.");
      assertThat(d.path("counter_accusations").findValuesAsText("accused_country")).containsExactly("US");
      assertThat(d.path("attributions").get(0).path("sha256").asText()).isEqualTo("a".repeat(64));
      assertThat(d.path("attributions").get(0).path("date").asText()).isEqualTo("2024-01-01");
    });
    assertThat(green.toString()).doesNotContain("privately");
    JsonNode red = get("/api/disputes", admin, 200).path("disputes");
    assertThat(red.findValuesAsText("subject")).containsExactly("Volt Typhoon", "Secret Bear");
    assertThat(red.get(0).path("attributions")).hasSize(5);
  }

  @Test
  void theOpenApiDocument_describesTheNewRoutesAndTheirParameters() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode paths = JSON.readTree(r.body()).path("paths");
    assertThat(paths.path("/api/claims").path("get").path("parameters").findValuesAsText("name"))
        .contains("limit", "offset", "after", "before", "claimant", "accused", "until");
    assertThat(paths.path("/api/claims/matrix").path("get").path("parameters").findValuesAsText("name"))
        .containsExactly("since", "until");
    assertThat(paths.path("/api/disputes").path("get").path("security").get(0).has("bearer")).isTrue();
  }
}
