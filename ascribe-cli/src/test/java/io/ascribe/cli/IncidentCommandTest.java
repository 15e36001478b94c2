package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascribe incident} end to end on the shared knowledge base: create, add typed and
 * document evidence, attribute twice (the second run reports the change), conclude, show, log.
 */
class IncidentCommandTest {
  @TempDir Path tmp;

  @Test
  void an_incident_goes_from_evidence_to_a_stored_assessment_and_a_conclusion() throws Exception {
    Path report = Files.writeString(tmp.resolve("report-" + System.nanoTime() + ".txt"),
        "Intrusion at a water utility\n\nThe attackers used PowerShell (T1059.001) and the PlugX backdoor, and "
            + "staged data on 203.0.113.7 before exfiltration over HTTPS. " + System.nanoTime() + "\n");
    CliRun ingest = ImportedKnowledgeBase.ascribe("ingest", report.toString(), "--no-classifier", "--json");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    String sha = ingest.json().get(0).path("sha256").asText();

    CliRun create = ImportedKnowledgeBase.ascribe("incident", "create", "--title", "Water utility", "--tlp", "amber",
        "--json");
    assertThat(create.exitCode()).as(create.err()).isZero();
    String id = create.json().path("id").asText();
    assertThat(create.json().path("tlp").asText()).isEqualTo("AMBER");

    CliRun typed = ImportedKnowledgeBase.ascribe("incident", "add", id, "--victim-country", "us", "--language", "zh");
    assertThat(typed.exitCode()).as(typed.err()).isZero();
    CliRun add = ImportedKnowledgeBase.ascribe("incident", "add", id, "--from-document", sha.substring(0, 12), "--json");
    assertThat(add.exitCode()).as(add.err()).isZero();
    JsonNode evidence = add.json().path("evidence");
    assertThat(evidence.toString()).contains("\"value\":\"T1059.001\"", "\"value\":\"S0013\"", "203.0.113.7",
        "\"source\":\"document:" + sha + "\"", "\"value\":\"US\"");

    CliRun first = ImportedKnowledgeBase.ascribe("incident", "attribute", id, "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.json().path("assessment").path("number").asInt()).isEqualTo(1);
    assertThat(first.json().path("change").isNull()).isTrue();
    assertThat(first.json().path("assessment").path("result").path("hypotheses")).isNotEmpty();

    ImportedKnowledgeBase.ascribe("incident", "remove", id, "language", "zh");
    CliRun second = ImportedKnowledgeBase.ascribe("incident", "attribute", id);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("Assessment #2", "Since assessment #1:");

    CliRun stale = ImportedKnowledgeBase.ascribe("incident", "conclude", id, "--conclusion", "x", "--expect-version", "1");
    assertThat(stale.exitCode()).isEqualTo(1);
    assertThat(stale.err()).contains("changed by someone else");
    CliRun conclude = ImportedKnowledgeBase.ascribe("incident", "conclude", id, "--conclusion", "PlugX user, low confidence",
        "--note", "needs malware analysis");
    assertThat(conclude.exitCode()).as(conclude.err()).isZero();

    CliRun show = ImportedKnowledgeBase.ascribe("incident", "show", id);
    assertThat(show.out()).contains("[TLP:AMBER]", "Latest assessment (#2", "Conclusion: PlugX user, low confidence",
        "document:" + sha);
    CliRun log = ImportedKnowledgeBase.ascribe("incident", "log", id, "--json");
    assertThat(log.json().findValuesAsText("action")).containsExactly("incident.create", "incident.evidence.add",
        "incident.document.attach", "incident.evidence.add", "incident.attribute", "incident.evidence.remove",
        "incident.attribute", "incident.conclude");
  }

  @Test
  void one_item_from_a_document_keeps_the_document_as_its_source() throws Exception {
    Path report = Files.writeString(tmp.resolve("one-" + System.nanoTime() + ".txt"),
        "Note\n\nThe actor used PowerShell (T1059.001) and scheduled tasks (T1053.005). " + System.nanoTime() + "\n");
    String sha = ImportedKnowledgeBase.ascribe("ingest", report.toString(), "--no-classifier", "--json").json().get(0)
        .path("sha256").asText();
    String id = ImportedKnowledgeBase.ascribe("incident", "create", "--title", "One item", "--json").json().path("id")
        .asText();
    CliRun add = ImportedKnowledgeBase.ascribe("incident", "add", id, "--from-document", sha, "--technique",
        "T1053.005", "--json");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.json().path("evidence")).hasSize(1);
    assertThat(add.json().at("/evidence/0/source").asText()).isEqualTo("document:" + sha);
    assertThat(add.json().path("documents").get(0).asText()).isEqualTo(sha);
  }

  @Test
  void bad_input_is_named() {
    CliRun missing = ImportedKnowledgeBase.ascribe("incident", "show", "INC-99999");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no incident INC-99999");
    CliRun create = ImportedKnowledgeBase.ascribe("incident", "create", "--title", "x", "--json");
    String id = create.json().path("id").asText();
    CliRun country = ImportedKnowledgeBase.ascribe("incident", "add", id, "--victim-country", "USA");
    assertThat(country.exitCode()).isEqualTo(1);
    assertThat(country.err()).contains("victim_country: 'USA' is not an ISO 3166 alpha-2");
    CliRun nothing = ImportedKnowledgeBase.ascribe("incident", "add", id);
    assertThat(nothing.err()).contains("nothing to add");
    CliRun empty = ImportedKnowledgeBase.ascribe("incident", "attribute", id);
    assertThat(empty.err()).contains("has no evidence yet");
    CliRun tlp = ImportedKnowledgeBase.ascribe("incident", "create", "--title", "x", "--tlp", "purple");
    assertThat(tlp.exitCode()).isNotZero();
    assertThat(tlp.err()).contains("purple");
  }
}
