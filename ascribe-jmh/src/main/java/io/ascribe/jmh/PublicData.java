package io.ascribe.jmh;

import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbInput;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the public reference data that the benchmarks run on. */
final class PublicData {
  /** System property naming the shared data folder when a benchmark's {@code dataDir} is empty. */
  static final String DATA_PROPERTY = "ascribe.sharedData";
  /** Default data folder, relative to the working directory. */
  static final String DEFAULT_DATA_DIR = "../shared/data";
  /** Files read, relative to the data folder. */
  static final List<String> INPUTS = List.of(
      "attack/enterprise-attack-18.1.json",
      "misp-galaxy/clusters/threat-actor.json",
      "misp-galaxy/clusters/microsoft-activity-group.json",
      "misp-galaxy/clusters/360net.json");

  private PublicData() {}

  /** {@code dir}, else the system property, else the default, resolved against the working dir. */
  static Path resolveDataDir(String dir) {
    String chosen = dir;
    String from = "parameter dataDir";
    if (chosen == null || chosen.isBlank()) {
      chosen = System.getProperty(DATA_PROPERTY);
      from = "system property " + DATA_PROPERTY;
    }
    if (chosen == null || chosen.isBlank()) {
      chosen = DEFAULT_DATA_DIR;
      from = "default";
    }
    Path path = Path.of(chosen).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(
          "shared data folder '" + chosen + "' (" + from + ") resolves to " + path
              + ", which is not a directory; run from the project root or pass -p dataDir=DIR"
              + " (or -jvmArgsAppend -D" + DATA_PROPERTY + "=DIR)");
    }
    return path;
  }

  /** The knowledge graph of ATT&CK plus the actor galaxies, read from {@code dir}. */
  static KnowledgeGraph graph(Path dir) throws IOException {
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder();
    KbDocumentReader reader = new KbDocumentReader();
    for (String rel : INPUTS) {
      Path file = dir.resolve(rel);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("data file " + file + " is missing (data folder " + dir + ")");
      }
      String origin = file.toString();
      try (KbInput.Opened in = KbInput.of(origin).open(null)) {
        reader.read(in.stream(), origin, o -> builder.add(o, origin));
      }
    }
    return builder.build();
  }
}
