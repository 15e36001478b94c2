package io.ascribe.store.documents;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.claim.learn.LinearScorer;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.technique.TechniqueModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The document extractor of a home: the knowledge base's actor and software names, the MISP
 * warning lists (when the folder exists), the home's technique classifier (trained from the
 * knowledge base on first use) and the home's claim scorer when the user trained one. What {@code ascribe ingest} and the server's upload both use.
 */
public final class HomeExtractor {
  private HomeExtractor() {}

  /** The default warning-lists folder of a home: {@code <home>/warninglists/lists}. */
  public static Path defaultWarningLists(Store store) {
    return store.home().resolve("warninglists").resolve("lists");
  }

  /**
   * Where a claim scorer the user trained ({@code ascribe model train --claims}) is kept; when the
   * file exists it replaces the shipped one.
   */
  public static Path claimScorer(Store store) {
    return store.home().resolve("models").resolve("claim-scorer.json");
  }

  /**
   * Builds the extractor.
   *
   * @param warningLists the MISP warning-lists folder; none are used when it does not exist
   * @param classifier whether to load (or first train) the technique classifier
   * @param progress lines about a first training
   */
  public static DocumentExtractor build(Store store, Path warningLists, boolean classifier, Consumer<String> progress)
      throws IOException {
    WarningLists lists = warningLists != null && Files.isDirectory(warningLists) ? WarningLists.load(warningLists)
        : WarningLists.none();
    KnowledgeBase.Linked linked = new KnowledgeBase(store).linked();
    DocumentExtractor extractor = DocumentExtractor.forKnowledge(linked.graph(), linked.actors(), linked.software(), lists);
    Path scorer = claimScorer(store);
    if (Files.isRegularFile(scorer)) {
      try (InputStream in = Files.newInputStream(scorer)) {
        extractor = extractor.withClaimScorer(LinearScorer.read(in));
      } catch (IOException e) {
        throw new IOException(scorer + ": not a claim scorer (" + e.getMessage() + "); retrain it with "
            + "'ascribe model train --claims DIR' or delete it to use the shipped one", e);
      }
    }
    if (!classifier) {
      return extractor;
    }
    Optional<TechniqueModel> model = new TechniqueModels(store).loadOrTrain(progress);
    return model.map(extractor::withClassifier).orElse(extractor);
  }
}
