package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe token create}: a token without {@code --name} gets a generated one (issue 13). */
class TokenCommandTest {
  @TempDir Path tmp;

  @Test
  void create_withoutName_generatesAUniqueNameAndPrintsIt() {
    String home = tmp.resolve("home").toString();

    CliRun first = CliRun.run("token", "create", "--home", home, "--role", "analyst", "--tlp", "AMBER");
    CliRun second = CliRun.run("token", "create", "--home", home, "--role", "analyst", "--json");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out().strip()).doesNotContain(" ").isNotEmpty();
    assertThat(first.err()).containsPattern("No --name was given, so it is named 'token-analyst-\\d{8}-\\d{6}'");
    assertThat(second.exitCode()).as(second.err()).isZero();
    String name = second.json().path("info").path("name").asText();
    assertThat(name).matches("token-analyst-\\d{8}-\\d{6}(-\\d+)?");
    CliRun list = CliRun.run("token", "list", "--home", home, "--json");
    assertThat(list.json().findValuesAsText("name")).hasSize(2).doesNotHaveDuplicates().contains(name);
    CliRun table = CliRun.run("token", "list", "--home", home);
    assertThat(table.out().lines().map(l -> l.indexOf(" analyst ") >= 0 ? l.indexOf(" analyst ") : l.indexOf(" role ")))
        .as(table.out()).hasSize(3).containsOnly(name.length());
  }

  @Test
  void create_withName_keepsIt() {
    CliRun run = CliRun.run("token", "create", "--home", tmp.resolve("home").toString(), "--name", "alice",
        "--role", "analyst", "--tlp", "AMBER");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Token 'alice' (analyst, up to TLP:AMBER) created").doesNotContain("No --name");
  }
}
