package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe extract} through the command line, on the seed pages and on small documents. */
class ExtractCommandTest {
  @TempDir Path tmp;

  @Test
  void extract_seedPage_jsonHasTheIssueFieldsAndNamesVoltTyphoon() throws Exception {
    Path seed = SharedData.seed("000_4e465635380c1327.txt");
    CliRun run = ImportedKnowledgeBase.ascribe("extract", seed.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode d = run.json();
    for (String field : new String[] {"source", "sha256", "title", "published", "publisher", "language", "text",
        "boilerplate_chars_removed", "indicators", "techniques", "entities", "claims"}) {
      assertThat(d.has(field)).as(field).isTrue();
    }
    assertThat(d.path("publisher").asText()).isEqualTo("Xinhua News Agency");
    boolean volt = false;
    for (JsonNode e : d.path("entities")) {
      volt |= e.path("attack_id").asText().equals("G1017");
    }
    assertThat(volt).as(d.path("entities").toString()).isTrue();
    JsonNode claim = d.path("claims").get(0);
    for (String field : new String[] {"type", "form", "claimant", "claimant_country", "accused", "accused_country",
        "threat_actor", "target", "date", "evidence"}) {
      assertThat(claim.has(field)).as(field).isTrue();
    }
  }

  @Test
  void extract_severalInputs_jsonlPrintsOneObjectPerInputInOrder() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), "Analysts saw traffic to hxxp://evil[.]example[.]com/x and 203.0.113.7 "
        + "from a host running PowerShell (T1059.001). The file update.exe was dropped.");
    Path b = Files.writeString(tmp.resolve("b.html"), "<html><head><title>Short note</title></head><body><article><p>"
        + "The FBI accused North Korea of the Sony Pictures hack, officials said on Friday in a statement.</p></article></body></html>");
    CliRun run = ImportedKnowledgeBase.ascribe("extract", a.toString(), b.toString(), "--jsonl");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper m = new ObjectMapper();
    JsonNode first = m.readTree(lines[0]);
    assertThat(first.path("source").asText()).isEqualTo(a.toString());
    assertThat(first.path("indicators").toString()).contains("evil.example.com", "203.0.113.7", "\"defanged\":true")
        .doesNotContain("update.exe");
    assertThat(first.path("techniques").get(0).path("id").asText()).isEqualTo("T1059.001");
    JsonNode second = m.readTree(lines[1]);
    assertThat(second.path("title").asText()).isEqualTo("Short note");
    assertThat(second.path("claims").get(0).path("claimant_country").asText()).isEqualTo("US");
    assertThat(second.path("claims").get(0).path("accused_country").asText()).isEqualTo("KP");
  }

  @Test
  void extract_missingFileOrBrokenPdf_failsNamingIt_andGoesOnWithTheNextInput() throws Exception {
    CliRun missing = ImportedKnowledgeBase.ascribe("extract", tmp.resolve("nope.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt: no such file");
    Path pdf = Files.writeString(tmp.resolve("report.pdf"), "%PDF-1.7\nthis is not really a PDF\n");
    Path good = Files.writeString(tmp.resolve("good.txt"), "A short note about PowerShell (T1059.001).");
    CliRun run = ImportedKnowledgeBase.ascribe("extract", pdf.toString(), good.toString(), "--jsonl");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("report.pdf");
    assertThat(run.out().lines().toList()).hasSize(1).first().asString().contains("T1059.001");
  }
}
