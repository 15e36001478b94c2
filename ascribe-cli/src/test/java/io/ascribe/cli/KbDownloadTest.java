package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.LoopbackHttpServer;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe kb download} against a loopback server that mirrors {@code ../shared/data}. */
class KbDownloadTest {
  @TempDir Path tmp;

  @Test
  void download_fromLoopbackMirror_fetchesEveryFileByteForByte() throws Exception {
    Path data = SharedData.require("attack");
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(data.getParent())) {
      Path to = tmp.resolve("downloads");
      CliRun run = CliRun.run("kb", "download", "--home", tmp.resolve("home").toString(), "--to", to.toString(),
          "--mirror", server.url(""), "--allow-private-network", "--json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.json().size()).isEqualTo(11);
      Path attack = to.resolve("attack/enterprise-attack-18.1.json");
      assertThat(Files.mismatch(attack, data.getParent().resolve("attack/enterprise-attack-18.1.json"))).isEqualTo(-1L);
      assertThat(Files.mismatch(to.resolve("misp-galaxy/clusters/threat-actor.json"),
          data.getParent().resolve("misp-galaxy/clusters/threat-actor.json"))).isEqualTo(-1L);
      try (var leftovers = Files.walk(to)) {
        assertThat(leftovers.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
      }
    }
  }

  @Test
  void download_loopbackWithoutPermission_isRefusedWithAClearMessage() throws Exception {
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(tmp)) {
      CliRun run = CliRun.run("kb", "download", "--home", tmp.resolve("home").toString(),
          "--to", tmp.resolve("d").toString(), "--mirror", server.url(""));
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("refused to connect to private or loopback address 127.0.0.1",
          "--allow-private-network");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void download_missingUpstreamFile_failsNamingTheUrlAndLeavesNoPartialFile() throws Exception {
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(tmp.resolve("empty"))) {
      Path to = tmp.resolve("d");
      CliRun run = CliRun.run("kb", "download", "--home", tmp.resolve("home").toString(), "--to", to.toString(),
          "--mirror", server.url(""), "--allow-private-network");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains(server.url("attack/enterprise-attack-18.1.json"), "HTTP 404");
      try (var files = Files.walk(to)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    }
  }

  @Test
  void import_fromLoopbackUrl_readsTheBundle() throws Exception {
    Path dir = tmp.resolve("srv");
    io.ascribe.testkit.Fixtures.write(dir, io.ascribe.testkit.Fixtures.MINI_ATTACK);
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(dir)) {
      CliRun run = CliRun.run("kb", "import", "--home", tmp.resolve("home").toString(), "--quiet",
          "--allow-private-network", server.url(io.ascribe.testkit.Fixtures.MINI_ATTACK));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("added");
      CliRun actor = CliRun.run("actor", "--home", tmp.resolve("home").toString(), "Old Alpha");
      assertThat(actor.out()).startsWith("Alpha Panda");
    }
  }
}
