package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.search.SearchIndex;
import io.ascribe.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of ingesting uploads restarts with a consistent
 * store: every stored document is whole, none is half stored, and the restarted server indexes
 * what the killed one had stored but not yet indexed.
 */
class ServerKillTest {
  private static final int UPLOADS = 200;
  @TempDir Path home;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ObjectMapper json = new ObjectMapper();

  /** Upload {@code i}: about 60 KB of prose with two indicators and one attribution claim. */
  static String document(int i) {
    StringBuilder s = new StringBuilder("Report " + i + " on an intrusion\n\n");
    s.append("The United States attributed intrusion number ").append(i)
        .append(" to China on Tuesday, officials said. The intruders staged data on 198.51.100.")
        .append(i % 250).append(" and on host").append(i).append(".example.com.\n\n");
    for (int p = 0; p < 120; p++) {
      s.append("Paragraph ").append(p).append(" of report ").append(i)
          .append(" describes how the operators moved through the network, collected archives and waited for ")
          .append("the right moment to leave, as analysts wrote in their assessment of the campaign.\n\n");
    }
    return s.toString();
  }

  @Test
  void a_server_killed_during_ingest_restarts_with_whole_documents_only() throws Exception {
    String token;
    try (Store store = Store.open(home)) {
      ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
      token = new TokenStore(store).create("uploader", Role.ANALYST, Tlp.AMBER, "test").secret();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), ServerMain.class.getName(), home.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> jobs = new ArrayList<>();
    int done = 0;
    JsonNode first = null;
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as("the child server's first line").startsWith("port ");
      Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
      String base = "http://127.0.0.1:" + line.substring(5);
      for (int i = 0; i < UPLOADS; i++) {
        jobs.add(upload(base, token, "report-" + i + ".txt", document(i)));
      }
      for (int poll = 0; poll < 600 && done < 20; poll++) {
        done = 0;
        for (String job : jobs.subList(0, 40)) {
          JsonNode j = get(base + "/api/jobs/" + job, token);
          first = first == null || job.equals(jobs.get(0)) ? j : first;
          done += j.path("state").asText().equals("DONE") ? 1 : 0;
        }
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(done).as("uploads the server had finished before it was killed; the first job: " + first)
        .isGreaterThanOrEqualTo(20);

    try (Store store = Store.open(home)) {
      long documents = count(store, "select count(*) from doc_document");
      assertThat(documents).isGreaterThanOrEqualTo(done).isLessThan(UPLOADS);
      assertThat(count(store, "select count(*) from doc_indicator")).isEqualTo(2 * documents);
      assertThat(count(store, "select count(*) from doc_document d where not exists "
          + "(select 1 from claim c where c.document_id = d.id)")).isZero();
      assertThat(count(store, "select count(*) from claim c where not exists "
          + "(select 1 from doc_document d where d.id = c.document_id)")).isZero();

      Services services = new Services(store);
      IngestJobs restarted = new IngestJobs(services);
      SearchIndex index = services.search();
      for (int i = 0; i < 200 && index.documentIds().size() < documents; i++) {
        Thread.sleep(50);
      }
      restarted.close();
      assertThat(index.documentIds()).hasSize((int) documents);
      index.close();
    }
  }

  private String upload(String base, String token, String name, String content) throws Exception {
    String boundary = "kill-test-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return json.readTree(r.body()).path("job").asText();
  }

  private JsonNode get(String url, String token) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .build(), HttpResponse.BodyHandlers.ofString());
    return json.readTree(r.body());
  }

  private static long count(Store store, String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
