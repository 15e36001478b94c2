package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe bench server} refuses options it cannot run with before it starts any server. */
class BenchServerCommandTest {
  @TempDir Path home;

  @Test
  void benchServer_unknownEndpoint_isRefusedNamingTheChoices() {
    CliRun run = CliRun.run("bench", "server", "--home", home.toString(), "--endpoint", "search,nope");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--endpoint must be one of health, actor, actor-page, incident-page, search, attribute, ledger-first, ledger-deep, matrix, got 'nope'");
  }

  @Test
  void benchServer_noRoundsAndNoSequential_isRefused() {
    CliRun run = CliRun.run("bench", "server", "--home", home.toString(), "--rounds", "0");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--rounds 0 needs --sequential N");
  }

  @Test
  void benchServer_missingServerJar_isRefusedNamingIt() {
    Path jar = home.resolve("before.jar");
    CliRun run = CliRun.run("bench", "server", "--home", home.toString(), "--server-jar", jar.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--server-jar " + jar + ": no such file");
  }
}
