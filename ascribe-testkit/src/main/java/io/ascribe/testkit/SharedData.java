package io.ascribe.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public reference data ({@code ../shared/data}) for tests. When it is absent, tests
 * that need it are skipped with a message saying so; CI ({@code .ci/run}) makes sure it is there.
 */
public final class SharedData {
  private SharedData() {}

  /** The data folder, from {@code -Dascribe.sharedData}, else {@code ../shared/data} upwards. */
  public static Path root() {
    String prop = System.getProperty("ascribe.sharedData");
    if (prop != null) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("../shared/data").toAbsolutePath().normalize();
  }

  /** A file or folder under the data root; skips the calling test when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      System.err.println("[ascribe] SKIPPED: shared data not found at " + p
          + " (set -Dascribe.sharedData or place ../shared/data beside the project)");
    }
    assumeTrue(Files.exists(p), "shared data not found at " + p);
    return p;
  }

  /** The scraped news pages the project began from ({@code ../shared/seeds}). */
  public static Path seedsRoot() {
    String prop = System.getProperty("ascribe.sharedSeeds");
    return prop != null ? Path.of(prop).toAbsolutePath().normalize() : root().resolveSibling("seeds");
  }

  /** One seed page; skips the calling test (saying so) when it is missing. */
  public static Path seed(String fileName) {
    Path p = seedsRoot().resolve(fileName);
    if (!Files.isRegularFile(p)) {
      System.err.println("[ascribe] SKIPPED: seed page not found at " + p);
    }
    assumeTrue(Files.isRegularFile(p), "seed page not found at " + p);
    return p;
  }

  /** The ATT&CK 18.1 enterprise bundle. */
  public static Path attack() {
    return require("attack/enterprise-attack-18.1.json");
  }

  /** The MISP galaxy cluster files named by the foundation issue. */
  public static java.util.List<Path> mispClusters() {
    Path dir = require("misp-galaxy/clusters");
    return KB_GALAXIES.stream().map(g -> dir.resolve(g + ".json")).toList();
  }

  /** Galaxy files imported by the knowledge-base tests and benchmarks. */
  public static final java.util.List<String> KB_GALAXIES =
      java.util.List.of("threat-actor", "microsoft-activity-group", "360net", "ransomware", "malpedia",
          "tool", "rat", "backdoor", "botnet", "stealer");
}
