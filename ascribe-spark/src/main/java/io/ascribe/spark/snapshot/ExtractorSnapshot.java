package io.ascribe.spark.snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.KnowledgeNames;
import io.ascribe.extract.claim.learn.LinearScorer;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.technique.TechniqueModels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The extractor of a home, as bytes a cluster can ship (a Spark broadcast): the knowledge base's
 * names ({@link KnowledgeNames} as JSON), the MISP warning-list files, the technique classifier and
 * the claim scorer when the home has them. {@link #extractor()} builds, once per copy, the same
 * {@link DocumentExtractor} that {@link HomeExtractor#build} builds from the home.
 */
public final class ExtractorSnapshot implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] knowledgeNames;
  private final TreeMap<String, byte[]> warningLists;
  private final byte[] techniqueModel;
  private final byte[] claimScorer;
  private transient volatile DocumentExtractor extractor;

  private ExtractorSnapshot(byte[] knowledgeNames, TreeMap<String, byte[]> warningLists, byte[] techniqueModel,
      byte[] claimScorer) {
    this.knowledgeNames = knowledgeNames;
    this.warningLists = warningLists;
    this.techniqueModel = techniqueModel;
    this.claimScorer = claimScorer;
  }

  /**
   * The snapshot of a home's extractor, as {@code ascribe ingest} builds it.
   *
   * @param warningListsDir the MISP warning-lists folder ({@code <name>/list.json}); none when it does not exist
   * @param classifier whether to take (or first train) the home's technique classifier
   * @param progress lines about a first training
   */
  public static ExtractorSnapshot of(Store store, Path warningListsDir, boolean classifier, Consumer<String> progress)
      throws IOException {
    KnowledgeBase.Linked linked = new KnowledgeBase(store).linked();
    KnowledgeNames names = DocumentExtractor.knowledgeNames(linked.graph(), linked.actors(), linked.software());
    Path scorer = HomeExtractor.claimScorer(store);
    byte[] scorerBytes = Files.isRegularFile(scorer) ? Files.readAllBytes(scorer) : null;
    byte[] modelBytes = null;
    if (classifier) {
      Optional<TechniqueModel> model = new TechniqueModels(store).loadOrTrain(progress);
      if (model.isPresent()) {
        modelBytes = modelBytes(model.get());
      }
    }
    return new ExtractorSnapshot(JSON.writeValueAsBytes(names), listFiles(warningListsDir), modelBytes, scorerBytes);
  }

  /** The bytes this snapshot ships, roughly: what a broadcast of it costs each executor. */
  public long bytes() {
    long n = knowledgeNames.length + (techniqueModel == null ? 0 : techniqueModel.length)
        + (claimScorer == null ? 0 : claimScorer.length);
    for (byte[] b : warningLists.values()) {
      n += b.length;
    }
    return n;
  }

  /**
   * The extractor, built on first use and kept with this copy of the snapshot (Spark keeps one
   * copy of a broadcast per executor, so each executor builds it once). Thread-safe.
   */
  public DocumentExtractor extractor() {
    DocumentExtractor e = extractor;
    if (e == null) {
      synchronized (this) {
        e = extractor;
        if (e == null) {
          e = build();
          extractor = e;
        }
      }
    }
    return e;
  }

  private DocumentExtractor build() {
    Path dir = null;
    try {
      KnowledgeNames names = JSON.readValue(knowledgeNames, new TypeReference<KnowledgeNames>() {});
      WarningLists lists = WarningLists.none();
      if (!warningLists.isEmpty()) {
        dir = Files.createTempDirectory("ascribe-warninglists");
        for (Map.Entry<String, byte[]> f : warningLists.entrySet()) {
          Path file = dir.resolve(f.getKey());
          Files.createDirectories(file.getParent());
          Files.write(file, f.getValue());
        }
        lists = WarningLists.load(dir);
      }
      DocumentExtractor e = DocumentExtractor.forNames(names, lists);
      if (claimScorer != null) {
        e = e.withClaimScorer(LinearScorer.read(new ByteArrayInputStream(claimScorer)));
      }
      if (techniqueModel != null) {
        Path model = Files.createTempFile("ascribe-technique-model", ".bin");
        try {
          Files.write(model, techniqueModel);
          e = e.withClassifier(TechniqueModel.load(model));
        } finally {
          Files.deleteIfExists(model);
        }
      }
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the extractor from its snapshot: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static byte[] modelBytes(TechniqueModel model) throws IOException {
    Path file = Files.createTempFile("ascribe-technique-model", ".bin");
    try {
      model.save(file);
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Every {@code <name>/list.json} below {@code dir}, by relative path (what {@link WarningLists#load} reads). */
  private static TreeMap<String, byte[]> listFiles(Path dir) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> names = Files.list(dir)) {
      for (Path sub : names.sorted().toList()) {
        Path list = sub.resolve("list.json");
        if (Files.isDirectory(sub) && Files.isRegularFile(list)) {
          out.put(sub.getFileName() + "/list.json", Files.readAllBytes(list));
        }
      }
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind costs disk space only
    }
  }
}
