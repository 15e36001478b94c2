package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe bench attribution --eset DIR} through the real command line, on the mini KB and the tiny repository. */
class BenchEsetCommandTest {
  @TempDir Path tmp;

  private static String repository() {
    return Path.of("src", "test", "resources", "eset-mini").toAbsolutePath().toString();
  }

  @Test
  void eset_miniRepository_printsArmsFoldersAndRecurrenceAsJson() {
    Path home = tmp.resolve("home");
    Path attack = Fixtures.write(tmp, Fixtures.MINI_ATTACK);
    Path actors = Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR);
    CliRun imported = CliRun.run("kb", "import", "--home", home.toString(), "--quiet", attack.toString(), actors.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    CliRun run = CliRun.run("bench", "attribution", "--home", home.toString(), "--eset", repository(), "--no-classifier",
        "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("extracting 4 publications", "ranking 4 held-out publications");
    JsonNode out = run.json();
    assertThat(out.path("publications").asInt()).isEqualTo(9);
    assertThat(out.path("cases").size()).isEqualTo(4);
    assertThat(out.path("arms").size()).isEqualTo(6);
    assertThat(out.path("arms").get(0).path("arm").asText()).isEqualTo("BEHAVIOUR");
    assertThat(out.path("arms").get(0).path("metrics").path("top1").isNumber()).isTrue();
    assertThat(out.path("folders").toString()).contains("folder names software Spoon, which only this actor uses");
    assertThat(out.path("recurrence").get(0).path("same_actor").has("hash")).isTrue();
    assertThat(out.path("machine_cores").asInt()).isPositive();
  }

  @Test
  void eset_notADirectory_exitsNonZeroNamingThePath() {
    Path missing = tmp.resolve("no-such-repo");
    CliRun run = CliRun.run("bench", "attribution", "--home", tmp.resolve("home").toString(), "--eset", missing.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(missing.toString(), "not a directory");
  }
}
