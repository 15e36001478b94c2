package io.ascribe.store.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.Attributor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.Ranker;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.corpus.CorpusFacts;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.documents.HomeExtractor;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The attribution engine over the stored knowledge base, with its learned weights cached under
 * {@code <home>/models/attribution.json} and retrained whenever the knowledge base changed. Its
 * resolver reads an evidence file's free text with the home's document extractor, built the first
 * time a case has text (the technique classifier is trained then if the home has none yet).
 *
 * <p>Each candidate's facts are the knowledge base's plus what the ingested documents a reader may
 * see tie to the actor ({@link CorpusLinkStore}, {@link CorpusFacts}): an engine is built for one
 * clearance, and a document above it neither moves nor appears in that engine's answers. The
 * corpus facts are not learned weights: the weights are learned from the knowledge base alone and
 * cached on its fingerprint only, so ingesting or deleting a document never retrains.
 *
 * @param attributor the engine
 * @param resolver resolves evidence names against the same knowledge base
 * @param trained true when the weights were learned just now (not read from the cache)
 * @param warningLists the home's MISP warning lists, with which the engine judges how specific an
 *     indicator is (kept when corpus facts are added)
 */
public record TrainedAttributor(Attributor attributor, EvidenceResolver resolver, boolean trained,
    WarningLists warningLists) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the cache file holds. */
  record Cached(String fingerprint, Ranker ranker) {}

  /**
   * Loads the knowledge base and the engine, training it first when the cache is missing or stale,
   * with the facts of every ingested document (an operator's view, as the CLI has).
   */
  public static TrainedAttributor load(Store store) throws IOException {
    return load(store, line -> { });
  }

  /** Same as {@link #load(Store)}, with the corpus facts of the documents a reader cleared for {@code clearance} sees. */
  public static TrainedAttributor load(Store store, Tlp clearance) throws IOException {
    return withTextAt(store, defaultText(store, line -> { }), clearance);
  }

  /**
   * Same as {@link #load(Store)}, reporting to {@code progress} when reading a case's free text
   * first needs the technique classifier trained.
   */
  public static TrainedAttributor load(Store store, Consumer<String> progress) throws IOException {
    return withTextAt(store, defaultText(store, progress), Tlp.RED);
  }

  private static TextEvidence defaultText(Store store, Consumer<String> progress) {
    return new LazyTextEvidence(() -> new DocumentEvidence(
        HomeExtractor.build(store, HomeExtractor.defaultWarningLists(store), true, progress)));
  }

  /**
   * The engine over the knowledge base alone, without corpus facts (what any reader may see),
   * reading a case's free text with {@code text} (a server shares its extractor); a server adds each
   * reader's corpus with {@link #withCorpus}.
   */
  public static TrainedAttributor loadWithText(Store store, TextEvidence text) throws IOException {
    return withTextAt(store, text, null);
  }

  /** The knowledge base's engine plus the corpus facts at {@code clearance} (none when null). */
  private static TrainedAttributor withTextAt(Store store, TextEvidence text, Tlp clearance) throws IOException {
    KnowledgeBase kb = new KnowledgeBase(store);
    KnowledgeBase.Linked linked = kb.linked();
    TrainedAttributor base = kbOnly(store, kb, linked, text);
    if (clearance == null) {
      return base;
    }
    return base.withCorpus(linked, new CorpusLinkStore(store).visible(clearance));
  }

  /**
   * This engine with the corpus facts of {@code links} added to the candidates (same learned
   * weights, same resolver). The caller passes only the links its reader may see ({@link
   * CorpusLinkStore#visible}).
   */
  public TrainedAttributor withCorpus(KnowledgeBase.Linked linked, List<CorpusLink> links) {
    if (links.isEmpty()) {
      return this;
    }
    AttributionCorpus corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software(),
        CorpusFacts.byActor(links));
    return new TrainedAttributor(Attributor.withRanker(corpus, attributor.ranker()).withWarningLists(warningLists),
        resolver, trained, warningLists);
  }

  private static TrainedAttributor kbOnly(Store store, KnowledgeBase kb, KnowledgeBase.Linked linked, TextEvidence text)
      throws IOException {
    AttributionCorpus corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software());
    if (corpus.actors().isEmpty()) {
      throw new IOException("the knowledge base has no actor with known techniques or software; "
          + "import one first: ascribe kb import ../shared/data/attack/enterprise-attack-18.1.json");
    }
    EvidenceResolver resolver = new EvidenceResolver(linked.graph(), linked.software()).withText(text);
    WarningLists lists = homeWarningLists(store);
    String fingerprint = kb.fingerprint();
    Path file = store.home().resolve("models").resolve("attribution.json");
    if (Files.isRegularFile(file)) {
      try {
        Cached cached = JSON.readValue(file.toFile(), Cached.class);
        if (fingerprint.equals(cached.fingerprint())) {
          return new TrainedAttributor(Attributor.withRanker(corpus, cached.ranker()).withWarningLists(lists), resolver,
              false, lists);
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
    return new TrainedAttributor(attributor.withWarningLists(lists), resolver, true, lists);
  }

  /**
   * The home's MISP warning lists ({@link HomeExtractor#defaultWarningLists}), which the engine
   * uses to weigh an indicator's specificity as extraction uses them to suppress values; none when
   * the home has no such folder.
   */
  private static WarningLists homeWarningLists(Store store) throws IOException {
    Path folder = HomeExtractor.defaultWarningLists(store);
    return Files.isDirectory(folder) ? WarningLists.load(folder) : WarningLists.none();
  }
}
