package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascribe attribute} through the real command line against ATT&CK 18.1 and the MISP clusters
 * in {@code ../shared/data} (skipped, with a message, when that is absent).
 */
class AttributeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static CliRun attribute(String... args) {
    List<String> all = new ArrayList<>(List.of("attribute"));
    all.addAll(List.of(args));
    return ImportedKnowledgeBase.ascribe(all.toArray(String[]::new));
  }

  /** An example under the repository's {@code examples/attribution} (tests run in {@code ascribe-cli}). */
  private static String example(String name) {
    Path p = Path.of("..", "examples", "attribution", name).toAbsolutePath().normalize();
    assertThat(p).as("examples live at the repository root, beside ascribe-cli").isRegularFile();
    return p.toString();
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    return run.json();
  }

  // ---- single case ----------------------------------------------------------------------------

  @Test
  void attribute_livingOffTheLand_ranksVoltTyphoonFirst() {
    JsonNode out = json(attribute(example("living-off-the-land.json"), "--json"));
    JsonNode first = out.path("hypotheses").get(0);
    assertThat(first.path("actor").asText()).as(out.toPrettyString()).isEqualTo("Volt Typhoon");
    assertThat(first.path("attack_id").asText()).isEqualTo("G1017");
    assertThat(first.path("stix_id").asText()).startsWith("intrusion-set--");
    assertThat(out.path("id").asText()).isEqualTo("lotl-critical-infrastructure");
  }

  @Test
  void attribute_json_hasEveryDocumentedField() {
    JsonNode out = json(attribute(example("living-off-the-land.json"), "--json", "--top", "3"));
    assertThat(out.has("id")).isTrue();
    assertThat(out.path("hypotheses").isArray()).isTrue();
    assertThat(out.path("hypotheses").size()).isEqualTo(3);
    double sum = out.path("unknown_probability").asDouble();
    for (JsonNode h : out.path("hypotheses")) {
      for (String field : List.of("actor", "attack_id", "stix_id", "probability", "likelihood", "stix_confidence",
          "evidence", "inconsistent")) {
        assertThat(h.has(field)).as("hypothesis field %s in %s", field, h).isTrue();
      }
      assertThat(h.path("probability").isNumber()).isTrue();
      assertThat(h.path("probability").asDouble()).isBetween(0.0, 1.0);
      assertThat(h.path("likelihood").asText()).isNotBlank();
      assertThat(h.path("stix_confidence").isInt()).isTrue();
      assertThat(h.path("evidence").isArray()).isTrue();
      assertThat(h.path("inconsistent").isArray()).isTrue();
      sum += h.path("probability").asDouble();
      List<JsonNode> notes = new ArrayList<>();
      h.path("evidence").forEach(notes::add);
      h.path("inconsistent").forEach(notes::add);
      for (JsonNode n : notes) {
        for (String field : List.of("kind", "value", "weight", "forgeability", "note")) {
          assertThat(n.has(field)).as("evidence field %s in %s", field, n).isTrue();
        }
        assertThat(n.path("weight").isNumber()).isTrue();
        assertThat(n.path("forgeability").asText()).isIn("low", "medium", "high");
      }
      h.path("inconsistent").forEach(n -> assertThat(n.path("weight").asDouble()).as("%s", n).isNegative());
    }
    assertThat(sum).as("listed probabilities plus unknown_probability").isCloseTo(1.0,
        org.assertj.core.api.Assertions.within(0.01));
    assertThat(out.path("unknown_probability").isNumber()).isTrue();
    JsonNode flag = out.path("false_flag_sensitivity");
    assertThat(flag.isObject()).as(out.toPrettyString()).isTrue();
    assertThat(flag.path("without").isArray()).isTrue();
    assertThat(flag.has("top_actor")).isTrue();
    assertThat(flag.path("probability_shift").isNumber()).isTrue();
    assertThat(out.path("unresolved").isArray()).isTrue();
    JsonNode volt = out.path("hypotheses").get(0);
    List<String> kinds = new ArrayList<>();
    volt.path("evidence").forEach(n -> kinds.add(n.path("kind").asText()));
    assertThat(kinds).contains("technique", "software", "active_period");
  }

  @Test
  void attribute_caseExample_reportsPlugXXUnresolvedAndForgeableFields() {
    JsonNode out = json(attribute(example("case.json"), "--json"));
    assertThat(out.path("id").asText()).isEqualTo("case-1");
    List<String> unresolved = new ArrayList<>();
    out.path("unresolved").forEach(n -> unresolved.add(n.asText()));
    assertThat(unresolved).contains("PlugXX").doesNotContain("PlugX", "Cobalt Strike", "S0154");
    List<String> without = new ArrayList<>();
    out.path("false_flag_sensitivity").path("without").forEach(n -> without.add(n.asText()));
    // the example's indicator is plantable too: infrastructure can be borrowed
    assertThat(without).containsExactlyInAnyOrder("artifacts.languages", "artifacts.utc_offsets", "indicators");
    assertThat(out.path("false_flag_sensitivity").path("top_actor").asText()).isNotBlank();
    assertThat(out.path("false_flag_sensitivity").path("probability_shift").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void attribute_caseExampleFreeText_readsSoftwareAndIndicatorWithTheirSentence() {
    JsonNode out = json(attribute(example("case.json"), "--json"));
    List<String> notes = new ArrayList<>();
    out.path("notes").forEach(n -> notes.add(n.asText()));
    assertThat(notes).anySatisfy(n -> assertThat(n).contains("read from the free text", "ShadowPad (S0596)",
        "Mimikatz (S0002)", "update-cdn.example.net"));
    List<JsonNode> shadowPad = new ArrayList<>();
    out.path("hypotheses").forEach(h -> {
      h.path("evidence").forEach(e -> {
        if (e.path("value").asText().equals("ShadowPad (S0596)")) {
          shadowPad.add(e);
        }
      });
    });
    assertThat(shadowPad).as(out.toPrettyString()).isNotEmpty().allSatisfy(e -> assertThat(e.path("note").asText())
        .contains("read from the free text: \"Once the attachment was opened"));
  }

  @Test
  void attribute_text_showsTableHeaderAndWhyTheTopActor() {
    CliRun run = attribute(example("living-off-the-land.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern(
        Pattern.compile("(?m)^rank\\s+actor\\s+ATT&CK\\s+prob\\s+likelihood\\s+STIX conf\\.$"));
    assertThat(run.out()).contains("Case lotl-critical-infrastructure", "Why Volt Typhoon:", "unknown actor");
    assertThat(run.out()).containsPattern(Pattern.compile("(?m)^1\\s+Volt Typhoon\\s+G1017\\s"));
  }

  @Test
  void attribute_caseExampleText_showsFalseFlagCheckAndUnresolved() {
    CliRun run = attribute(example("case.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("False-flag check: without artifacts.languages, artifacts.utc_offsets");
    assertThat(run.out()).containsPattern("(?m)^Unresolved \\(not in the knowledge base\\): .*PlugXX");
  }

  @Test
  void attribute_stixBundle_isAttributed() throws Exception {
    String bundle = """
        {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000001", "objects": [
          {"type": "report", "spec_version": "2.1", "id": "report--6a5d1c5e-0000-4000-8000-000000000002",
           "published": "2023-06-01T00:00:00Z", "object_refs": [
             "attack-pattern--6a5d1c5e-0000-4000-8000-000000000003", "tool--6a5d1c5e-0000-4000-8000-000000000004"]},
          {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--6a5d1c5e-0000-4000-8000-000000000003",
           "name": "NTDS", "external_references": [{"source_name": "mitre-attack", "external_id": "T1003.003"}]},
          {"type": "tool", "spec_version": "2.1", "id": "tool--6a5d1c5e-0000-4000-8000-000000000004",
           "name": "Impacket", "external_references": [{"source_name": "mitre-attack", "external_id": "S0357"}]}
        ]}
        """;
    Path file = Files.writeString(tmp.resolve("report.json"), bundle, StandardCharsets.UTF_8);
    JsonNode out = json(attribute(file.toString(), "--json"));
    assertThat(out.path("id").asText()).isEqualTo("report--6a5d1c5e-0000-4000-8000-000000000002");
    assertThat(out.path("hypotheses").size()).isEqualTo(5);
    assertThat(out.path("unresolved").size()).isZero();
  }

  // ---- batch ----------------------------------------------------------------------------------

  private Path batchFile() throws Exception {
    return Files.writeString(tmp.resolve("cases.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"techniques\": [\"T1003.003\", \"T1047\", \"T1059.003\", \"T1090\"], \"software\": [\"FRP\", \"Impacket\"]}",
        "not json at all",
        "{\"id\": \"c\", \"techniques\": \"T1059\"}",
        "{\"id\": \"d\", \"software\": [\"Mimikatz\"]}") + "\n", StandardCharsets.UTF_8);
  }

  private static void assertBatchOutput(List<String> lines, Path in) throws Exception {
    assertThat(lines).hasSize(4);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.path("id").asText()).isEqualTo("a");
    assertThat(first.path("hypotheses").size()).isPositive();
    JsonNode notJson = JSON.readTree(lines.get(1));
    assertThat(notJson.path("line").asInt()).isEqualTo(2);
    assertThat(notJson.path("error").asText()).startsWith(in + ":2: line 1, column ").contains("not valid JSON");
    assertThat(notJson.size()).isEqualTo(2);
    JsonNode wrongType = JSON.readTree(lines.get(2));
    assertThat(wrongType.path("line").asInt()).isEqualTo(3);
    assertThat(wrongType.path("error").asText())
        .isEqualTo(in + ":3: techniques: expected an array of strings, got a string");
    assertThat(wrongType.size()).isEqualTo(2);
    JsonNode last = JSON.readTree(lines.get(3));
    assertThat(last.path("id").asText()).isEqualTo("d");
    assertThat(last.path("hypotheses").size()).isPositive();
  }

  @Test
  void attribute_batchWithBadLines_reportsEachInPlaceAndExitsOne() throws Exception {
    Path in = batchFile();
    CliRun run = attribute("--batch", in.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertBatchOutput(run.out().lines().toList(), in);
    assertThat(run.err()).contains("4 lines, 2 failed");
  }

  @Test
  void attribute_batchWithOut_writesResultsToTheFile() throws Exception {
    Path in = batchFile();
    Path out = tmp.resolve("results.jsonl");
    CliRun run = attribute("--batch", in.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertBatchOutput(Files.readAllLines(out, StandardCharsets.UTF_8), in);
  }

  @Test
  void attribute_batchAllGood_exitsZero() throws Exception {
    Path in = Files.writeString(tmp.resolve("good.jsonl"),
        "{\"id\": \"x\", \"software\": [\"Mimikatz\"]}\n\n{\"id\": \"y\", \"techniques\": [\"T1047\"]}\n",
        StandardCharsets.UTF_8);
    CliRun run = attribute("--batch", in.toString(), "--top", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0)).path("id").asText()).isEqualTo("x");
    assertThat(JSON.readTree(lines.get(1)).path("hypotheses").size()).isEqualTo(2);
  }

  @Test
  void attribute_batchStixLineWithShortPublishedDate_reportedInPlaceAndBatchContinues() throws Exception {
    Path in = Files.writeString(tmp.resolve("stix.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"software\": [\"Mimikatz\"]}",
        "{\"type\": \"bundle\", \"objects\": [{\"type\": \"report\", \"id\": \"report--1\", \"published\": \"2024\","
            + " \"object_refs\": []}]}",
        "{\"id\": \"c\", \"software\": [\"Mimikatz\"]}") + "\n", StandardCharsets.UTF_8);
    CliRun run = attribute("--batch", in.toString(), "--top", "1");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).as(run.err()).hasSize(3);
    JsonNode bad = JSON.readTree(lines.get(1));
    assertThat(bad.path("line").asInt()).isEqualTo(2);
    assertThat(bad.path("error").asText()).startsWith(in + ":2: published: ");
    assertThat(JSON.readTree(lines.get(2)).path("id").asText()).isEqualTo("c");
  }

  // ---- model cache ----------------------------------------------------------------------------

  @Test
  void attribute_secondRun_reusesTheCachedModel() throws Exception {
    Files.deleteIfExists(ImportedKnowledgeBase.home().resolve("models").resolve("attribution.json"));
    CliRun first = attribute(example("living-off-the-land.json"), "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("Learned the model's weights");
    assertThat(ImportedKnowledgeBase.home().resolve("models").resolve("attribution.json")).isRegularFile();
    CliRun second = attribute(example("living-off-the-land.json"), "--json");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("Learned the model's weights");
    assertThat(second.json()).isEqualTo(first.json());
  }

  /**
   * Weights cached before the ranker had a calibration (no {@code calibration} field) would
   * deserialise with none; they are retrained instead of being used or failing.
   */
  @Test
  void attribute_cacheWithoutCalibration_isRetrained() throws Exception {
    Path cache = ImportedKnowledgeBase.home().resolve("models").resolve("attribution.json");
    CliRun first = attribute(example("living-off-the-land.json"), "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode cached = mapper.readTree(cache.toFile());
    ((ObjectNode) cached.get("ranker")).remove("calibration");
    mapper.writeValue(cache.toFile(), cached);
    CliRun again = attribute(example("living-off-the-land.json"), "--json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("Learned the model's weights");
    assertThat(mapper.readTree(cache.toFile()).path("ranker").path("calibration").path("softwareTemperatures").isArray())
        .isTrue();
    assertThat(again.json()).isEqualTo(first.json());
  }

  // ---- usage errors ---------------------------------------------------------------------------

  @Test
  void attribute_missingFile_exitsOneWithNoSuchFile() {
    Path missing = tmp.resolve("nope.json");
    CliRun run = attribute(missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: " + missing + ": no such file");
    CliRun batch = attribute("--batch", missing.toString());
    assertThat(batch.exitCode()).isEqualTo(1);
    assertThat(batch.err()).contains("error: " + missing + ": no such file");
  }

  @Test
  void attribute_neitherFileNorBatch_exitsOneWithClearMessage() throws Exception {
    CliRun run = attribute();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: give either FILE or --batch IN.jsonl");
    CliRun both = attribute(example("case.json"), "--batch", batchFile().toString());
    assertThat(both.exitCode()).isEqualTo(1);
    assertThat(both.err()).contains("error: give either FILE or --batch IN.jsonl");
  }

  @Test
  void attribute_badEvidenceFile_exitsOneNamingFileAndField() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"victims\": [\"US\"]}", StandardCharsets.UTF_8);
    CliRun run = attribute(bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: " + bad + ": victims: expected an object, got an array");
  }

  @Test
  void attribute_topZero_exitsOne() {
    CliRun run = attribute(example("case.json"), "--top", "0");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: --top must be at least 1, got 0");
  }

  @Test
  void attribute_outWithoutBatch_exitsOne() {
    CliRun run = attribute(example("case.json"), "--out", tmp.resolve("x.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: --out only applies with --batch");
  }
}
