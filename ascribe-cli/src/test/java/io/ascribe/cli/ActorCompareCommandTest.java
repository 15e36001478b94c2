package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe actor compare A B} and the overview parts of {@code ascribe actor}, over the mini knowledge base. */
class ActorCompareCommandTest {
  @TempDir static Path tmp;
  static String home;

  /** The mini ATT&amp;CK bundle where Beta Bear also uses KettleRAT, so Alpha Panda and Beta Bear share a tool. */
  @BeforeAll
  static void importKb() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode bundle = (ObjectNode) m.readTree(Fixtures.text(Fixtures.MINI_ATTACK));
    ((ArrayNode) bundle.get("objects")).addObject().put("type", "relationship").put("spec_version", "2.1")
        .put("id", "relationship--00000000-0000-4000-8000-0000000006b1")
        .put("created", "2020-01-01T00:00:00.000Z").put("modified", "2020-01-01T00:00:00.000Z")
        .put("relationship_type", "uses").put("source_ref", "intrusion-set--00000000-0000-4000-8000-000000000102")
        .put("target_ref", "malware--00000000-0000-4000-8000-000000000401");
    Path attack = Fixtures.write(tmp, "attack.json", m.writeValueAsString(bundle));
    home = tmp.resolve("home").toString();
    CliRun run = CliRun.run("kb", "import", "--home", home, "--quiet", attack.toString(),
        Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void compare_twoActors_printsTheOverlapTableAndSharedToolWithItsRarity() {
    CliRun run = CliRun.run("actor", "compare", "--home", home, "G9001", "Beta Bear");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Alpha Panda [G9001]  vs  Beta Bear [G9002]", "in common", "overlap",
        "Tools in common (1, rarest first)", "KettleRAT (S9001)", "2/2", "only Beta Bear (1): Spoon (S9002) (1)",
        "Techniques in common (0", "only Alpha Panda (1): T9001.001");
  }

  @Test
  void compare_json_hasEverySection() {
    CliRun run = CliRun.run("actor", "compare", "--home", home, "--json", "Alpha Panda", "G9002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode j = run.json();
    assertThat(j.at("/a/name").asText()).isEqualTo("Alpha Panda");
    assertThat(j.at("/sections/1/aspect").asText()).isEqualTo("tools");
    assertThat(j.at("/sections/1/common/0/label").asText()).isEqualTo("KettleRAT (S9001)");
    assertThat(j.at("/sections/1/common/0/actors").asInt()).isEqualTo(2);
    assertThat(j.at("/sections/1/only_b/0/label").asText()).isEqualTo("Spoon (S9002)");
  }

  @Test
  void compare_ambiguousName_exits3ListingTheCandidates_unknownNameExits1() {
    CliRun ambiguous = CliRun.run("actor", "compare", "--home", home, "G9001", "Grizzly Name");
    assertThat(ambiguous.exitCode()).isEqualTo(3);
    assertThat(ambiguous.out()).contains("'Grizzly Name' is ambiguous", "Beta Bear (G9002)", "Gamma Bear (G9003)");

    CliRun unknown = CliRun.run("actor", "compare", "--home", home, "Nobody Bear", "G9001");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no actor is known as 'Nobody Bear'");
  }

  @Test
  void actor_printsDescriptionReferencesTargetsAndActivityWithTheirSources_andJsonCarriesTheOverview() {
    CliRun run = CliRun.run("actor", "--home", home, "G9001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Description (MITRE ATT&CK)", "also described by MISP galaxy threat-actor",
        "References (", "MISP galaxy threat-actor   https://example.com/misp-alpha",
        "United States (US)           MISP galaxy threat-actor", "First and last seen", "ATT&CK campaigns", "cited reports",
        "Claims naming it (0, newest first)", "Closest actors", "Beta Bear (G9002)");

    JsonNode j = CliRun.run("actor", "--home", home, "--json", "G9001").json();
    assertThat(j.at("/actor/name").asText()).isEqualTo("Alpha Panda");
    assertThat(j.at("/overview/activity/spans/0/source").asText()).isEqualTo("ATT&CK campaigns");
    assertThat(j.at("/overview/targets/countries/0/sources/0/origin").asText()).isEqualTo("misp");
  }
}
