package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.ServerFixtures;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.incident.IncidentStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The document library through the API and the Documents page: pages and filters at the reader's
 * clearance (a RED document is not listed, counted, nor lends its publisher to the filters),
 * escaping, bad parameters, uploads of several parts with private URLs refused, and documents named
 * by their title on incident pages.
 */
class DocumentLibraryWebTest {
  private static final String XSS = "<script>alert('lib')</script>";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String RED_SHA = "e".repeat(64);
  private static final String GREEN_SHA = "d".repeat(64);
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String analystAmber;
  static String adminRed;
  static Incident incident;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.Tokens signIn = ServerFixtures.tokens(store);
    viewerGreen = signIn.viewer();
    analystAmber = signIn.analyst();
    adminRed = signIn.admin();
    DocumentStore docs = new DocumentStore(store);
    for (int i = 0; i < 30; i++) {
      docs.add(doc(String.format("%064x", i + 1), "Bulletin " + i, "2024-03-" + String.format("%02d", i % 28 + 1),
          i % 2 == 0 ? "Even Press" : "Odd Press", i % 5 == 0), Tlp.CLEAR);
    }
    docs.add(doc(GREEN_SHA, "Water utility " + XSS, "2024-04-01", "Press " + XSS, true), Tlp.GREEN);
    docs.add(doc(RED_SHA, "Partner eyes only", "2024-04-02", "Secret Partner Bulletin", true), Tlp.RED);
    IncidentStore incidents = new IncidentStore(store);
    incident = incidents.create("Water intrusion", null, Tlp.GREEN, "test");
    var stored = docs.document(GREEN_SHA, Tlp.RED).orElseThrow();
    incidents.addFromDocument(incident.id(), null, stored, IncidentStore.itemsOf(stored, java.util.Set.of(ItemKind.INDICATOR)),
        "test");
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000, 100_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument doc(String sha, String title, String published, String publisher, boolean claim) {
    String text = "The US attributed the intrusion to China. C2 was 203.0.113.9 here.";
    List<Claim> claims = claim ? List.of(new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China",
        "CN", null, null, published, "The US attributed the intrusion to China.")) : List.of();
    return new ExtractedDocument("file-" + sha, sha, title, published, publisher, "en", text, 0,
        List.of(new Indicator("ipv4", "203.0.113.9", text.indexOf("203."), false, null)), List.of(), List.of(), claims);
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static HttpResponse<String> get(String path, String cookie) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).timeout(Duration.ofSeconds(30))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode api(String path, String token, int status) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  static HttpResponse<String> postForm(String path, String token, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A signed-in browser's cookie and CSRF token. */
  record Browser(String cookie, String csrf) {}

  static Browser signIn(String token) throws Exception {
    String body = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&next=%2F";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    Matcher m = CSRF.matcher(get("/", cookie).body());
    assertThat(m.find()).isTrue();
    return new Browser(cookie, m.group(1));
  }

  @Test
  void api_list_pagesAtTheClearance_withCountsAndNextLinks() throws Exception {
    JsonNode first = api("/api/documents?limit=10", viewerGreen, 200);
    assertThat(first.path("total").asLong()).isEqualTo(31);
    assertThat(first.path("documents")).hasSize(10);
    JsonNode newest = first.path("documents").get(0);
    assertThat(newest.path("sha256").asText()).isEqualTo(GREEN_SHA);
    assertThat(newest.path("indicators").asInt()).isEqualTo(1);
    assertThat(newest.path("claims").asInt()).isEqualTo(1);
    assertThat(newest.path("techniques").asInt()).isZero();
    assertThat(first.path("next").asText()).isEqualTo("/api/documents?limit=10&offset=10");
    assertThat(first.toString()).doesNotContain("Partner eyes only", "Secret Partner");
    JsonNode last = api("/api/documents?limit=10&offset=30", viewerGreen, 200);
    assertThat(last.path("documents")).hasSize(1);
    assertThat(last.path("next").isNull()).isTrue();
    assertThat(last.path("previous").asText()).isEqualTo("/api/documents?limit=10&offset=20");
    assertThat(api("/api/documents?tlp=RED", adminRed, 200).path("documents").findValuesAsText("title"))
        .containsExactly("Partner eyes only");
  }

  @Test
  void api_filters_combine_andKeepThemselvesInTheNextLink() throws Exception {
    JsonNode even = api("/api/documents?publisher=even+press&claims=yes&limit=2", viewerGreen, 200);
    assertThat(even.path("total").asLong()).isEqualTo(3);
    assertThat(even.path("documents").findValuesAsText("publisher")).containsOnly("Even Press");
    assertThat(even.path("next").asText()).isEqualTo("/api/documents?publisher=even+press&claims=yes&limit=2&offset=2");
    assertThat(api("/api/documents?tlp=green", viewerGreen, 200).path("total").asLong()).isEqualTo(1);
    assertThat(api("/api/documents?tlp=red", viewerGreen, 200).path("total").asLong()).isZero();
    assertThat(api("/api/documents?publisher=Secret+Partner+Bulletin", viewerGreen, 200).path("total").asLong()).isZero();
    assertThat(api("/api/documents?since=2024-03-27&until=2024-03-28&sort=published", viewerGreen, 200)
        .path("documents").findValuesAsText("published")).containsExactly("2024-03-28", "2024-03-27");
    assertThat(api("/api/documents?language=en&claims=no", viewerGreen, 200).path("total").asLong()).isEqualTo(24);
  }

  @Test
  void openApi_describesTheLibraryWithItsParameters() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/openapi.json"))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode get = JSON.readTree(r.body()).path("paths").path("/api/documents").path("get");
    assertThat(get.path("parameters").findValuesAsText("name"))
        .contains("tlp", "publisher", "language", "since", "until", "claims", "sort", "limit", "offset");
    assertThat(JSON.readTree(r.body()).path("paths").path("/api/documents").has("post")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"limit=0, limit", "limit=501, limit", "offset=-3, offset", "since=March, since", "until=2024-3-1, until",
      "claims=maybe, claims", "sort=size, sort", "tlp=purple, tlp", "language=english!, language"})
  void api_list_badParameter_is400NamingIt(String query, String field) throws Exception {
    JsonNode error = api("/api/documents?" + query, viewerGreen, 400).path("error");
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("message").asText()).startsWith(field + " must be");
  }

  @Test
  void api_upload_privateUrl_isRefusedAtOnceNamingTheField_andStartsNoJob() throws Exception {
    HttpResponse<String> r = postForm("/api/documents", analystAmber,
        Map.of("url", "http://127.0.0.1:9/internal https://example.org/a.html", "text", "Some pasted text."));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(r.body()).path("error");
    assertThat(error.path("field").asText()).isEqualTo("url");
    assertThat(error.path("message").asText()).contains("http://127.0.0.1:9/internal", "private or loopback");
    HttpResponse<String> ftp = postForm("/api/documents", analystAmber, Map.of("url", "file:///etc/passwd"));
    assertThat(ftp.statusCode()).isEqualTo(400);
    assertThat(ftp.body()).contains("not an http(s) URL");
    HttpResponse<String> nothing = postForm("/api/documents", analystAmber, Map.of("text", "  "));
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(nothing.body()).path("error").path("field").asText()).isEqualTo("file");
  }

  @Test
  void api_upload_severalFilesAndText_startOneJobEach() throws Exception {
    String boundary = "----lib" + System.nanoTime();
    StringBuilder b = new StringBuilder();
    for (String name : List.of("one.txt", "two.txt")) {
      b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(name)
          .append("\"\r\nContent-Type: text/plain\r\n\r\nReport ").append(name).append(".\r\n");
    }
    b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nPasted words.\r\n");
    // marked AMBER so that the GREEN reader's library stays as the other tests expect
    b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"tlp\"\r\n\r\nAMBER\r\n");
    b.append("--").append(boundary).append("--\r\n");
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/documents")))
        .header("Authorization", "Bearer " + analystAmber).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode out = JSON.readTree(r.body());
    assertThat(out.path("jobs")).hasSize(3);
    List<String> names = new ArrayList<>();
    for (JsonNode j : out.path("jobs")) {
      names.add(api(j.path("status").asText(), analystAmber, 200).path("file_name").asText());
    }
    assertThat(names).containsExactly("one.txt", "two.txt", "pasted text");
    assertThat(out.path("job").asText()).isEqualTo(out.path("jobs").get(0).path("job").asText());
  }

  @Test
  void page_listsVisibleDocumentsEscaped_withPagerAndFiltersOfVisibleValuesOnly() throws Exception {
    Browser b = signIn(viewerGreen);
    HttpResponse<String> r = get("/documents", b.cookie());
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html).contains("Documents (31)", "page 1 of 2", "documents 1–25 of 31", "href=\"/documents?offset=25\"");
    assertThat(html).contains("Water utility &lt;script&gt;alert(&#39;lib&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContain(XSS, "Partner eyes only", "Secret Partner Bulletin", RED_SHA);
    assertThat(html).contains("<option value=\"Even Press\">", "<option value=\"Press &lt;script&gt;");
    assertThat(html).contains("href=\"/documents\" class=\"active\"");
    assertThat(html).contains("class=\"badge indicators\"", "1 indicator", "0 techniques");
    String second = get("/documents?offset=25", b.cookie()).body();
    assertThat(second).contains("page 2 of 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void page_filteredToNothing_saysSo_andEmptyLibraryHintsAtTheUpload() throws Exception {
    Browser b = signIn(viewerGreen);
    String none = get("/documents?publisher=Secret+Partner+Bulletin", b.cookie()).body();
    assertThat(none).contains("Documents (0)", "No document matches these filters.");
    assertThat(get("/documents?claims=perhaps", b.cookie()).statusCode()).isEqualTo(400);
    String sorted = get("/documents?sort=title&claims=yes", b.cookie()).body();
    assertThat(sorted).contains("aria-sort=\"ascending\"", "title ▲");
    assertThat(sorted.indexOf("Bulletin 0")).isLessThan(sorted.indexOf("Bulletin 10"));
  }

  @Test
  void incidentPage_namesItsDocumentByTitle_inEvidenceDocumentsAndAuditLog() throws Exception {
    Browser b = signIn(viewerGreen);
    String html = get("/incidents/" + incident.id(), b.cookie()).body();
    String link = "href=\"/documents/" + GREEN_SHA + "\"";
    assertThat(html.split(Pattern.quote(link), -1).length - 1).as("links to the document").isGreaterThanOrEqualTo(3);
    assertThat(html).contains("Water utility &lt;script&gt;").doesNotContain(">" + GREEN_SHA + "<",
        "document " + GREEN_SHA.substring(0, 10));
    assertThat(html).doesNotContain("attached document " + GREEN_SHA);
  }

  @Test
  void documentTitles_hideTheTitleOfADocumentAboveTheClearance() {
    DocumentTitles titles = DocumentTitles.of(new Services(store), List.of(RED_SHA, GREEN_SHA), Tlp.GREEN);
    String audit = titles.text("attached document " + RED_SHA + " 'Partner eyes only'").toString();
    assertThat(audit).doesNotContain("Partner eyes only", "href").contains(RED_SHA.substring(0, 12) + "…");
    assertThat(titles.link(GREEN_SHA, null).toString()).contains("Water utility &lt;script&gt;", "/documents/" + GREEN_SHA);
  }
}
