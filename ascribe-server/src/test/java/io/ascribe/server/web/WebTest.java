package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.incident.Incident;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.ServerFixtures;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.testkit.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web UI over a small knowledge base, through plain HTTP: escaping of hostile document text,
 * CSRF and same-origin checks on every POST, session cookie flags, TLP clearance on every page,
 * and path tricks on static files and exports.
 */
class WebTest {
  private static final String XSS = "<script>alert('xss')</script><img src=x onerror=alert(2)>";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String analystAmber;
  static Incident amberIncident;
  static final String GREEN_DOC = "a".repeat(64);
  static final String RED_DOC = "b".repeat(64);
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A signed-in browser: its cookie and CSRF token. */
  record Browser(String cookie, String csrf) {}

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    TokenStore tokens = new TokenStore(store);
    viewerGreen = tokens.create("viewer", Role.VIEWER, Tlp.GREEN, "test").secret();
    analystAmber = tokens.create("analyst", Role.ANALYST, Tlp.AMBER, "test").secret();
    DocumentStore docs = new DocumentStore(store);
    String text = "Officials said: " + XSS + " The US attributed the intrusion to China. C2 was 203.0.113.9 here.";
    docs.add(document(GREEN_DOC, "Report " + XSS, text), Tlp.GREEN);
    docs.add(document(RED_DOC, "Secret partner report", "A partner privately attributed it to Russia."), Tlp.RED);
    amberIncident = new IncidentStore(store).create("Amber-only intrusion", "not for green eyes", Tlp.AMBER, "test");
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000, 100_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument document(String sha, String title, String text) {
    int ip = text.indexOf("203.0.113.9");
    List<Indicator> indicators = ip < 0 ? List.of() : List.of(new Indicator("ipv4", "203.0.113.9", ip, false, null));
    String sentence = text.contains("US attributed") ? "The US attributed the intrusion to China." : text;
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", null, null,
        "2024-01-02", sentence);
    return new ExtractedDocument("file-" + sha, sha, title, "2024-01-02", null, "en", text, 0, indicators,
        List.of(new TechniqueMention("T1059", "Command and Scripting Interpreter", 1.0, List.of("Officials said: " + XSS))),
        List.of(), List.of(c));
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static HttpResponse<String> get(String path, Browser b) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
    if (b != null) {
      r.header("Cookie", b.cookie());
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, Browser b, Map<String, String> form, String... headers) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
            StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (b != null) {
      r.header("Cookie", b.cookie());
    }
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Browser signIn(String token) throws Exception {
    HttpResponse<String> r = post("/login", null, Map.of("token", token, "next", "/"));
    assertThat(r.statusCode()).isEqualTo(303);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    HttpResponse<String> home = get("/", new Browser(cookie, null));
    Matcher m = CSRF.matcher(home.body());
    assertThat(m.find()).as("a form with a CSRF field on the home page").isTrue();
    return new Browser(cookie, m.group(1));
  }

  /**
   * Every attribute name in the page's tags. The pages always double-quote attribute values and
   * escape quotes inside them, so a tag is {@code <name (attr="...")*>} and text inside quotes is
   * never taken for an attribute.
   */
  static List<String> attributeNames(String html) {
    Matcher tag = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>").matcher(html);
    Pattern attr = Pattern.compile("\\s+([^\\s=>/]+)(?:=\"[^\"]*\")?");
    List<String> names = new java.util.ArrayList<>();
    while (tag.find()) {
      Matcher a = attr.matcher(tag.group(1));
      while (a.find()) {
        names.add(a.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void a_hostile_document_is_rendered_escaped_with_its_extractions_marked() throws Exception {
    Browser b = signIn(analystAmber);
    HttpResponse<String> page = get("/documents/" + GREEN_DOC, b);
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img");
    assertThat(attributeNames(html)).contains("class", "href", "hx-headers").doesNotContain("onerror", "onload");
    assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
    assertThat(html).contains("<mark class=\"hl-ind\">203.0.113.9</mark>");
    assertThat(html).contains("<mark class=\"hl-claim\">The US attributed the intrusion to China.</mark>");
    assertThat(html).contains("<title>Report &lt;script&gt;");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
  }

  @Test
  void pages_carry_no_inline_script_style_or_event_handler() throws Exception {
    Browser b = signIn(analystAmber);
    Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style", Pattern.CASE_INSENSITIVE);
    for (String path : List.of("/", "/search?q=Alpha", "/claims", "/claims/matrix", "/disputes", "/upload",
        "/documents/" + GREEN_DOC,
        "/incidents/" + amberIncident.id(), "/incidents/" + amberIncident.id() + "/graph")) {
      HttpResponse<String> r = get(path, b);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(inline.matcher(r.body()).find()).as("inline script or style on " + path).isFalse();
      assertThat(attributeNames(r.body())).as(path).noneMatch(n -> n.startsWith("on") || n.equals("style"));
    }
  }

  @Test
  void a_post_without_the_csrf_token_is_refused_with_403() throws Exception {
    Browser b = signIn(analystAmber);
    Map<String, String> form = Map.of("title", "forged", "tlp", "GREEN");
    HttpResponse<String> none = post("/incidents", b, form);
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("security token");
    assertThat(post("/incidents", b, Map.of("title", "forged", "_csrf", "not-it")).statusCode()).isEqualTo(403);
    assertThat(post("/incidents", b, form, "X-CSRF-Token", "not-it").statusCode()).isEqualTo(403);
    assertThat(post("/incidents/" + amberIncident.id() + "/attribute", b, Map.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> ok = post("/incidents", b, Map.of("title", "genuine", "tlp", "GREEN", "_csrf", b.csrf()));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location").orElse("")).startsWith("/incidents/INC-");
    assertThat(post("/incidents", b, Map.of("title", "htmx", "tlp", "GREEN"), "X-CSRF-Token", b.csrf()).statusCode())
        .isEqualTo(303);
  }

  @Test
  void another_sites_csrf_token_of_another_session_does_not_work() throws Exception {
    Browser a = signIn(analystAmber);
    Browser other = signIn(analystAmber);
    assertThat(other.csrf()).isNotEqualTo(a.csrf());
    assertThat(post("/incidents", a, Map.of("title", "x", "_csrf", other.csrf())).statusCode()).isEqualTo(403);
  }

  @Test
  void a_post_from_another_origin_is_refused_even_with_the_token() throws Exception {
    Browser b = signIn(analystAmber);
    Map<String, String> form = Map.of("title", "cross", "tlp", "GREEN", "_csrf", b.csrf());
    assertThat(post("/incidents", b, form, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(post("/incidents", b, form, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
    assertThat(post("/login", null, Map.of("token", analystAmber), "Origin", "https://evil.example").statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_viewer_may_read_but_not_post() throws Exception {
    Browser v = signIn(viewerGreen);
    HttpResponse<String> r = post("/incidents", v, Map.of("title", "x", "tlp", "GREEN", "_csrf", v.csrf()));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("needs analyst");
    assertThat(get("/", v).body()).doesNotContain("New incident");
  }

  @Test
  void the_session_cookie_is_httponly_samesite_strict_random_and_renewed_at_each_sign_in() throws Exception {
    HttpResponse<String> first = post("/login", null, Map.of("token", analystAmber, "next", "/claims"));
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("ascribe_session=").contains("; HttpOnly").contains("; SameSite=Strict")
        .contains("; Path=/").doesNotContain("Secure");
    String id = cookie.substring("ascribe_session=".length(), cookie.indexOf(';'));
    assertThat(id).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(first.headers().firstValue("Location")).contains("/claims");
    HttpResponse<String> behindHttps = post("/login", null, Map.of("token", analystAmber), "X-Forwarded-Proto", "https");
    assertThat(behindHttps.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
    assertThat(behindHttps.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain(id);
  }

  @Test
  void signing_out_ends_the_session_and_a_bad_token_gets_no_session() throws Exception {
    Browser b = signIn(analystAmber);
    assertThat(get("/", b).statusCode()).isEqualTo(200);
    HttpResponse<String> out = post("/logout", b, Map.of("_csrf", b.csrf()));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    HttpResponse<String> after = get("/", b);
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location").orElse("")).startsWith("/login");
    HttpResponse<String> bad = post("/login", null, Map.of("token", "asc_nope"));
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.headers().firstValue("Set-Cookie")).isEmpty();
  }

  /** Issue 16, bug 4: {@code next=/%09/evil.com} (a tab once form-decoded) was sent back as the Location. */
  @Test
  void the_login_page_never_redirects_off_site() throws Exception {
    for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example",
        "/%09/evil.example", "/\n/evil.example", "/%2F/evil.example", "/login")) {
      HttpResponse<String> r = post("/login", null, Map.of("token", analystAmber, "next", next));
      assertThat(r.statusCode()).as(next).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElseThrow()).as(next).isEqualTo("/");
    }
    HttpResponse<String> kept = post("/login", null, Map.of("token", analystAmber, "next", "/claims?actor=APT41"));
    assertThat(kept.headers().firstValue("Location").orElseThrow()).isEqualTo("/claims?actor=APT41");
  }

  @Test
  void ledger_pages_escape_the_documents_and_keep_to_the_clearance() throws Exception {
    Browser v = signIn(viewerGreen);
    String disputes = get("/disputes", v).body();
    assertThat(disputes).contains("CN in Report &lt;script&gt;alert(&#39;xss&#39;)", "The US attributed the intrusion to China.")
        .doesNotContain("<script>alert", "privately attributed", "Secret partner report");
    String matrix = get("/claims/matrix", v).body();
    assertThat(matrix).contains("<th scope=\"row\">US</th>",
        "href=\"/claims?claimant=US&amp;accused=CN&amp;type=attribution\"").contains(">1 A</a>");
    assertThat(get("/claims/matrix?since=2024-02-01", v).body()).contains("No attribution or counter-accusation");
    HttpResponse<String> bad = get("/claims/matrix?until=%3Cb%3E", v);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("until must be a date").doesNotContain("<b>");
    String pair = get("/claims?claimant=US&accused=CN&type=attribution", v).body();
    assertThat(pair).contains("Claims ledger (1)", "The US attributed").doesNotContain("privately attributed");
  }

  @Test
  void the_ledger_page_links_to_the_next_and_previous_pages_keeping_the_filters() throws Exception {
    Browser v = signIn(viewerGreen);
    String first = get("/claims?claimant=US&limit=1", v).body();
    assertThat(first).contains("claims 1–1 of 1").doesNotContain("rel=\"next\"", "rel=\"prev\"");
    String beyond = get("/claims?claimant=US&limit=1&offset=1", v).body();
    assertThat(beyond).contains("href=\"/claims?claimant=US&amp;limit=1&amp;offset=0\"", "rel=\"prev\"");
    assertThat(get("/claims?limit=5000", v).statusCode()).isEqualTo(400);
    assertThat(get("/claims?offset=-3", v).body()).contains("offset must be");
    assertThat(get("/claims?after=1%3Cb%3E", v).body()).contains("after must be a ledger position", "1&lt;b&gt;")
        .doesNotContain("1<b>");
  }

  @Test
  void a_green_session_never_sees_amber_or_red_things() throws Exception {
    Browser v = signIn(viewerGreen);
    assertThat(get("/", v).body()).doesNotContain(amberIncident.title()).doesNotContain("Secret partner report");
    for (String path : List.of("/incidents/" + amberIncident.id(), "/incidents/" + amberIncident.id() + "/graph",
        "/incidents/" + amberIncident.id() + "/graph.json", "/export/incidents/" + amberIncident.id() + "/stix",
        "/documents/" + RED_DOC)) {
      HttpResponse<String> r = get(path, v);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("Amber-only").doesNotContain("privately attributed");
    }
    assertThat(get("/claims", v).body()).contains("The US attributed").doesNotContain("privately attributed");
    assertThat(get("/search?q=partner", v).body()).doesNotContain("Secret partner report");
    assertThat(get("/export/claims/stix", v).body()).doesNotContain("privately attributed");
    Browser a = signIn(analystAmber);
    assertThat(get("/", a).body()).contains(amberIncident.title());
    assertThat(get("/incidents/" + amberIncident.id(), a).statusCode()).isEqualTo(200);
    assertThat(get("/documents/" + RED_DOC, a).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%2f..%2f..%2fetc%2fpasswd", "/webjars/../../../etc/passwd", "/webjars/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%5c..%5cetc%5cpasswd", "/export/actors/..%2F..%2F..%2Fetc%2Fpasswd/stix",
      "/export/incidents/..%2F..%2Fetc%2Fpasswd/stix", "/documents/..%2F..%2Fetc%2Fpasswd",
      "/static/../io/ascribe/server/web/WebUi.class", "/static/%2e%2e/WebUi.class"})
  void path_tricks_on_static_files_and_exports_reach_nothing(String path) throws Exception {
    Browser b = signIn(analystAmber);
    HttpResponse<String> r = get(path, b);
    assertThat(r.statusCode()).as(path).isIn(400, 404);
    assertThat(r.body()).doesNotContain("root:").doesNotContain("CAFEBABE");
  }

  @Test
  void static_files_and_webjars_are_served_without_a_session() throws Exception {
    assertThat(get("/static/app.css", null).statusCode()).isEqualTo(200);
    Assets assets = Assets.fromClasspath();
    HttpResponse<String> htmx = get(assets.htmx(), null);
    assertThat(htmx.statusCode()).isEqualTo(200);
    assertThat(htmx.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(get(assets.cytoscape(), null).statusCode()).isEqualTo(200);
  }

  @Test
  void an_upload_over_the_limit_is_refused_with_413_before_any_ingest() throws Exception {
    Browser b = signIn(analystAmber);
    String boundary = "----ascribe-test";
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + b.csrf() + "\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n";
    String body = head + "x".repeat(200_000) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/upload")))
        .header("Cookie", b.cookie()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("larger than the server accepts");
  }

  @Test
  void evidence_from_a_document_only_goes_to_an_incident_marked_at_least_as_strictly() throws Exception {
    Browser a = signIn(analystAmber);
    HttpResponse<String> low = post("/documents/" + GREEN_DOC + "/incident", a,
        Map.of("title", "too open", "tlp", "CLEAR", "_csrf", a.csrf()));
    assertThat(low.statusCode()).isEqualTo(400);
    assertThat(low.body()).contains("cannot hold its evidence");
    HttpResponse<String> ok = post("/documents/" + GREEN_DOC + "/incident", a,
        Map.of("title", "from the report", "tlp", "AMBER", "_csrf", a.csrf()));
    assertThat(ok.statusCode()).isEqualTo(303);
    String incident = get(ok.headers().firstValue("Location").orElseThrow(), a).body();
    assertThat(incident).contains("203.0.113.9").contains("T1059");
  }
}
