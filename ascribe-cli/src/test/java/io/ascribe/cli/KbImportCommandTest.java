package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe kb import} as a command: exit codes, messages naming the place, nothing lost. */
class KbImportCommandTest {
  @TempDir Path tmp;

  private String stats() {
    CliRun run = CliRun.run("kb", "stats", "--home", tmp.resolve("home").toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void import_malformedFile_exitsOneNamingFileLineAndColumnAndKeepsTheStore() {
    Path good = Fixtures.write(tmp, Fixtures.MINI_ATTACK);
    CliRun first = CliRun.run("kb", "import", "--home", tmp.resolve("home").toString(), "--quiet", good.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    String before = stats();

    Path actors = Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR);
    Path bad = Fixtures.write(tmp, "bad.json", "{\"type\": \"bundle\",\n \"objects\": [\n  {\"type\": \"tool\" \"id\": 1}]}");
    CliRun run = CliRun.run("kb", "import", "--home", tmp.resolve("home").toString(), "--quiet",
        actors.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: " + bad + ":3:").contains("malformed JSON");
    assertThat(stats()).isEqualTo(before);
  }

  @Test
  void import_keepGoing_importsTheGoodFileReportsTheBadOneAndExitsOne() {
    Path good = Fixtures.write(tmp, Fixtures.MINI_ATTACK);
    Path bad = Fixtures.write(tmp, "not-a-bundle.json", "{\"type\": \"report\", \"objects\": []}");
    CliRun run = CliRun.run("kb", "import", "--home", tmp.resolve("home").toString(), "--quiet", "--keep-going",
        bad.toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("REJECTED", "a STIX document must have \"type\": \"bundle\", got 'report'",
        "1 rejected");
    assertThat(stats()).contains("\"canonical_actors\" : 3");
  }

  @Test
  void import_missingPath_exitsOneNamingIt() {
    CliRun run = CliRun.run("kb", "import", "--home", tmp.resolve("home").toString(), tmp.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.json: no such file or folder");
  }
}
