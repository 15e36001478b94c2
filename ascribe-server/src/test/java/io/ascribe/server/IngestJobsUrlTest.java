package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.testkit.LoopbackHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting from a URL: the job fetches through the shared fetcher and ends with the stored
 * document; under the public-only policy a loopback URL is refused before any job starts.
 */
class IngestJobsUrlTest {
  private static final Principal ALICE = new Principal("alice", Role.ANALYST, Tlp.AMBER);
  @TempDir Path home;
  @TempDir Path site;

  @Test
  void submitUrl_loopbackAllowed_fetchesAndStoresTheDocumentWithItsTitle() throws Exception {
    Files.writeString(site.resolve("report.html"), "<html><head><title>Fetched report</title></head><body><article>"
        + "<h1>Fetched report</h1><p>The attackers used 203.0.113.7 for command and control.</p></article></body></html>");
    try (Store store = Store.open(home); LoopbackHttpServer http = LoopbackHttpServer.serving(site);
        IngestJobs jobs = new IngestJobs(new Services(store), NetworkPolicy.ALLOW_PRIVATE)) {
      String id = jobs.submitUrl(ALICE, http.url("report.html"), Tlp.GREEN, 1_000_000);
      IngestJobs.JobView job = awaitEnd(jobs, id);
      assertThat(job.state()).as(String.join("\n", job.log())).isEqualTo(IngestJobs.State.DONE);
      assertThat(job.log()).anyMatch(l -> l.startsWith("fetching http://127.0.0.1:"));
      IngestJobs.Result r = job.results().get(0);
      assertThat(r.title()).isEqualTo("Fetched report");
      assertThat(new Services(store).documents().document(r.sha256(), Tlp.GREEN)).isPresent();
      assertThat(jobs.find(List.of(id), "mallory")).isEmpty();
    }
  }

  @Test
  void submitUrl_publicOnly_refusesLoopbackBeforeAnyJob() throws Exception {
    try (Store store = Store.open(home); IngestJobs jobs = new IngestJobs(new Services(store))) {
      assertThatThrownBy(() -> jobs.submitUrl(ALICE, "http://127.0.0.1:8/x", Tlp.CLEAR, 1000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("refused to fetch http://127.0.0.1:8/x: 127.0.0.1 is a private or loopback address (127.0.0.1)");
      assertThatThrownBy(() -> jobs.checkUrl("ftp://example.org/x")).hasMessageContaining("not an http(s) URL");
    }
  }

  private static IngestJobs.JobView awaitEnd(IngestJobs jobs, String id) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      IngestJobs.JobView j = jobs.find(id, "alice").orElseThrow();
      if (j.state() == IngestJobs.State.DONE || j.state() == IngestJobs.State.FAILED) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not end within a minute");
  }
}
