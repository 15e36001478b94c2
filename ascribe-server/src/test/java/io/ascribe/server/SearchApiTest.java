package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.search.SearchIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/search} over documents of mixed markings: a reader gets the best hits within
 * their clearance, a full page of them, and nothing of what lies above it.
 */
class SearchApiTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewerGreen;
  static String adminRed;
  static final Set<String> RED = new TreeSet<>();
  static final Set<String> CLEAR = new TreeSet<>();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Ten RED documents say "ransomware" more often than the four CLEAR ones, so they fill the top of
   * the ranking: the search used to fetch twice the page and drop what the reader could not see,
   * which left a GREEN reader with an empty page here although four documents matched.
   */
  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    DocumentStore docs = new DocumentStore(store);
    List<SearchIndex.IndexedDocument> indexed = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      boolean red = i < 10;
      String title = (red ? "Secret report " : "Public report ") + i;
      String text = "ransomware ".repeat(red ? 30 - i : 5 - i / 4) + "and other words";
      String sha = String.format("%064x", i + 1);
      long id = docs.add(new ExtractedDocument("file-" + i, sha, title, "2024-01-02", null, "en", text, 0, List.of(),
          List.of(), List.of(), List.of()), red ? Tlp.RED : Tlp.CLEAR);
      (red ? RED : CLEAR).add("doc:" + id);
      indexed.add(new SearchIndex.IndexedDocument(id, title, "file-" + i, text));
    }
    new SearchIndex(store.indexDir()).add(indexed);
    TokenStore tokens = new TokenStore(store);
    viewerGreen = tokens.create("viewer", Role.VIEWER, Tlp.GREEN, "test").secret();
    adminRed = tokens.create("admin", Role.ADMIN, Tlp.RED, "test").secret();
    server = new AscribeServer(new Services(store), AscribeServer.Settings.defaults()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static JsonNode search(String query, String token) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/search?" + query))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    if (token.equals(viewerGreen)) {
      assertThat(r.body()).doesNotContain("Secret");
    }
    return JSON.readTree(r.body());
  }

  private static List<String> keys(JsonNode body) {
    List<String> keys = new ArrayList<>();
    body.path("hits").forEach(h -> keys.add(h.path("key").asText()));
    return keys;
  }

  @Test
  void search_redDocumentsOutrankEverythingVisible_greenReaderGetsAFullPageOfClearOnes() throws Exception {
    JsonNode body = search("q=ransomware&limit=3", viewerGreen);
    assertThat(keys(body)).hasSize(3).allSatisfy(k -> assertThat(CLEAR).contains(k));
    assertThat(body.path("hits")).allSatisfy(h -> assertThat(h.path("snippet").asText()).contains("«ransomware»"));
  }

  @Test
  void search_greenReader_neverSeesARedDocumentWhateverTheLimit() throws Exception {
    for (int limit : new int[] {1, 4, 5, 20, 100}) {
      List<String> keys = keys(search("q=ransomware&kind=document&limit=" + limit, viewerGreen));
      assertThat(keys).as("limit %d", limit).hasSize(Math.min(limit, CLEAR.size()))
          .allSatisfy(k -> assertThat(CLEAR).contains(k));
    }
  }

  @Test
  void search_redReader_getsTheRedDocumentsFirst() throws Exception {
    JsonNode body = search("q=ransomware&limit=12", adminRed);
    List<String> keys = keys(body);
    assertThat(keys.subList(0, 10)).containsExactlyInAnyOrderElementsOf(RED);
    assertThat(keys.subList(10, 12)).allSatisfy(k -> assertThat(CLEAR).contains(k));
  }
}
