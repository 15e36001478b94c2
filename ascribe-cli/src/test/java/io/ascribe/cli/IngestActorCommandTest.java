package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascribe ingest --actor}: the declared actor is resolved through the knowledge base's names
 * (unknown: usage error; ambiguous: exit 3 naming the candidates, nothing stored), the document's
 * facts then show under the actor in {@code ascribe actor}, and {@code ascribe documents delete}
 * takes them away again.
 */
class IngestActorCommandTest {
  @TempDir Path tmp;

  @Test
  void ingest_declaredActor_tiesTheDocument_andDeletingItUnties() throws Exception {
    String home = tmp.resolve("home").toString();
    CliRun kb = CliRun.run("kb", "import", "--home", home, Fixtures.write(tmp, Fixtures.MINI_ATTACK).toString(),
        Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR).toString());
    assertThat(kb.exitCode()).as(kb.err()).isZero();
    Path report = Files.writeString(tmp.resolve("partner-report.txt"), "Partner report on a recent intrusion\n\n"
        + "The intruders targeted a ministry and deployed KettleRAT on its servers; the implant beaconed to 203.0.113.7 "
        + "every hour until the incident responders isolated the network segment.\n");

    CliRun ambiguous = CliRun.run("ingest", "--home", home, "--no-classifier", "--actor", "Grizzly Name", report.toString());
    CliRun unknown = CliRun.run("ingest", "--home", home, "--no-classifier", "--actor", "Nobody Bear", report.toString());
    assertThat(ambiguous.exitCode()).isEqualTo(3);
    assertThat(ambiguous.err()).contains("--actor: the actor name 'Grizzly Name' is ambiguous", "Beta Bear (",
        "Gamma Bear (");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--actor: no actor named 'Nobody Bear' in the knowledge base");
    assertThat(CliRun.run("actor", "--home", home, "G9001", "--json").json().path("corpus").path("documents"))
        .as("nothing stored by a refused ingest").isEmpty();

    CliRun ingest = CliRun.run("ingest", "--home", home, "--no-classifier", "--actor", "ALPHA-1", report.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("tied to intrusion-set--00000000-0000-4000-8000-000000000101 (declared)");

    JsonNode corpus = CliRun.run("actor", "--home", home, "G9001", "--json").json().path("corpus");
    assertThat(corpus.path("documents")).hasSize(1);
    JsonNode doc = corpus.path("documents").get(0);
    assertThat(doc.path("basis").asText()).isEqualTo("declared");
    assertThat(doc.path("claimant").asText()).isEqualTo("analyst");
    assertThat(corpus.path("facts").findValuesAsText("feature")).contains("i:203.0.113.7", "vs:government");
    CliRun text = CliRun.run("actor", "--home", home, "Alpha Panda");
    assertThat(text.out()).contains("From your corpus (1 document(s))", "Partner report on a recent intrusion",
        "203.0.113.7");

    CliRun delete = CliRun.run("documents", "delete", "--home", home, doc.path("sha256").asText().substring(0, 12));
    assertThat(delete.exitCode()).as(delete.err()).isZero();
    assertThat(delete.out()).contains("deleted", "Partner report on a recent intrusion");
    assertThat(CliRun.run("actor", "--home", home, "G9001", "--json").json().path("corpus").path("documents")).isEmpty();
    CliRun again = CliRun.run("documents", "delete", "--home", home, doc.path("sha256").asText());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("no such document");
  }
}
