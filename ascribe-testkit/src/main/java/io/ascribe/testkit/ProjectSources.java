package io.ascribe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates this project's source folders for tests that check the code's structure. */
public final class ProjectSources {
  private ProjectSources() {}

  /** The project's root folder: the nearest folder upwards whose {@code pom.xml} lists modules. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
          return dir;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no project pom.xml with <modules> above " + Path.of("").toAbsolutePath());
  }

  /** The main source folder ({@code src/main/java}) of every module, in name order. */
  public static List<Path> mainFolders() {
    try (Stream<Path> modules = Files.list(root())) {
      return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
