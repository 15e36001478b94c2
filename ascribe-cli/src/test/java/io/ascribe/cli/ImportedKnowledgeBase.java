package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An Ascribe home with ATT&CK 18.1 and the MISP clusters imported, built once per test JVM through
 * the real command line and shared by the acceptance tests (skipped, with a message, when {@code
 * ../shared/data} is absent). Deleted when the JVM exits.
 */
final class ImportedKnowledgeBase {
  private static Path home;

  private ImportedKnowledgeBase() {}

  /** The home, importing on first use. */
  static synchronized Path home() {
    if (home == null) {
      Path attack = SharedData.attack();
      List<Path> clusters = SharedData.mispClusters();
      try {
        Path dir = Files.createTempDirectory("ascribe-acceptance");
        List<String> args = new ArrayList<>(List.of("kb", "import", "--quiet", "--home", dir.toString(), attack.toString()));
        clusters.forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        home = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return home;
  }

  /** Runs a command against the shared home; {@code --home} goes after the (sub)command words. */
  static CliRun ascribe(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    int words = List.of("kb", "bench", "incident", "model", "token", "export").contains(all.get(0)) ? 2 : 1;
    all.addAll(words, List.of("--home", home().toString()));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static void delete(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
