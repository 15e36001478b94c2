package io.ascribe.store.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.Attributor;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.Ranker;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The attribution engine over the stored knowledge base, with its learned weights cached under
 * {@code <home>/models/attribution.json} and retrained whenever the knowledge base changed. Its
 * resolver reads an evidence file's free text with the home's document extractor, built the first
 * time a case has text (the technique classifier is trained then if the home has none yet).
 *
 * @param attributor the engine
 * @param resolver resolves evidence names against the same knowledge base
 * @param trained true when the weights were learned just now (not read from the cache)
 */
public record TrainedAttributor(Attributor attributor, EvidenceResolver resolver, boolean trained) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the cache file holds. */
  record Cached(String fingerprint, Ranker ranker) {}

  /** Loads the knowledge base and the engine, training it first when the cache is missing or stale. */
  public static TrainedAttributor load(Store store) throws IOException {
    return load(store, line -> { });
  }

  /**
   * Same as {@link #load(Store)}, reporting to {@code progress} when reading a case's free text
   * first needs the technique classifier trained.
   */
  public static TrainedAttributor load(Store store, java.util.function.Consumer<String> progress) throws IOException {
    return loadWithText(store, new LazyTextEvidence(() -> new DocumentEvidence(
        HomeExtractor.build(store, HomeExtractor.defaultWarningLists(store), true, progress))));
  }

  /** Same as {@link #load(Store)}, reading a case's free text with {@code text} (a server shares its extractor). */
  public static TrainedAttributor loadWithText(Store store, TextEvidence text) throws IOException {
    KnowledgeBase kb = new KnowledgeBase(store);
    KnowledgeBase.Linked linked = kb.linked();
    AttributionCorpus corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software());
    if (corpus.actors().isEmpty()) {
      throw new IOException("the knowledge base has no actor with known techniques or software; "
          + "import one first: ascribe kb import ../shared/data/attack/enterprise-attack-18.1.json");
    }
    EvidenceResolver resolver = new EvidenceResolver(linked.graph(), linked.software()).withText(text);
    String fingerprint = kb.fingerprint();
    Path file = store.home().resolve("models").resolve("attribution.json");
    if (Files.isRegularFile(file)) {
      try {
        Cached cached = JSON.readValue(file.toFile(), Cached.class);
        if (fingerprint.equals(cached.fingerprint())) {
          return new TrainedAttributor(Attributor.withRanker(corpus, cached.ranker()), resolver, false);
        }
      } catch (IOException | IllegalArgumentException e) {
        // an unreadable or foreign cache is simply rebuilt
      }
    }
    Attributor attributor = Attributor.train(corpus);
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "attribution", ".tmp");
    JSON.writeValue(tmp.toFile(), new Cached(fingerprint, attributor.ranker()));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new TrainedAttributor(attributor, resolver, true);
  }
}
