package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.digest.Sha256;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: random binary bytes uploaded through {@code POST /api/documents} were stored as a
 * document with no title and language "und". The job now fails, its log naming the file and the
 * reason, and nothing is stored.
 */
class BinaryUploadTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String analyst;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
    analyst = new TokenStore(store).create("analyst", Role.ANALYST, Tlp.AMBER, "test").secret();
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(1_000_000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  @Test
  void uploadOfRandomBytes_jobFailsNamingTheFile_nothingStored() throws Exception {
    byte[] junk = new byte[4096];
    new Random(16).nextBytes(junk);

    JsonNode job = finished(upload("capture.txt", junk));

    assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("FAILED");
    assertThat(job.path("results")).isEmpty();
    assertThat(job.path("log").toString())
        .contains("failed: upload:capture.txt: not a text, HTML, PDF or WARC document (");
    assertThat(new DocumentStore(store).storedMarking(Sha256.of(junk), Tlp.RED)).isEmpty();
  }

  @Test
  void uploadOfText_stillStored() throws Exception {
    JsonNode job = finished(upload("note.txt",
        "Intrusion note\n\nThe attackers staged data on 203.0.113.9, officials said.\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
    assertThat(job.path("results").get(0).path("status").asText()).isEqualTo("stored");
  }

  private static JsonNode finished(String status) throws Exception {
    JsonNode job = null;
    for (int i = 0; i < 600; i++) {
      job = get(status);
      if (job.path("state").asText().matches("DONE|FAILED")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish: " + job);
  }

  private static JsonNode get(String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + analyst).build();
    return JSON.readTree(HTTP.send(r, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Uploads one file as multipart form data; returns the job's status path. */
  private static String upload(String fileName, byte[] content) throws Exception {
    String boundary = "ascribe-binary-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
        .header("Authorization", "Bearer " + analyst).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).path("status").asText();
  }
}
