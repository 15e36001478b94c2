package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.corpus.Provenance;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.documents.DocumentStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DELETE /api/documents/{id}}: an analyst deletes a document with what it tied to actors,
 * audited; a document above the token's clearance answers 404 exactly like a missing one and stays.
 */
class DocumentDeletionApiTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLEAR = "c".repeat(64);
  private static final String RED = "d".repeat(64);

  @TempDir Path home;
  private Store store;
  private AscribeServer server;
  private ServerFixtures.Tokens tokens;

  @BeforeEach
  void start() throws Exception {
    store = Store.open(home);
    tokens = ServerFixtures.tokens(store);
    DocumentStore docs = new DocumentStore(store);
    docs.add(document(CLEAR), Tlp.CLEAR, List.of(link(CLEAR)));
    docs.add(document(RED), Tlp.RED, List.of(link(RED)));
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
    store.close();
  }

  private static ExtractedDocument document(String sha) {
    return new ExtractedDocument("file-" + sha, sha, "Report " + sha.charAt(0), "2024-01-02", null, "en",
        "Text.", 0, List.of(), List.of(), List.of(), List.of());
  }

  private static CorpusLink link(String sha) {
    return new CorpusLink("intrusion-set--x", EvidenceKind.INDICATOR, "i:203.0.113.7", "203.0.113.7", null,
        new Provenance(sha, "Report", "2024-01-02", CorpusLinkStore.class.getSimpleName(), LinkBasis.DECLARED, 1.0));
  }

  private HttpResponse<String> delete(String token, String id) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents/" + id))
        .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void delete_visibleDocument_removesItAndItsLinks_withAnAuditEntry() throws Exception {
    HttpResponse<String> r = delete(tokens.analyst(), CLEAR.substring(0, 10));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("sha256").asText()).isEqualTo(CLEAR);
    assertThat(body.path("links").asInt()).isEqualTo(1);
    assertThat(new DocumentStore(store).document(CLEAR, Tlp.RED)).isEmpty();
    assertThat(new CorpusLinkStore(store).visible(Tlp.RED)).extracting(l -> l.provenance().document())
        .containsExactly(RED);
    List<String> audit = store.jdbi().withHandle(h -> h.createQuery("select actor || ' ' || action || ' ' || target "
        + "from audit_log where action = 'document.delete'").mapTo(String.class).list());
    assertThat(audit).containsExactly("analyst document.delete document:" + CLEAR);
    assertThat(delete(tokens.analyst(), CLEAR).statusCode()).as("deleted twice").isEqualTo(404);
  }

  @Test
  void delete_documentAboveClearance_answersLikeAMissingOne_andKeepsIt() throws Exception {
    HttpResponse<String> hidden = delete(tokens.analyst(), RED);
    HttpResponse<String> missing = delete(tokens.analyst(), "e".repeat(64));

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body().replace(RED, "ID")).isEqualTo(missing.body().replace("e".repeat(64), "ID"));
    assertThat(new DocumentStore(store).document(RED, Tlp.RED)).isPresent();
    assertThat(delete(tokens.viewer(), CLEAR).statusCode()).as("viewers may not delete").isEqualTo(403);
    assertThat(delete(tokens.admin(), RED).statusCode()).isEqualTo(200);
  }
}
