package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.server.ActorBundles;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.ServerFixtures;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor page (about, targets, first and last seen, claims naming it, the corpus slot, the
 * compare form), the comparison page, and the incident page's indicator history: escaped, and
 * nothing from a document above the reader's clearance.
 */
class ActorPagesWebTest {
  private static final String XSS = "<script>alert('xss')</script>";
  private static final String IP = "203.0.113.9";
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String amberCookie;
  static Incident incident;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, ActorBundles.overlapping(home), Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
    ServerFixtures.Tokens tokens = ServerFixtures.tokens(store);
    DocumentStore docs = new DocumentStore(store);
    docs.add(doc('a', "Green report " + XSS, "ALPHA-1", "2024-02-03", "Officials blamed ALPHA-1: " + XSS), Tlp.GREEN);
    docs.add(doc('b', "Secret partner report", "Alpha Panda", "2025-09-09", "Partner privately blamed Alpha Panda."), Tlp.RED);
    docs.add(doc('c', "Older clear report", "Alpha Panda", "2021-01-01", "Analysts blamed Alpha Panda."), Tlp.CLEAR);
    IncidentStore incidents = new IncidentStore(store);
    Incident i = incidents.create("Tea leak", null, Tlp.AMBER, "test");
    incident = incidents.addEvidence(i.id(), null, List.of(new IncidentStore.NewItem(ItemKind.INDICATOR, IP,
        EvidenceItem.ANALYST), new IncidentStore.NewItem(ItemKind.INDICATOR, "198.51.100.200", EvidenceItem.ANALYST)),
        "test");
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000, 100_000)).start("127.0.0.1", 0);
    amberCookie = signIn(tokens.analyst());
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument doc(char sha, String title, String actor, String date, String sentence) {
    String text = sentence + " C2 was " + IP + ".";
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", actor, null, date,
        sentence);
    return new ExtractedDocument("file-" + sha, String.valueOf(sha).repeat(64), title, date, null, "en", text, 0,
        List.of(new Indicator("ipv4", IP, text.indexOf(IP), false, null)), List.of(), List.of(), List.of(c));
  }

  private static String signIn(String token) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&next=/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", amberCookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void actorPage_showsAboutTargetsActivityClaimsAndTheCorpusSlot_escaped_withinClearance() throws Exception {
    HttpResponse<String> r = get("/actors/G9001");

    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("id=\"about\"", "Alpha Panda &lt;b&gt;brews&lt;/b&gt; tea.", "MITRE ATT&amp;CK",
        "href=\"https://example.com/alpha-report\"", "Alpha report (2019)", "MISP galaxy threat-actor");
    assertThat(page).contains("id=\"targets\"", "United States (US)", "Taiwan (TW)", "Telecommunications",
        "<span class=\"src origin-misp\">MISP galaxy threat-actor</span>");
    assertThat(page).contains("id=\"activity\"", "first seen", "cited reports", "claims");
    assertThat(page).contains("id=\"claims\"", "Claims naming it (2)", "Green report &lt;script&gt;", "Older clear report",
        "href=\"/documents/" + "a".repeat(64) + "\"");
    assertThat(page.indexOf("Green report")).as("newest first").isLessThan(page.indexOf("Older clear report"));
    assertThat(page).doesNotContain("Secret partner", "privately", "2025-09-09", XSS);
    assertThat(page).contains("id=\"corpus\"", "From your corpus");
    assertThat(page).contains("action=\"/actors/compare\"", "name=\"b\"");
    assertThat(page).contains("Beta Bear", "/actors/compare?a=");
  }

  @Test
  void comparePage_sharedToolRarestFirst_withCountsAndUniqueItems() throws Exception {
    HttpResponse<String> r = get("/actors/compare?a=G9001&b=Beta%20Bear");

    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("Alpha Panda (G9001)", "Beta Bear (G9002)", "id=\"overlap\"", "id=\"techniques\"",
        "id=\"tools\"", "id=\"victims\"", "id=\"infrastructure\"");
    String tools = page.substring(page.indexOf("id=\"tools\""), page.indexOf("id=\"victims\""));
    assertThat(tools).contains("Tools: 1 in common", "KettleRAT (S9001)", "<strong>3</strong> of ", "Only Beta Bear (1)",
        "Spoon (S9002)");
    String techniques = page.substring(page.indexOf("id=\"techniques\""), page.indexOf("id=\"tools\""));
    assertThat(techniques).contains("T9001.001");
  }

  @Test
  void comparePage_ambiguousName_offersTheCandidates_unknownNameSaysSo() throws Exception {
    HttpResponse<String> ambiguous = get("/actors/compare?a=G9001&b=Grizzly%20Name");
    assertThat(ambiguous.statusCode()).isEqualTo(409);
    assertThat(ambiguous.body()).contains("&#39;Grizzly Name&#39; names 2 actors", "Beta Bear (G9002)", "Gamma Bear (G9003)",
        "/actors/compare?a=G9001&amp;b=");

    HttpResponse<String> unknown = get("/actors/compare?a=" + URLEncoder.encode(XSS, StandardCharsets.UTF_8) + "&b=G9002");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No actor is known as &#39;&lt;script&gt;").doesNotContain(XSS);

    assertThat(get("/actors/compare").statusCode()).isEqualTo(200);
  }

  @Test
  void incidentPage_indicatorHistory_documentsWithinClearance_newestFirst() throws Exception {
    HttpResponse<String> r = get("/incidents/" + incident.id());

    assertThat(r.statusCode()).isEqualTo(200);
    String history = r.body().substring(r.body().indexOf("id=\"indicator-history\""));
    history = history.substring(0, history.indexOf("</table>"));
    assertThat(history).contains("Indicators seen before (1 of 2)", IP, "Green report &lt;script&gt;", "Older clear report",
        "in no stored document");
    assertThat(history.indexOf("Green report")).isLessThan(history.indexOf("Older clear report"));
    assertThat(history).doesNotContain("Secret partner", XSS);
  }
}
