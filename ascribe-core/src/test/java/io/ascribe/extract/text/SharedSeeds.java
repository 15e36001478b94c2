package io.ascribe.extract.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the scraped acceptance pages in {@code ../shared/seeds} for tests, the way {@code
 * io.ascribe.testkit.SharedData} locates {@code ../shared/data}. The pages stay there and are never
 * copied into the project; when the folder is absent the calling test is skipped with a message.
 */
final class SharedSeeds {
  private SharedSeeds() {}

  /** The seeds folder (see {@link io.ascribe.testkit.SharedData#seedsRoot()}). */
  static Path root() {
    return io.ascribe.testkit.SharedData.seedsRoot();
  }

  /** The text of one seed page (UTF-8); skips the calling test when it is missing. */
  static String read(String fileName) {
    Path p = root().resolve(fileName);
    if (!Files.isRegularFile(p)) {
      System.err.println("[ascribe] SKIPPED: seed page not found at " + p
          + " (set -Dascribe.sharedSeeds or place ../shared/seeds beside the project)");
    }
    assumeTrue(Files.isRegularFile(p), "seed page not found at " + p);
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
