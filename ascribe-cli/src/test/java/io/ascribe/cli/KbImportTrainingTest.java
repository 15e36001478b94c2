package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascribe kb import} trains the technique model at its end (issue 13: the first extraction
 * of a new home used to train it, for most of a minute, without warning).
 */
class KbImportTrainingTest {
  @TempDir Path tmp;
  String home;
  Path procedures;

  @BeforeEach
  void setUp() {
    home = tmp.resolve("home").toString();
    procedures = Fixtures.write(tmp, Fixtures.MINI_PROCEDURES);
  }

  private Path model() {
    return Path.of(home, "models", "techniques.model");
  }

  @Test
  void import_procedureExamples_trainsTheModelAndSaysWhatItIsDoing() throws Exception {
    CliRun run = CliRun.run("kb", "import", "--home", home, procedures.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("no technique model yet: training it from the knowledge base's 12 ATT&CK "
        + "procedure examples", "stored 2 techniques");
    assertThat(run.out()).containsPattern("Technique model: trained in [0-9.]+ s on 12 procedure examples; 2 techniques\\.");
    assertThat(TechniqueModel.load(model()).techniques()).containsExactly("T1003.001", "T1059.001");
    CliRun info = CliRun.run("model", "info", "--home", home);
    assertThat(info.exitCode()).as(info.err()).isZero();
    assertThat(info.out()).contains("techniques: 2");
  }

  @Test
  void import_sameFilesAgain_leavesTheModelUntouched() throws Exception {
    assertThat(CliRun.run("kb", "import", "--home", home, "--quiet", procedures.toString()).exitCode()).isZero();
    FileTime written = Files.getLastModifiedTime(model());
    byte[] bytes = Files.readAllBytes(model());

    CliRun again = CliRun.run("kb", "import", "--home", home, procedures.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Technique model: up to date (2 techniques).");
    assertThat(again.err()).doesNotContain("training");
    assertThat(Files.getLastModifiedTime(model())).isEqualTo(written);
    assertThat(Files.readAllBytes(model())).isEqualTo(bytes);
  }

  @Test
  void import_sourceWithoutProcedureExamples_keepsTheModelWithoutTraining() {
    assertThat(CliRun.run("kb", "import", "--home", home, "--quiet", procedures.toString()).exitCode()).isZero();

    CliRun run = CliRun.run("kb", "import", "--home", home, Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Technique model: kept (2 techniques); the procedure examples did not change.");
    assertThat(run.err()).doesNotContain("training");
  }

  @Test
  void import_noTrain_storesNoModel() {
    CliRun run = CliRun.run("kb", "import", "--home", home, "--no-train", procedures.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Technique model");
    assertThat(model()).doesNotExist();
  }

  @Test
  void import_json_keepsStdoutTheSummaryAlone() {
    CliRun run = CliRun.run("kb", "import", "--home", home, "--json", procedures.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().path("inputs").get(0).path("added").asInt()).isPositive();
    assertThat(run.out()).doesNotContain("Technique model");
    assertThat(run.err()).contains("stored 2 techniques");
    assertThat(model()).exists();
  }

  @Test
  void import_noProcedureExamples_saysThereIsNoModel() {
    CliRun run = CliRun.run("kb", "import", "--home", home, Fixtures.write(tmp, Fixtures.MINI_ATTACK).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Technique model: none; the knowledge base has no ATT&CK procedure examples");
    assertThat(model()).doesNotExist();
  }

  /**
   * A training killed while writing leaves only a temporary file, never a partial model: the next
   * training writes a whole one (temp file, then an atomic move) and clears the leftovers.
   */
  @Test
  void import_afterATrainingKilledWhileWriting_writesAWholeModelAndNoTemporaryFileRemains() throws Exception {
    Files.createDirectories(model().getParent());
    Path leftover = Files.write(model().getParent().resolve("techniques.model4711.tmp"), new byte[] {0x1f, (byte) 0x8b, 1});

    CliRun run = CliRun.run("kb", "import", "--home", home, "--quiet", procedures.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(leftover).doesNotExist();
    assertThat(TechniqueModel.load(model()).techniques()).hasSize(2);
    try (Stream<Path> files = Files.list(model().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("techniques.model", "techniques.json", "techniques.lock");
    }
  }
}
