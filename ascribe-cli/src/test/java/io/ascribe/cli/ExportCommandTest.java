package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe export} on the shared knowledge base: files written whole, marked data only with --tlp. */
class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void an_actor_exports_as_a_bundle_with_its_intrusion_set() throws Exception {
    Path out = tmp.resolve("volt.json");
    CliRun run = ImportedKnowledgeBase.ascribe("export", "actor", "Vanguard Panda", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode bundle = new ObjectMapper().readTree(Files.readString(out));
    assertThat(bundle.path("type").asText()).isEqualTo("bundle");
    assertThat(bundle.path("objects").findValuesAsText("name")).contains("Volt Typhoon");
  }

  @Test
  void marked_exports_need_a_clearance_and_respect_it() throws Exception {
    CliRun noTlp = ImportedKnowledgeBase.ascribe("export", "claims");
    assertThat(noTlp.exitCode()).isNotZero();
    assertThat(noTlp.err()).contains("--tlp");
    String id = ImportedKnowledgeBase.ascribe("incident", "create", "--title", "Export test", "--tlp", "RED", "--json")
        .json().path("id").asText();
    CliRun hidden = ImportedKnowledgeBase.ascribe("export", "incident", id, "--tlp", "AMBER");
    assertThat(hidden.exitCode()).isEqualTo(1);
    assertThat(hidden.err()).contains("no incident " + id);
    CliRun shown = ImportedKnowledgeBase.ascribe("export", "incident", id, "--tlp", "RED");
    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("Export test", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
  }
}
