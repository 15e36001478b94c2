package io.ascribe.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.PublicUrl;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, server bug 5: TAXII discovery built {@code default} and {@code api_roots} from the
 * request's {@code Host} header, so {@code Host: evil.example} pointed clients at another server.
 * They now come from the server's public URL ({@code serve --public-url}, else where it listens).
 */
class TaxiiDiscoveryHostTest {
  @TempDir static Path home;
  static Store store;
  static AscribeServer listening;
  static AscribeServer proxied;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    token = new TokenStore(store).create("viewer", Role.VIEWER, Tlp.GREEN, "test").secret();
    Services services = new Services(store);
    listening = new AscribeServer(services, AscribeServer.Settings.defaults()).start("127.0.0.1", 0);
    proxied = new AscribeServer(services, AscribeServer.Settings.defaults()
        .withPublicUrl(new PublicUrl("HTTPS://Intel.Example.org/ascribe/"))).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    listening.stop();
    proxied.stop();
    store.close();
  }

  /** The body of {@code GET /taxii2/} sent with {@code host} as the Host header (HttpClient may not set it). */
  private static String discovery(AscribeServer server, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET /taxii2/ HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
          + "\r\nAccept: application/taxii+json;version=2.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try (InputStream in = s.getInputStream()) {
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(response).startsWith("HTTP/1.1 200");
        return response.substring(response.indexOf("\r\n\r\n") + 4);
      }
    }
  }

  @Test
  void discovery_hostileHostHeader_isNotEchoed() throws Exception {
    String body = discovery(listening, "evil.example");

    assertThat(body).doesNotContain("evil.example");
    JsonNode d = new ObjectMapper().readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
    String root = "http://127.0.0.1:" + listening.port() + "/taxii2/api/";
    assertThat(d.path("default").asText()).isEqualTo(root);
    assertThat(d.path("api_roots")).extracting(JsonNode::asText).containsExactly(root);
  }

  @Test
  void discovery_withPublicUrl_namesTheApiRootUnderIt() throws Exception {
    String body = discovery(proxied, "evil.example:8443");

    assertThat(body).doesNotContain("evil.example").doesNotContain("127.0.0.1");
    JsonNode d = new ObjectMapper().readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
    assertThat(d.path("api_roots")).extracting(JsonNode::asText)
        .containsExactly("https://intel.example.org/ascribe/taxii2/api/");
  }
}
