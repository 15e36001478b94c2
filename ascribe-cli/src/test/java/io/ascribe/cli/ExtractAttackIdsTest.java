package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code ascribe extract} printed ATT&CK ids among the indicators. The text form now lists
 * them apart with what they name in the knowledge base; {@code --json} keeps them as indicators of
 * type {@code attack_id}, as specified.
 */
class ExtractAttackIdsTest {
  @TempDir Path tmp;

  @Test
  void extract_textWithAttackIds_listsThemApartWithNames() throws Exception {
    Path home = tmp.resolve("home");
    CliRun kb = CliRun.run("kb", "import", "--quiet", "--no-train", "--home", home.toString(),
        Fixtures.write(tmp, Fixtures.MINI_ATTACK).toString());
    assertThat(kb.exitCode()).as(kb.err()).isZero();
    Path report = Files.writeString(tmp.resolve("report.txt"), "Teapot notes\n\nThe intruders used T9001 to drop "
        + "S9001, as G9001 did before; initial access (TA0001) came through 203.0.113.9.\n");

    CliRun text = CliRun.run("extract", "--home", home.toString(), report.toString());
    CliRun json = CliRun.run("extract", "--home", home.toString(), report.toString(), "--json");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("ATT&CK ids cited (4)", "technique  T9001      Brewing",
        "software   S9001      KettleRAT", "group      G9001      Alpha Panda",
        "tactic     TA0001     (not in the knowledge base)", "Indicators (1)", "ipv4    203.0.113.9")
        .doesNotContain("attack_id");
    JsonNode indicators = json.json().path("indicators");
    assertThat(indicators.findValuesAsText("type")).containsOnly("attack_id", "ipv4").hasSize(5);
  }
}
