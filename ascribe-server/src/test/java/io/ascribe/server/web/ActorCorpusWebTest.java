package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Role;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.corpus.Provenance;
import io.ascribe.extract.ExtractedDocument;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor page's "From your corpus" section: the documents about the actor, newest first, with
 * their provenance and links, the facts each contributed, everything escaped, and nothing from a
 * document above the reader's clearance, not even its title.
 */
class ActorCorpusWebTest {
  private static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static final String OLD = "1".repeat(64);
  private static final String NEW = "2".repeat(64);
  private static final String SECRET = "3".repeat(64);
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String amber;
  static String red;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    TokenStore tokens = new TokenStore(store);
    amber = tokens.create("amber", Role.ANALYST, Tlp.AMBER, "test").secret();
    red = tokens.create("red", Role.ADMIN, Tlp.RED, "test").secret();
    DocumentStore docs = new DocumentStore(store);
    add(docs, OLD, "Old <b>report</b>", "2021-03-01", Tlp.CLEAR, "203.0.113.7");
    add(docs, NEW, "New report", "2024-05-06", Tlp.GREEN, "203.0.113.7");
    add(docs, SECRET, "Partner secret", "2025-01-01", Tlp.RED, "198.51.100.66");
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
  }

  private static void add(DocumentStore docs, String sha, String title, String date, Tlp tlp, String ip) {
    docs.add(new ExtractedDocument("file-" + sha, sha, title, date, "Vendor", "en", "Text.", 0, List.of(), List.of(),
        List.of(), List.of()), tlp, List.of(new CorpusLink(ALPHA, EvidenceKind.INDICATOR, "i:" + ip, ip,
            "Beacons went to " + ip + ".", new Provenance(sha, title, date, "Vendor", LinkBasis.SUBJECT, 0.8))));
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  @Test
  void actorPage_amberReader_seesTheDocumentsNewestFirst_escaped_andNothingAboveAmber() throws Exception {
    String page = page(amber);

    assertThat(page).contains("From your corpus (2 documents)", "href=\"/documents/" + NEW + "\"",
        "Old &lt;b&gt;report&lt;/b&gt;", "203.0.113.7", "subject", "0.80");
    assertThat(page.indexOf("New report")).isLessThan(page.indexOf("Old &lt;b&gt;report"));
    assertThat(page).doesNotContain("Partner secret", SECRET, "198.51.100.66", "Old <b>report");
  }

  @Test
  void actorPage_redReader_seesTheRedDocumentToo() throws Exception {
    assertThat(page(red)).contains("From your corpus (3 documents)", "Partner secret", "198.51.100.66");
  }

  private static String page(String token) throws Exception {
    HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&next=%2F")).build(), HttpResponse.BodyHandlers.ofString());
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actors/G9001")))
        .header("Cookie", setCookie.substring(0, setCookie.indexOf(';'))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }
}
