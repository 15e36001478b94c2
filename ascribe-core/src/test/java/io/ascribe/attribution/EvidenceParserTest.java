package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Evidence documents, good and bad: every problem names the source and the field path. */
class EvidenceParserTest {
  private static final String SOURCE = "case.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final EvidenceParser parser = new EvidenceParser();

  private AbstractThrowableAssert<?, ? extends Throwable> parsing(String json) {
    return assertThatThrownBy(() -> parser.parse(json, SOURCE)).isInstanceOf(EvidenceException.class);
  }

  private static Path example(String name) {
    Path p = Path.of("..", "examples", "attribution", name);
    assertThat(p).as("run from the module directory; examples live at the repository root").exists();
    return p;
  }

  // ---- bad documents -------------------------------------------------------------------------

  @Test
  void parse_emptyDocument_failsNamingSource() {
    parsing("").hasMessage("case.json: empty evidence document");
    assertThatThrownBy(() -> parser.parse((String) null, SOURCE)).hasMessage("case.json: empty evidence document");
  }

  @Test
  void parse_whitespaceOnly_failsAsEmpty() {
    parsing(" \n\t\r\n  ").hasMessage("case.json: empty evidence document");
  }

  @Test
  void parse_jsonNullTree_failsAsEmpty() {
    assertThatThrownBy(() -> parser.parse(MAPPER.nullNode(), SOURCE))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("case.json: empty evidence document");
    parsing("null").hasMessage("case.json: empty evidence document");
  }

  @Test
  void parse_arrayInsteadOfObject_failsNamingTheType() {
    parsing("[{\"techniques\": [\"T1059\"]}]").hasMessage("case.json: expected a JSON object, got an array");
    parsing("\"T1059\"").hasMessage("case.json: expected a JSON object, got a string");
    parsing("42").hasMessage("case.json: expected a JSON object, got a number");
  }

  @Test
  void parse_techniquesAsString_failsAtTechniques() {
    parsing("{\"techniques\": \"T1059\"}").hasMessage("case.json: techniques: expected an array of strings, got a string");
  }

  @Test
  void parse_techniqueItemIsNumber_failsAtItsIndex() {
    parsing("{\"techniques\": [\"T1059\", 1059]}").hasMessage("case.json: techniques[1]: expected a string, got a number");
  }

  @Test
  void parse_emptyStringItem_failsAtItsIndex() {
    parsing("{\"software\": [\"PlugX\", \"  \"]}").hasMessage("case.json: software[1]: empty string");
  }

  @Test
  void parse_victimsAsArray_failsAtVictims() {
    parsing("{\"victims\": [\"US\"]}").hasMessage("case.json: victims: expected an object, got an array");
  }

  @Test
  void parse_victimCountriesItemIsObject_failsAtNestedPath() {
    parsing("{\"victims\": {\"countries\": [\"US\", {\"name\": \"TW\"}]}}")
        .hasMessage("case.json: victims.countries[1]: expected a string, got an object");
  }

  @Test
  void parse_idNotAString_failsAtId() {
    parsing("{\"id\": 17}").hasMessage("case.json: id: expected a string, got a number");
  }

  @Test
  void parse_observedFromNotADate_failsAtObservedFrom() {
    parsing("{\"observed\": {\"from\": \"last spring\"}}")
        .hasMessage("case.json: observed.from: expected a date (YYYY-MM-DD), got 'last spring'");
    parsing("{\"observed\": {\"from\": \"2024-02-30\"}}")
        .hasMessage("case.json: observed.from: expected a date (YYYY-MM-DD), got '2024-02-30'");
    parsing("{\"observed\": {\"from\": 20240110}}")
        .hasMessage("case.json: observed.from: expected a date (YYYY-MM-DD), got a number");
  }

  @Test
  void parse_utcOffsetOutOfRange_failsAtItsIndex() {
    parsing("{\"artifacts\": {\"utc_offsets\": [99]}}")
        .hasMessage("case.json: artifacts.utc_offsets[0]: expected a UTC offset in hours between -12 and 14, got 99");
    parsing("{\"artifacts\": {\"utc_offsets\": [8, -12.5]}}")
        .hasMessage("case.json: artifacts.utc_offsets[1]: expected a UTC offset in hours between -12 and 14, got -12.5");
    parsing("{\"artifacts\": {\"utc_offsets\": [\"+8\"]}}")
        .hasMessage("case.json: artifacts.utc_offsets[0]: expected a UTC offset in hours between -12 and 14, got \"+8\"");
    parsing("{\"artifacts\": {\"utc_offsets\": 8}}")
        .hasMessage("case.json: artifacts.utc_offsets: expected an array of numbers, got a number");
  }

  @Test
  void parse_utcOffsetRangeEnds_areAccepted() throws EvidenceException {
    Evidence e = parser.parse("{\"artifacts\": {\"utc_offsets\": [-12, 14, 5.5]}}", SOURCE);
    assertThat(e.utcOffsets()).containsExactly(-12.0, 14.0, 5.5);
  }

  @Test
  void parse_malformedTechniqueId_failsNamingTheExpectedForm() {
    parsing("{\"techniques\": [\"T12\"]}")
        .hasMessage("case.json: techniques[0]: 'T12' is not an ATT&CK technique id (expected T1234 or T1234.567)");
    parsing("{\"techniques\": [\"T1059.001\", \"T1059.1\"]}")
        .hasMessage("case.json: techniques[1]: 'T1059.1' is not an ATT&CK technique id (expected T1234 or T1234.567)");
  }

  @Test
  void parse_techniqueIdInLowerCaseOrNamed_isAccepted() throws EvidenceException {
    Evidence e = parser.parse("{\"techniques\": [\"t1059.001\", \"Spearphishing Link\", \" T1003 \"]}", SOURCE);
    assertThat(e.techniques()).containsExactly("t1059.001", "Spearphishing Link", "T1003");
  }

  @Test
  void parse_unknownTopLevelField_failsListingTheKnownOnes() {
    parsing("{\"techniqes\": [\"T1059\"]}")
        .hasMessage("case.json: techniqes: unknown field (expected one of artifacts, id, indicators, observed, "
            + "software, techniques, text, victims)");
  }

  @Test
  void parse_unknownNestedField_failsAtItsPath() {
    // a typo one level down ("country" for "countries", "form" for "from") must not silently drop evidence
    parsing("{\"victims\": {\"country\": [\"US\"]}}").hasMessageStartingWith("case.json: victims.country: unknown field");
    parsing("{\"observed\": {\"form\": \"2024-01-10\"}}").hasMessageStartingWith("case.json: observed.form: unknown field");
    parsing("{\"artifacts\": {\"language\": [\"zh\"]}}")
        .hasMessageStartingWith("case.json: artifacts.language: unknown field");
  }

  @Test
  void parse_hundredThousandTechniques_failsFastWithLimit() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode techniques = root.putArray("techniques");
    // item 0 is not even a string: the size limit must be checked before any item is looked at
    techniques.add(1059);
    for (int i = 1; i < 100_000; i++) {
      techniques.add(String.format("T%04d", i % 10_000));
    }
    parsing(root.toString())
        .hasMessage("case.json: techniques: 100000 items; at most 10000 are accepted")
        .hasMessageContaining("at most 10000");
  }

  @Test
  void parse_hundredThousandUtcOffsets_failsWithLimit() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode offsets = root.putObject("artifacts").putArray("utc_offsets");
    offsets.add(99);
    for (int i = 1; i < 100_000; i++) {
      offsets.add(8);
    }
    parsing(root.toString()).hasMessage("case.json: artifacts.utc_offsets: 100000 items; at most 10000 are accepted");
  }

  @Test
  void parse_exactlyTheLimit_isAccepted() throws EvidenceException {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode indicators = root.putArray("indicators");
    for (int i = 0; i < EvidenceParser.MAX_ITEMS; i++) {
      indicators.add("198.51.100." + (i % 256));
    }
    assertThat(parser.parse(root.toString(), SOURCE).indicators()).hasSize(EvidenceParser.MAX_ITEMS);
    indicators.add("203.0.113.7");
    parsing(root.toString()).hasMessage("case.json: indicators: 10001 items; at most 10000 are accepted");
  }

  @Test
  void parse_observedToBeforeFrom_failsAtObservedTo() {
    parsing("{\"observed\": {\"from\": \"2024-03-01\", \"to\": \"2024-01-10\"}}")
        .hasMessage("case.json: observed.to: 'to' (2024-01-10) is before 'from' (2024-03-01)");
  }

  @Test
  void parse_malformedJson_failsWithLineAndColumn() {
    String json = "{\n  \"id\": \"x\",\n  \"techniques\": [\"T1059\" \"T1003\"]\n}";
    parsing(json).hasMessage("case.json: line 3, column 26: not valid JSON: "
        + "Unexpected character ('\"' (code 34)): was expecting comma to separate Array entries");
  }

  @Test
  void parse_truncatedJson_failsWithLineAndColumn() {
    parsing("{\"techniques\": [\"T1059\"").hasMessageStartingWith("case.json: line 1, column ")
        .hasMessageContaining("not valid JSON: ");
  }

  // ---- good documents ------------------------------------------------------------------------

  @Test
  void parse_emptyObject_everyFieldOptional() throws EvidenceException {
    Evidence e = parser.parse("{}", SOURCE);
    assertThat(e).isEqualTo(new Evidence(null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), List.of(), null));
  }

  @Test
  void parse_nullFields_areTreatedAsAbsent() throws EvidenceException {
    Evidence e = parser.parse("{\"id\": null, \"techniques\": null, \"victims\": null, \"observed\": {\"from\": null},"
        + " \"artifacts\": {\"utc_offsets\": null}}", SOURCE);
    assertThat(e).isEqualTo(new Evidence(null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), List.of(), null));
  }

  @Test
  void parse_textOverTheLimit_failsNamingTheField() {
    String json = "{\"text\": \"" + "a".repeat(EvidenceParser.MAX_TEXT_CHARS + 1) + "\"}";
    assertThatThrownBy(() -> parser.parse(json, "big.json"))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("big.json")
        .hasMessageContaining("text")
        .hasMessageContaining("at most " + EvidenceParser.MAX_TEXT_CHARS);
  }

  @Test
  void parse_caseExample_readsEveryField() throws Exception {
    Path p = example("case.json");
    Evidence e = parser.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    assertThat(e.id()).isEqualTo("case-1");
    assertThat(e.techniques()).containsExactly("T1566.001", "T1059.001", "Spearphishing Link", "T1003.001", "T1071.001");
    assertThat(e.software()).containsExactly("S0154", "Cobalt Strike", "PlugX", "PlugXX");
    assertThat(e.indicators()).containsExactly("203.0.113.7", "evil.example.com", "44d88612fea8a8f36de82e1278abb02f");
    assertThat(e.victimCountries()).containsExactly("US", "TW");
    assertThat(e.victimSectors()).containsExactly("Government", "Telecommunications");
    assertThat(e.observedFrom()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(e.observedTo()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(e.languages()).containsExactly("zh");
    assertThat(e.utcOffsets()).containsExactly(8.0);
    assertThat(e.text()).startsWith("Once the attachment was opened");
  }

  @Test
  void parse_livingOffTheLandExample_parses() throws Exception {
    Path p = example("living-off-the-land.json");
    Evidence e = parser.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    assertThat(e.id()).isEqualTo("lotl-critical-infrastructure");
    assertThat(e.techniques()).hasSize(8);
    assertThat(e.software()).containsExactly("Impacket", "netsh", "Tasklist", "FRP");
    assertThat(e.languages()).isEmpty();
    assertThat(e.utcOffsets()).isEmpty();
  }

  @Test
  void parse_batchExample_goodLinesParseAndBadLinesFailWithTheirPath() throws Exception {
    List<String> lines = Files.readAllLines(example("batch.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(parser.parse(lines.get(0), "batch.jsonl:1").software()).containsExactly("FRP", "Impacket");
    assertThatThrownBy(() -> parser.parse(lines.get(1), "batch.jsonl:2"))
        .hasMessage("batch.jsonl:2: techniques: expected an array of strings, got a string");
    assertThatThrownBy(() -> parser.parse(lines.get(2), "batch.jsonl:3"))
        .isInstanceOf(EvidenceException.class)
        .hasMessageStartingWith("batch.jsonl:3: line 1, column ");
    assertThat(parser.parse(lines.get(3), "batch.jsonl:4").software()).containsExactly("Mimikatz");
  }

  private static final String STIX_REPORT = """
      {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000001", "objects": [
        {"type": "report", "spec_version": "2.1", "id": "report--6a5d1c5e-0000-4000-8000-000000000002",
         "created": "2024-02-01T00:00:00.000Z", "modified": "2024-02-01T00:00:00.000Z",
         "name": "Intrusion at a water utility", "description": "Hands-on-keyboard activity.",
         "published": "2024-02-01T12:00:00.000Z", "report_types": ["threat-report"],
         "object_refs": ["attack-pattern--6a5d1c5e-0000-4000-8000-000000000003",
                         "malware--6a5d1c5e-0000-4000-8000-000000000004",
                         "indicator--6a5d1c5e-0000-4000-8000-000000000005",
                         "location--6a5d1c5e-0000-4000-8000-000000000006",
                         "identity--6a5d1c5e-0000-4000-8000-000000000007",
                         "tool--6a5d1c5e-0000-4000-8000-000000000008",
                         "malware--6a5d1c5e-0000-4000-8000-0000000000ff"]},
        {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--6a5d1c5e-0000-4000-8000-000000000003",
         "name": "PowerShell", "external_references": [
           {"source_name": "capec", "external_id": "CAPEC-1"},
           {"source_name": "mitre-attack", "external_id": "T1059.001", "url": "https://attack.mitre.org/techniques/T1059/001"}]},
        {"type": "malware", "spec_version": "2.1", "id": "malware--6a5d1c5e-0000-4000-8000-000000000004",
         "name": "PlugX", "is_family": true,
         "external_references": [{"source_name": "mitre-attack", "external_id": "S0013"}]},
        {"type": "indicator", "spec_version": "2.1", "id": "indicator--6a5d1c5e-0000-4000-8000-000000000005",
         "pattern": "[ipv4-addr:value = '203.0.113.7']", "pattern_type": "stix", "valid_from": "2024-01-01T00:00:00Z"},
        {"type": "location", "spec_version": "2.1", "id": "location--6a5d1c5e-0000-4000-8000-000000000006",
         "country": "US"},
        {"type": "identity", "spec_version": "2.1", "id": "identity--6a5d1c5e-0000-4000-8000-000000000007",
         "name": "A water utility", "identity_class": "organization", "sectors": ["utilities"]},
        {"type": "tool", "spec_version": "2.1", "id": "tool--6a5d1c5e-0000-4000-8000-000000000008",
         "name": "netsh"},
        {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--6a5d1c5e-0000-4000-8000-000000000009",
         "name": "Not referenced by the report",
         "external_references": [{"source_name": "mitre-attack", "external_id": "T1003"}]}
      ]}
      """;

  @Test
  void parse_stixBundleWithReport_extractsReferencedObjects() throws EvidenceException {
    Evidence e = parser.parse(STIX_REPORT, "report.json");
    assertThat(e.id()).isEqualTo("report--6a5d1c5e-0000-4000-8000-000000000002");
    assertThat(e.techniques()).containsExactly("T1059.001");
    assertThat(e.software()).containsExactly("S0013", "netsh");
    assertThat(e.indicators()).containsExactly("203.0.113.7");
    assertThat(e.victimCountries()).containsExactly("US");
    assertThat(e.victimSectors()).containsExactly("utilities");
    assertThat(e.observedFrom()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(e.observedTo()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(e.languages()).isEmpty();
    assertThat(e.utcOffsets()).isEmpty();
    assertThat(e.text()).isEqualTo("Hands-on-keyboard activity.");
  }

  @Test
  void parse_stixIndicatorWithSeveralComparisons_extractsEveryLiteral() throws EvidenceException {
    String bundle = """
        {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000011", "objects": [
          {"type": "incident", "id": "incident--6a5d1c5e-0000-4000-8000-000000000012",
           "first_seen": "2023-05-01T00:00:00Z", "last_seen": "2023-12-31T00:00:00Z",
           "object_refs": ["indicator--6a5d1c5e-0000-4000-8000-000000000013"]},
          {"type": "indicator", "id": "indicator--6a5d1c5e-0000-4000-8000-000000000013",
           "pattern": "[domain-name:value = 'evil.example.com'] OR [file:hashes.MD5 = '44d88612fea8a8f36de82e1278abb02f']"}
        ]}
        """;
    Evidence e = parser.parse(bundle, "incident.json");
    assertThat(e.id()).isEqualTo("incident--6a5d1c5e-0000-4000-8000-000000000012");
    assertThat(e.indicators()).containsExactly("evil.example.com", "44d88612fea8a8f36de82e1278abb02f");
    assertThat(e.observedFrom()).isEqualTo(LocalDate.of(2023, 5, 1));
    assertThat(e.observedTo()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void parse_stixBundleWithoutReportOrIncident_failsClearly() {
    String bundle = """
        {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000021", "objects": [
          {"type": "malware", "id": "malware--6a5d1c5e-0000-4000-8000-000000000022", "name": "PlugX"}
        ]}
        """;
    assertThatThrownBy(() -> parser.parse(bundle, "bundle.json"))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("bundle.json: objects: the bundle has no 'report' or 'incident' to take evidence from");
  }

  @Test
  void parse_stixBundleWithoutObjects_failsClearly() {
    assertThatThrownBy(() -> parser.parse("{\"type\": \"bundle\", \"id\": \"bundle--x\"}", "bundle.json"))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("bundle.json: objects: a STIX bundle needs an 'objects' array");
  }

  @Test
  void parse_stixReportWithBadFirstSeen_failsAtFirstSeen() {
    String bundle = """
        {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000031", "objects": [
          {"type": "incident", "id": "incident--6a5d1c5e-0000-4000-8000-000000000032", "first_seen": "yesterday"}
        ]}
        """;
    assertThatThrownBy(() -> parser.parse(bundle, "incident.json"))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("incident.json: first_seen: expected a date (YYYY-MM-DD), got 'yesterday'");
  }

  @Test
  void parse_stixReportWithShortPublished_failsAtPublished() {
    String bundle = """
        {"type": "bundle", "id": "bundle--6a5d1c5e-0000-4000-8000-000000000041", "objects": [
          {"type": "report", "id": "report--6a5d1c5e-0000-4000-8000-000000000042", "published": "2024",
           "object_refs": []}
        ]}
        """;
    assertThatThrownBy(() -> parser.parse(bundle, "report.json"))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("report.json: published: expected a date (YYYY-MM-DD), got '2024'");
  }
}
