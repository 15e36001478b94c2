package io.ascribe.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.ServerFixtures;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.testkit.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TAXII 2.1 server as a client that knows only the specification sees it: the mini ATT&amp;CK
 * fixture imported, then an update that changes one intrusion set (a second version), adds 40
 * indicators and three objects marked AMBER and RED; four documents with one claim each at CLEAR,
 * GREEN, AMBER and RED.
 */
class TaxiiTest {
  static final String TAXII = "application/taxii+json;version=2.1";
  static final String CHANGED = "intrusion-set--00000000-0000-4000-8000-000000000101";
  static final String AMBER_INDICATOR = "indicator--00000000-0000-4000-8000-00000000a001";
  static final String RED_INDICATOR = "indicator--00000000-0000-4000-8000-00000000f001";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String viewerRed;
  static Instant betweenImports;

  /** A response: status, content type, TAXII date headers and parsed body. */
  record Reply(int status, String contentType, String first, String last, JsonNode body) {}

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    Thread.sleep(20);
    betweenImports = Instant.now();
    Thread.sleep(20);
    ServerFixtures.importKb(store, Fixtures.write(home, "update.json", update()));
    TokenStore tokens = new TokenStore(store);
    viewerGreen = tokens.create("green", Role.VIEWER, Tlp.GREEN, "test").secret();
    viewerRed = tokens.create("red", Role.VIEWER, Tlp.RED, "test").secret();
    DocumentStore docs = new DocumentStore(store);
    docs.add(document("c", "Clearland", "Officials of Clearland attributed the intrusion to Publicstan."), Tlp.CLEAR);
    docs.add(document("d", "Greenland", "Greenland attributed it to Greenistan."), Tlp.GREEN);
    docs.add(document("e", "Amberland", "Amberland attributed it to Amberistan."), Tlp.AMBER);
    docs.add(document("f", "Redland", "Redland secretly attributed it to Redistan."), Tlp.RED);
    server = new AscribeServer(new Services(store), AscribeServer.Settings.defaults()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static String update() {
    StringBuilder b = new StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--00000000-0000-4000-8000-00000000ffff\","
        + "\"objects\":[{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + CHANGED + "\","
        + "\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":\"2025-06-01T00:00:00.000Z\",\"name\":\"Alpha Panda\","
        + "\"aliases\":[\"Alpha Panda\",\"APT-Alpha\"]}");
    for (int i = 0; i < 40; i++) {
      b.append(',').append(indicator(String.format("indicator--00000000-0000-4000-8000-%012d", i), null));
    }
    b.append(',').append(indicator(AMBER_INDICATOR, Tlp.AMBER));
    b.append(',').append(indicator(RED_INDICATOR, Tlp.RED));
    // TLP 1.0 RED marking: also RED.
    b.append(',').append(indicator("indicator--00000000-0000-4000-8000-00000000f002", null)
        .replace("\"pattern\"", "\"object_marking_refs\":[\"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed\"],\"pattern\""));
    return b.append("]}").toString();
  }

  private static String indicator(String id, Tlp tlp) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"2025-01-01T00:00:00.000Z\","
        + "\"modified\":\"2025-01-01T00:00:00.000Z\",\"name\":\"bad ip " + id.substring(id.length() - 4) + "\","
        + (tlp == null ? "" : "\"object_marking_refs\":[\"" + tlp.stixMarkingId() + "\"],")
        + "\"pattern\":\"[ipv4-addr:value = '198.51.100.1']\",\"pattern_type\":\"stix\",\"valid_from\":\"2025-01-01T00:00:00Z\"}";
  }

  private static ExtractedDocument document(String letter, String claimant, String sentence) {
    String sha = letter.repeat(64);
    String accused = sentence.replaceAll(".* to (\\w+)\\.", "$1");
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, claimant, null, accused, null, null, null,
        "2024-01-02", sentence);
    return new ExtractedDocument("file-" + sha, sha, "A title", "2024-01-02", null, "en", sentence, 0, List.of(),
        List.of(), List.of(), List.of(c));
  }

  static Reply get(String path, String token) throws Exception {
    return call("GET", path, token == null ? null : "Bearer " + token, TAXII);
  }

  static Reply call(String method, String path, String authorization, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("X-TAXII-Date-Added-First").orElse(null),
        r.headers().firstValue("X-TAXII-Date-Added-Last").orElse(null),
        r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  static String collection(Tlp level) {
    return "/taxii2/api/collections/" + TaxiiCollections.id(level) + "/";
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every object of a collection, paging with {@code limit}; fails on a page without progress. */
  static List<JsonNode> pageThrough(String path, String token, int limit) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String next = null;
    for (int pages = 0; pages < 1000; pages++) {
      Reply r = get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (next == null ? "" : "&next=" + q(next)),
          token);
      assertThat(r.status()).isEqualTo(200);
      r.body().path("objects").forEach(all::add);
      assertThat(r.body().path("objects").size()).isLessThanOrEqualTo(limit);
      if (!r.body().path("more").asBoolean()) {
        assertThat(r.body().has("next")).isFalse();
        return all;
      }
      next = r.body().path("next").asText();
      assertThat(next).isNotEmpty();
    }
    throw new AssertionError("paging did not end after 1000 pages");
  }

  @Test
  void discovery_withToken_pointsAtTheApiRootWithTheTaxiiMediaType() throws Exception {
    Reply r = get("/taxii2/", viewerGreen);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(TAXII);
    String root = "http://127.0.0.1:" + server.port() + "/taxii2/api/";
    assertThat(r.body().path("title").asText()).isNotEmpty();
    assertThat(r.body().path("default").asText()).isEqualTo(root);
    assertThat(r.body().path("api_roots")).extracting(JsonNode::asText).containsExactly(root);
  }

  @Test
  void apiRoot_withToken_listsTaxii21AndMaxContentLength() throws Exception {
    Reply r = get("/taxii2/api/", viewerGreen);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(TAXII);
    assertThat(r.body().path("title").asText()).isNotEmpty();
    assertThat(r.body().path("versions")).extracting(JsonNode::asText).containsExactly(TAXII);
    assertThat(r.body().path("max_content_length").asLong()).isPositive();
  }

  @Test
  void collections_greenViewer_listsClearAndGreenOnlyWithEveryRequiredField() throws Exception {
    Reply r = get("/taxii2/api/collections/", viewerGreen);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(TAXII);
    assertThat(r.body().path("collections")).extracting(c -> c.path("id").asText())
        .containsExactly(TaxiiCollections.id(Tlp.CLEAR), TaxiiCollections.id(Tlp.GREEN));
    for (JsonNode c : r.body().path("collections")) {
      assertThat(c.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(c.path("title").asText()).isNotEmpty();
      assertThat(c.path("can_read").asBoolean()).isTrue();
      assertThat(c.path("can_write").isBoolean()).isTrue();
      assertThat(c.path("can_write").asBoolean()).isFalse();
      assertThat(c.path("media_types")).extracting(JsonNode::asText).contains("application/stix+json;version=2.1");
    }
    Reply one = get(collection(Tlp.GREEN), viewerGreen);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.body().path("id").asText()).isEqualTo(TaxiiCollections.id(Tlp.GREEN));
    assertThat(get("/taxii2/api/collections/", viewerRed).body().path("collections")).hasSize(Tlp.values().length);
  }

  @Test
  void collectionsAboveClearance_greenViewer_areNotFoundAndLeakNothing() throws Exception {
    for (Tlp hidden : List.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED)) {
      for (String sub : List.of("", "objects/", "manifest/", "objects/" + RED_INDICATOR + "/",
          "objects/" + RED_INDICATOR + "/versions/")) {
        Reply r = get(collection(hidden) + sub, viewerGreen);
        assertThat(r.status()).as(hidden + " " + sub).isEqualTo(404);
        assertThat(r.first()).isNull();
        assertThat(r.body().toString()).doesNotContain("Redistan", "Amberistan", "indicator--");
      }
    }
    StringBuilder seen = new StringBuilder();
    for (Tlp visible : List.of(Tlp.CLEAR, Tlp.GREEN)) {
      pageThrough(collection(visible) + "objects/?match[version]=all", viewerGreen, 5).forEach(seen::append);
      seen.append(get(collection(visible) + "manifest/?match[version]=all", viewerGreen).body());
    }
    assertThat(seen.toString()).contains("Publicstan", "Greenistan")
        .doesNotContain("Amberistan", "Redistan", AMBER_INDICATOR, RED_INDICATOR, "00000000f002",
            Tlp.RED.stixMarkingId(), Tlp.AMBER.stixMarkingId());
  }

  @Test
  void objectsMarkedAboveClear_redViewer_areInTheCollectionOfTheirMarking() throws Exception {
    List<String> red = ids(pageThrough(collection(Tlp.RED) + "objects/", viewerRed, 100));
    assertThat(red).contains(RED_INDICATOR, "indicator--00000000-0000-4000-8000-00000000f002");
    assertThat(ids(pageThrough(collection(Tlp.AMBER) + "objects/", viewerRed, 100))).contains(AMBER_INDICATOR)
        .doesNotContain(RED_INDICATOR);
    assertThat(ids(pageThrough(collection(Tlp.CLEAR) + "objects/", viewerRed, 100))).doesNotContain(RED_INDICATOR,
        AMBER_INDICATOR);
  }

  @Test
  void objects_pagedWithSmallLimits_returnEveryObjectExactlyOnceInDateAddedOrder() throws Exception {
    List<JsonNode> whole = pageThrough(collection(Tlp.CLEAR) + "objects/", viewerGreen, 10_000);
    assertThat(whole).hasSizeGreaterThan(55);
    for (int limit : List.of(1, 7, 50)) {
      List<JsonNode> paged = pageThrough(collection(Tlp.CLEAR) + "objects/", viewerGreen, limit);
      assertThat(ids(paged)).as("limit " + limit).containsExactlyElementsOf(ids(whole));
      assertThat(new HashSet<>(ids(paged))).hasSize(paged.size());
    }
    Reply page = get(collection(Tlp.CLEAR) + "objects/?limit=7", viewerGreen);
    assertThat(page.contentType()).isEqualTo(TAXII);
    assertThat(page.body().path("more").asBoolean()).isTrue();
    assertThat(page.first()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(Instant.parse(page.first())).isBeforeOrEqualTo(Instant.parse(page.last()));
  }

  @Test
  void objects_limitAboveTheMaximum_isCutAndBadLimitsAre400() throws Exception {
    assertThat(get(collection(Tlp.CLEAR) + "objects/?limit=1000000", viewerGreen).status()).isEqualTo(200);
    for (String bad : List.of("0", "-3", "ten")) {
      Reply r = get(collection(Tlp.CLEAR) + "objects/?limit=" + bad, viewerGreen);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body().path("description").asText()).contains("limit", bad);
    }
  }

  @Test
  void objects_addedAfter_returnsOnlyWhatLaterImportsAdded() throws Exception {
    List<JsonNode> later = pageThrough(collection(Tlp.CLEAR) + "objects/?added_after=" + q(betweenImports.toString()),
        viewerGreen, 10);
    assertThat(ids(later)).contains(CHANGED, "indicator--00000000-0000-4000-8000-000000000000")
        .doesNotContain("attack-pattern--00000000-0000-4000-8000-000000000301");
    Reply last = get(collection(Tlp.CLEAR) + "objects/?limit=10000", viewerGreen);
    Reply none = get(collection(Tlp.CLEAR) + "objects/?added_after=" + q(last.last()), viewerGreen);
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.body().path("more").asBoolean()).isFalse();
    assertThat(none.body().has("objects")).isFalse();
    assertThat(none.first()).isNull();
    assertThat(get(collection(Tlp.CLEAR) + "objects/?added_after=yesterday", viewerGreen).status()).isEqualTo(400);
  }

  @Test
  void objects_matchType_returnsOnlyThoseTypes() throws Exception {
    List<JsonNode> sets = pageThrough(collection(Tlp.CLEAR) + "objects/?match[type]=intrusion-set,malware", viewerGreen, 2);
    assertThat(sets).extracting(o -> o.path("type").asText()).containsOnly("intrusion-set", "malware")
        .contains("intrusion-set", "malware");
    assertThat(sets).hasSize(5);
  }

  @Test
  void objects_matchId_returnsThoseObjectsAtTheirLatestVersion() throws Exception {
    Reply r = get(collection(Tlp.CLEAR) + "objects/?match[id]=" + CHANGED + ",tool--00000000-0000-4000-8000-000000000402",
        viewerGreen);
    assertThat(ids(list(r.body().path("objects")))).containsExactlyInAnyOrder(CHANGED,
        "tool--00000000-0000-4000-8000-000000000402");
    assertThat(r.body().toString()).contains("2025-06-01T00:00:00.000Z").doesNotContain("2024-01-01T00:00:00.000Z\",\"name\":\"Alpha");
  }

  @Test
  void versions_ofAnUpdatedObject_listBothVersionsOldestAddedFirst() throws Exception {
    Reply r = get(collection(Tlp.CLEAR) + "objects/" + CHANGED + "/versions/", viewerGreen);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo(TAXII);
    assertThat(r.body().path("more").asBoolean()).isFalse();
    assertThat(r.body().path("versions")).extracting(JsonNode::asText)
        .containsExactly("2024-01-01T00:00:00.000Z", "2025-06-01T00:00:00.000Z");
    assertThat(r.first()).isNotNull();
    Reply paged = get(collection(Tlp.CLEAR) + "objects/" + CHANGED + "/versions/?limit=1", viewerGreen);
    assertThat(paged.body().path("versions")).hasSize(1);
    assertThat(paged.body().path("more").asBoolean()).isTrue();
  }

  @Test
  void object_byId_servesTheLatestVersionUnlessMatchVersionSaysOtherwise() throws Exception {
    String path = collection(Tlp.CLEAR) + "objects/" + CHANGED + "/";
    assertThat(list(get(path, viewerGreen).body().path("objects"))).extracting(o -> o.path("modified").asText())
        .containsExactly("2025-06-01T00:00:00.000Z");
    assertThat(list(get(path + "?match[version]=all", viewerGreen).body().path("objects")))
        .extracting(o -> o.path("modified").asText()).containsExactly("2024-01-01T00:00:00.000Z", "2025-06-01T00:00:00.000Z");
    assertThat(list(get(path + "?match[version]=first", viewerGreen).body().path("objects")))
        .extracting(o -> o.path("modified").asText()).containsExactly("2024-01-01T00:00:00.000Z");
    assertThat(list(get(path + "?match[version]=" + q("2024-01-01T00:00:00Z"), viewerGreen).body().path("objects")))
        .extracting(o -> o.path("modified").asText()).containsExactly("2024-01-01T00:00:00.000Z");
    Reply missing = get(collection(Tlp.CLEAR) + "objects/indicator--00000000-0000-4000-8000-0000000fffff/", viewerGreen);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).isEqualTo(TAXII);
  }

  @Test
  void objects_matchSpecVersion_filtersByStixVersion() throws Exception {
    List<JsonNode> v20 = pageThrough(collection(Tlp.CLEAR) + "objects/?match[spec_version]=2.0", viewerGreen, 100);
    assertThat(v20).isNotEmpty().allSatisfy(o -> assertThat(o.has("spec_version")).isFalse());
    List<JsonNode> v21 = pageThrough(collection(Tlp.CLEAR) + "objects/?match[spec_version]=2.1", viewerGreen, 100);
    assertThat(v21).isNotEmpty().allSatisfy(o -> assertThat(o.path("spec_version").asText()).isEqualTo("2.1"));
  }

  @Test
  void manifest_recordsCarryIdDateAddedVersionAndMediaTypeOfTheObjects() throws Exception {
    Reply m = get(collection(Tlp.CLEAR) + "manifest/?limit=10000", viewerGreen);
    Reply o = get(collection(Tlp.CLEAR) + "objects/?limit=10000", viewerGreen);
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.contentType()).isEqualTo(TAXII);
    assertThat(m.first()).isEqualTo(o.first());
    assertThat(m.last()).isEqualTo(o.last());
    List<JsonNode> records = list(m.body().path("objects"));
    assertThat(ids(records)).containsExactlyElementsOf(ids(list(o.body().path("objects"))));
    for (JsonNode r : records) {
      assertThat(r.path("id").asText()).contains("--");
      assertThat(r.path("date_added").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      assertThat(r.path("version").asText()).isNotEmpty();
      assertThat(r.path("media_type").asText()).isIn("application/stix+json;version=2.1", "application/stix+json;version=2.0");
    }
    JsonNode changed = records.stream().filter(r -> r.path("id").asText().equals(CHANGED)).findFirst().orElseThrow();
    assertThat(changed.path("version").asText()).isEqualTo("2025-06-01T00:00:00.000Z");
    assertThat(changed.path("media_type").asText()).isEqualTo("application/stix+json;version=2.1");
  }

  @Test
  void claims_asStix_areInTheCollectionOfTheirDocumentsTlp() throws Exception {
    assertThat(get(collection(Tlp.CLEAR) + "objects/?match[type]=relationship&limit=10000", viewerGreen).body().toString())
        .contains("Publicstan").doesNotContain("Greenistan");
    String green = get(collection(Tlp.GREEN) + "objects/?limit=10000", viewerGreen).body().toString();
    assertThat(green).contains("Greenistan", Tlp.GREEN.stixMarkingId()).doesNotContain("Publicstan");
    assertThat(get(collection(Tlp.RED) + "objects/?limit=10000", viewerRed).body().toString()).contains("Redistan");
  }

  @Test
  void requests_withoutAValidToken_are401WithTaxiiErrorAndBasicChallenge() throws Exception {
    Reply none = call("GET", "/taxii2/api/collections/", null, TAXII);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).isEqualTo(TAXII);
    assertThat(none.body().path("title").asText()).isNotEmpty();
    assertThat(none.body().path("http_status").asText()).isEqualTo("401");
    assertThat(get("/taxii2/", "asc_not-a-token").status()).isEqualTo(401);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("anyone:" + viewerGreen).getBytes(StandardCharsets.UTF_8));
    assertThat(call("GET", "/taxii2/api/collections/", basic, TAXII).status()).isEqualTo(200);
    String wrong = "Basic " + Base64.getEncoder().encodeToString("anyone:nope".getBytes(StandardCharsets.UTF_8));
    assertThat(call("GET", "/taxii2/api/collections/", wrong, TAXII).status()).isEqualTo(401);
  }

  @Test
  void accept_unacceptableMediaType_is406AndCompatibleOnesAreServed() throws Exception {
    String bearer = "Bearer " + viewerGreen;
    for (String bad : List.of("text/html", "application/taxii+json;version=2.0", "application/xml")) {
      Reply r = call("GET", "/taxii2/api/collections/", bearer, bad);
      assertThat(r.status()).as(bad).isEqualTo(406);
      assertThat(r.contentType()).isEqualTo(TAXII);
      assertThat(r.body().path("http_status").asText()).isEqualTo("406");
    }
    for (String ok : List.of("application/taxii+json;version=2.1", "application/taxii+json", "application/json",
        "*/*", "text/html, application/taxii+json; version=2.1")) {
      assertThat(call("GET", "/taxii2/api/collections/", bearer, ok).status()).as(ok).isEqualTo(200);
    }
    assertThat(call("GET", "/taxii2/api/collections/", bearer, null).status()).isEqualTo(200);
  }

  @Test
  void errors_areTaxiiErrorMessagesNamingTheProblem() throws Exception {
    Reply unknown = get("/taxii2/api/collections/00000000-0000-0000-0000-000000000000/objects/", viewerGreen);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).isEqualTo(TAXII);
    assertThat(unknown.body().path("title").asText()).isNotEmpty();
    assertThat(unknown.body().path("description").asText()).contains("00000000-0000-0000-0000-000000000000");
    assertThat(unknown.body().path("http_status").asText()).isEqualTo("404");
    assertThat(unknown.body().path("error_code").asText()).isEqualTo("not_found");
    Reply badNext = get(collection(Tlp.CLEAR) + "objects/?next=garbage", viewerGreen);
    assertThat(badNext.status()).isEqualTo(400);
    assertThat(badNext.body().path("description").asText()).contains("next", "garbage");
    Reply badType = get(collection(Tlp.CLEAR) + "objects/?match[type]=" + q("Bad Type"), viewerGreen);
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.body().path("description").asText()).contains("match[type]", "Bad Type");
    Reply nowhere = get("/taxii2/api/nothing-here/", viewerGreen);
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.contentType()).isEqualTo(TAXII);
    Reply post = call("POST", collection(Tlp.CLEAR) + "objects/", "Bearer " + viewerRed, TAXII);
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.body().path("http_status").asText()).isEqualTo("403");
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<String> ids(List<JsonNode> objects) {
    return objects.stream().map(o -> o.path("id").asText()).toList();
  }

  static Set<String> set(List<String> s) {
    return new HashSet<>(s);
  }
}
