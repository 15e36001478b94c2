package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe model train|info} on a small knowledge base (no procedure examples) and small reports. */
class ModelCommandTest {
  @TempDir Path tmp;
  String home;

  @BeforeEach
  void importMiniAttack() {
    home = tmp.resolve("home").toString();
    CliRun run = CliRun.run("kb", "import", "--home", home, "--quiet", Fixtures.write(tmp, Fixtures.MINI_ATTACK).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void info_withoutModel_exitsOneAndSaysHowToTrain() {
    CliRun run = CliRun.run("model", "info", "--home", home);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no technique model", "ascribe model train");
  }

  @Test
  void train_withNothingToLearnFrom_orAMissingFile_failsClearly() {
    CliRun nothing = CliRun.run("model", "train", "--home", home);
    assertThat(nothing.exitCode()).isEqualTo(1);
    assertThat(nothing.err()).contains("no ATT&CK procedure examples", "ascribe kb import");
    CliRun missing = CliRun.run("model", "train", "--home", home, "--tram", tmp.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.jsonl: no such file");
    assertThat(Path.of(home, "models", "techniques.model")).doesNotExist();
  }

  @Test
  void train_withReports_storesTheModel_andInfoDescribesIt() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int r = 0; r < 6; r++) {
      lines.append("{\"title\": \"r").append(r).append("\", \"sentences\": [")
          .append("{\"text\": \"The actor ran PowerShell scripts on host ").append(r).append(".\", \"labels\": [\"T1059.001\"]},")
          .append("{\"text\": \"Nothing happened on day ").append(r).append(".\", \"labels\": []}]}\n");
    }
    Path tram = Files.writeString(tmp.resolve("reports.jsonl"), lines);
    CliRun train = CliRun.run("model", "train", "--home", home, "--tram", tram.toString(), "--json");
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.err()).contains("training on 6 annotated reports");
    assertThat(train.json().path("reports").asInt()).isEqualTo(6);
    assertThat(train.json().path("techniques").asInt()).isEqualTo(1);

    CliRun info = CliRun.run("model", "info", "--home", home);
    assertThat(info.exitCode()).as(info.err()).isZero();
    assertThat(info.out()).contains("techniques: 1", "6 annotated reports from " + tram);
  }
}
