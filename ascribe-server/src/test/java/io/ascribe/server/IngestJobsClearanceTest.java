package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, server bug 6: an AMBER analyst who uploaded the exact bytes of a RED document got a job
 * saying "unchanged: same bytes already ingested", an oracle for the RED document's existence. The
 * job now reads exactly as for a new document, and the upload is the analyst's own AMBER copy.
 */
class IngestJobsClearanceTest {
  private static final Principal RED_ANALYST = new Principal("red-analyst", Role.ANALYST, Tlp.RED);
  private static final Principal AMBER_ANALYST = new Principal("amber-analyst", Role.ANALYST, Tlp.AMBER);
  private static final byte[] REPORT = ("Partner report\n\nThe intruders staged data on 203.0.113.7 before "
      + "exfiltrating it.\n").getBytes(StandardCharsets.UTF_8);

  @TempDir Path home;

  @Test
  void submit_bytesOfARedDocumentByAnAmberAnalyst_readsAsANewDocumentAndStoresAnAmberCopy() throws Exception {
    try (Store store = Store.open(home); IngestJobs jobs = new IngestJobs(new Services(store))) {
      IngestJobs.JobView red = awaitEnd(jobs, jobs.submit(RED_ANALYST, "partner.txt", REPORT, Tlp.RED, 1_000_000),
          RED_ANALYST);
      IngestJobs.JobView amber = awaitEnd(jobs, jobs.submit(AMBER_ANALYST, "partner.txt", REPORT, Tlp.AMBER, 1_000_000),
          AMBER_ANALYST);

      assertThat(amber.state()).as(String.join("\n", amber.log())).isEqualTo(IngestJobs.State.DONE);
      assertThat(amber.results()).as("the same result as the RED analyst's first upload").isEqualTo(red.results());
      assertThat(amber.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("stored"));
      assertThat(String.join("\n", amber.log())).doesNotContain("RED").doesNotContain("unchanged")
          .doesNotContain("already");
      String sha = amber.results().get(0).sha256();
      Services services = new Services(store);
      assertThat(services.documents().document(sha, Tlp.AMBER))
          .hasValueSatisfying(d -> assertThat(d.header().tlp()).isEqualTo(Tlp.AMBER));

      IngestJobs.JobView again = awaitEnd(jobs, jobs.submit(AMBER_ANALYST, "partner.txt", REPORT, Tlp.AMBER, 1_000_000),
          AMBER_ANALYST);
      assertThat(again.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("unchanged"));
    }
  }

  private static IngestJobs.JobView awaitEnd(IngestJobs jobs, String id, Principal owner) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      IngestJobs.JobView j = jobs.find(id, owner.name()).orElseThrow();
      if (j.state() == IngestJobs.State.DONE || j.state() == IngestJobs.State.FAILED) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not end within two minutes");
  }
}
