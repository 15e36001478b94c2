package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the document page listed ATT&CK ids among the indicators, and its add buttons could
 * put one into an incident as indicator evidence, where it weighs nothing. The ids are now listed
 * apart with what they name (resolved through the knowledge base, linked), a technique or software
 * id adds that technique or software, and no ATT&CK id ever becomes indicator evidence. A group
 * the knowledge base knows only as software is listed among the actors, without a link.
 */
class DocumentAttackIdsWebTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String SHA = "c".repeat(64);
  private static final String TEXT = "Brewing (T9001) delivered KettleRAT (S9001); Alpha Panda (G9001) ran Operation "
      + "Teapot (C9001) for initial access (TA0001), staging on 203.0.113.9.";
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String analyst;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    analyst = new TokenStore(store).create("analyst", Role.ANALYST, Tlp.AMBER, "test").secret();
    List<Indicator> indicators = List.of("T9001", "S9001", "G9001", "C9001", "TA0001").stream()
        .map(id -> new Indicator(Indicator.ATTACK_ID, id, TEXT.indexOf(id), false, null)).toList();
    new DocumentStore(store).add(new ExtractedDocument("report.txt", SHA, "Teapot report", null, null, "en", TEXT, 0,
        concat(indicators, new Indicator(Indicator.IPV4, "203.0.113.9", TEXT.indexOf("203."), false, null)), List.of(),
        List.of(new ExtractedDocument.Entity("group", "Glass Lantern", null, 1, null, null, null, null)), List.of()),
        Tlp.CLEAR);
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
  }

  private static List<Indicator> concat(List<Indicator> first, Indicator last) {
    List<Indicator> all = new ArrayList<>(first);
    all.add(last);
    return all;
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  @Test
  void page_listsAttackIdsApartFromIndicators_withWhatTheyName() throws Exception {
    new IncidentStore(store).create("Case for the page", null, Tlp.AMBER, "test");
    String[] browser = signIn();

    String page = get("/documents/" + SHA, browser[0]).body();

    assertThat(page).contains("Indicators (1)", "ATT&amp;CK ids cited (5)", "Brewing", "KettleRAT", "Alpha Panda",
        "Operation Teapot", "not in the knowledge base", "href=\"/actors/G9001\"",
        "href=\"https://attack.mitre.org/campaigns/C9001/\"", "href=\"https://attack.mitre.org/tactics/TA0001/\"",
        "value=\"technique:T9001\"", "value=\"software:S9001\"", "value=\"indicator:203.0.113.9\"");
    assertThat(page).doesNotContain("value=\"indicator:T9001\"", "value=\"indicator:G9001\"", ">attack_id<",
        "<mark class=\"hl-ind\">T9001");
    assertThat(page).contains("Glass Lantern").doesNotContain("href=\"/actors/Glass%20Lantern\"");
  }

  @Test
  void add_attackIdAsIndicator_routedOrRefused_neverIndicatorEvidence() throws Exception {
    Incident incident = new IncidentStore(store).create("Case for adding", null, Tlp.AMBER, "test");
    String[] browser = signIn();

    HttpResponse<String> technique = post("/documents/" + SHA + "/add", browser,
        Map.of("incident", incident.id(), "item", "indicator:T9001"));
    HttpResponse<String> group = post("/documents/" + SHA + "/add", browser,
        Map.of("incident", incident.id(), "item", "indicator:G9001"));
    HttpResponse<String> all = post("/documents/" + SHA + "/add", browser,
        Map.of("incident", incident.id(), "item", "all"));

    assertThat(technique.statusCode()).isEqualTo(303);
    assertThat(group.statusCode()).isEqualTo(400);
    assertThat(group.body()).contains("G9001", "group id, not an indicator");
    assertThat(all.statusCode()).isEqualTo(303);
    Incident after = new IncidentStore(store).find(incident.id(), Tlp.RED).orElseThrow();
    assertThat(after.evidence()).extracting(EvidenceItem::kind, EvidenceItem::value).containsExactly(
        tuple(ItemKind.TECHNIQUE, "T9001"), tuple(ItemKind.SOFTWARE, "S9001"), tuple(ItemKind.INDICATOR, "203.0.113.9"));
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static HttpResponse<String> get(String path, String cookie) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String[] browser, Map<String, String> form) throws Exception {
    Map<String, String> fields = new HashMap<>(form);
    if (browser != null) {
      fields.put("_csrf", browser[1]);
    }
    String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (browser != null) {
      r.header("Cookie", browser[0]);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs the analyst in; gives the session cookie and its CSRF token. */
  private static String[] signIn() throws Exception {
    HttpResponse<String> r = post("/login", null, Map.of("token", analyst, "next", "/"));
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    Matcher m = CSRF.matcher(get("/", cookie).body());
    assertThat(m.find()).as("a CSRF field on the home page").isTrue();
    return new String[] {cookie, m.group(1)};
  }
}
