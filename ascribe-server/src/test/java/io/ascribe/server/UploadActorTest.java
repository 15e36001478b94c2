package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload may name the actor its documents are about (field {@code actor}): the job ties their
 * facts to that actor; an unknown or ambiguous name is refused with a 400 naming the field.
 */
class UploadActorTest {
  private static final Principal ANALYST = new Principal("analyst", Role.ANALYST, Tlp.AMBER);
  private static final String BETA = "intrusion-set--00000000-0000-4000-8000-000000000102";
  private static final byte[] REPORT = ("Partner report\n\nThe intruders deployed KettleRAT, which beaconed to "
      + "203.0.113.7 every hour until the responders isolated the network.\n").getBytes(StandardCharsets.UTF_8);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path home;

  @Test
  void submit_declaredActor_tiesTheDocumentsFactsToIt() throws Exception {
    try (Store store = Store.open(home)) {
      ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK),
          Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
      Services services = new Services(store);
      try (IngestJobs jobs = new IngestJobs(services)) {
        String beta = jobs.declaredActor("G9002");
        IngestJobs.JobView job = awaitEnd(jobs, jobs.submit(ANALYST, "partner.txt", REPORT, Tlp.AMBER, beta, 1_000_000));

        assertThat(job.state()).as(String.join("\n", job.log())).isEqualTo(IngestJobs.State.DONE);
        List<CorpusLink> links = services.corpusLinks().visible(Tlp.AMBER);
        assertThat(links).isNotEmpty().allSatisfy(l -> {
          assertThat(l.actorKey()).isEqualTo(BETA);
          assertThat(l.provenance().basis()).isEqualTo(LinkBasis.DECLARED);
        });
        assertThat(services.corpusLinks().visible(Tlp.GREEN)).as("an AMBER upload is not seen at GREEN").isEmpty();
      }
    }
  }

  @Test
  void upload_ambiguousActor_isA400NamingTheFieldAndTheCandidates() throws Exception {
    try (Store store = Store.open(home)) {
      ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK),
          Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
      String analyst = ServerFixtures.tokens(store).analyst();
      AscribeServer server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000)).start("127.0.0.1", 0);
      try {
        String form = "text=" + URLEncoder.encode("Pasted report.", StandardCharsets.UTF_8) + "&actor="
            + URLEncoder.encode("Grizzly Name", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/documents")).header("Authorization", "Bearer " + analyst)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        var error = new ObjectMapper().readTree(r.body()).path("error");
        assertThat(error.path("field").asText()).isEqualTo("actor");
        assertThat(error.toString()).contains("ambiguous", "Beta Bear", "Gamma Bear");
      } finally {
        server.stop();
      }
    }
  }

  private static IngestJobs.JobView awaitEnd(IngestJobs jobs, String id) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      IngestJobs.JobView j = jobs.find(id, ANALYST.name()).orElseThrow();
      if (j.state() == IngestJobs.State.DONE || j.state() == IngestJobs.State.FAILED) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not end within two minutes");
  }
}
