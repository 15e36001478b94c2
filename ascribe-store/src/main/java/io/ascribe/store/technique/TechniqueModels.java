package io.ascribe.store.technique;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.digest.Sha256;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.extract.technique.TechniqueClassifier;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.extract.technique.TramReports;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The technique classifier of one Ascribe home: {@code <home>/models/techniques.model}, with
 * {@code techniques.json} beside it saying what it was trained on.
 *
 * <p>The model is trained in the project from the user's own data, never shipped: {@link #train}
 * learns from the stored knowledge base's ATT&CK procedure examples and, when given, annotated
 * reports in TRAM's JSONL format (whose inner cross-validation then sets per-technique
 * thresholds). {@link #refresh} brings the model up to date with the knowledge base (what
 * {@code kb import} and {@code serve} do ahead of time); {@link #loadOrTrain} is what extraction
 * calls: it reads the stored model, refreshing it first when it is missing, unreadable or stale.
 *
 * <p>A model is stale when the knowledge base changed since it was trained and its procedure
 * examples changed with it; a change that leaves them as they were (a MISP galaxy, say) only
 * records the new knowledge-base fingerprint. Files are written to temporary files and moved into
 * place, model first, so a half-written model is never read; one training at a time holds
 * {@code techniques.lock}, and whoever waited for it finds the model fresh and trains nothing.
 */
public final class TechniqueModels {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Store store;

  /**
   * What a stored model was trained on.
   *
   * @param trainedAt when training finished (ISO-8601)
   * @param kbFingerprint the knowledge base's fingerprint at the time
   * @param tram the annotated reports file, or null for procedure examples only
   * @param tramSha256 that file's SHA-256, or null
   * @param reports annotated reports used
   * @param procedureExamples ATT&CK procedure examples used
   * @param techniques techniques the model can report
   * @param allTechniques whether techniques without annotated reports were learned too
   * @param seconds wall-clock training time
   * @param examplesSha256 SHA-256 of the procedure examples learned from (null in models written
   *     before it was kept), to tell a knowledge-base change that matters from one that does not
   */
  public record Info(
      String trainedAt,
      String kbFingerprint,
      String tram,
      String tramSha256,
      int reports,
      int procedureExamples,
      int techniques,
      boolean allTechniques,
      double seconds,
      String examplesSha256) {

    Info withFingerprint(String fingerprint) {
      return new Info(trainedAt, fingerprint, tram, tramSha256, reports, procedureExamples, techniques, allTechniques,
          seconds, examplesSha256);
    }
  }

  /** A model and its description. */
  public record Trained(TechniqueModel model, Info info) {}

  /** Hears what a training does: a line per step, and how many one-vs-rest fits are done. */
  public interface Listener {
    /** One line saying what is happening. */
    void step(String line);

    /** A fit finished (called from solver threads); see {@link TechniqueClassifier.Progress}. */
    void fitted(int done, int total);

    /** A listener that hears the lines only. */
    static Listener lines(Consumer<String> lines) {
      return new Listener() {
        @Override
        public void step(String line) {
          lines.accept(line);
        }

        @Override
        public void fitted(int done, int total) {}
      };
    }
  }

  /**
   * What {@link #refresh} did.
   *
   * @param kind what it did
   * @param info the stored model's description afterwards, or null when there is none
   * @param model the model when it was trained just now, else null
   */
  public record Refresh(Kind kind, Info info, TechniqueModel model) {
    /** What {@link #refresh} did. */
    public enum Kind {
      /** The stored model was trained on this knowledge base; nothing was done. */
      UP_TO_DATE,
      /** The knowledge base changed but not its procedure examples; the model was kept. */
      KEPT,
      /** A model was trained and stored. */
      TRAINED,
      /** The model is stale, but it was trained on annotated reports that are gone; it was kept. */
      STALE,
      /** The knowledge base has no procedure example to learn from; there is no model. */
      NOTHING_TO_LEARN
    }
  }

  public TechniqueModels(Store store) {
    this.store = store;
  }

  /** Where the model is kept. */
  public Path modelFile() {
    return store.home().resolve("models").resolve("techniques.model");
  }

  private Path infoFile() {
    return store.home().resolve("models").resolve("techniques.json");
  }

  private Path lockFile() {
    return store.home().resolve("models").resolve("techniques.lock");
  }

  /** The stored model's description, when there is a model. */
  public Optional<Info> info() throws IOException {
    if (!Files.isRegularFile(modelFile()) || !Files.isRegularFile(infoFile())) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(infoFile().toFile(), Info.class));
  }

  /**
   * True when a stored model was trained on the knowledge base as it is now (a cheap check: it
   * compares fingerprints and reads no model).
   */
  public boolean isCurrent() {
    Optional<Info> info = readableInfo();
    return info.isPresent() && new KnowledgeBase(store).fingerprint().equals(info.get().kbFingerprint());
  }

  private Optional<Info> readableInfo() {
    try {
      return info();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Trains a model and stores it, replacing any earlier one only once training succeeded.
   *
   * @param tram annotated reports (TRAM JSONL), or null to learn from procedure examples alone
   * @param allTechniques also learn techniques no annotated report carries (always true without
   *     {@code tram}); their threshold is the global one
   * @param progress receives one line per step
   * @throws IOException when the knowledge base has no procedure example and no reports are given, or a file cannot be read
   */
  public Trained train(Path tram, boolean allTechniques, Consumer<String> progress) throws IOException {
    return train(tram, allTechniques, Listener.lines(progress));
  }

  /** Same as {@link #train(Path, boolean, Consumer)}, telling {@code listener} how far training has come. */
  public Trained train(Path tram, boolean allTechniques, Listener listener) throws IOException {
    List<TramReports.Report> reports = List.of();
    if (tram != null) {
      listener.step("reading annotated reports from " + tram);
      reports = TramReports.load(tram);
    }
    List<TramReports.Report> annotated = reports;
    return ModelLock.holding(lockFile(), listener::step, () -> {
      listener.step("reading ATT&CK procedure examples from the knowledge base");
      ProcedureExamples procedures = new KnowledgeBase(store).procedureExamples();
      if (annotated.isEmpty() && procedures.examples().isEmpty()) {
        throw new IOException("nothing to learn from: the knowledge base has no ATT&CK procedure examples"
            + (tram == null ? " and no --tram reports were given" : " and " + tram + " has no report")
            + "; import ATT&CK first: ascribe kb import ../shared/data/attack/enterprise-attack-18.1.json");
      }
      return train(tram, annotated, procedures, ProcedureDigest.of(procedures), allTechniques || annotated.isEmpty(),
          listener);
    });
  }

  /**
   * Brings the stored model up to date with the knowledge base: nothing when it is current; the
   * new fingerprint only when the procedure examples are unchanged; otherwise a training, on the
   * same annotated reports as the stored model when it had some. Waits while another training runs.
   */
  public Refresh refresh(Listener listener) throws IOException {
    return refresh(listener, false);
  }

  private Refresh refresh(Listener listener, boolean unreadable) throws IOException {
    if (!unreadable && isCurrent()) {
      return new Refresh(Refresh.Kind.UP_TO_DATE, readableInfo().orElseThrow(), null);
    }
    return ModelLock.holding(lockFile(), listener::step, () -> refreshHolding(listener, unreadable));
  }

  private Refresh refreshHolding(Listener listener, boolean unreadable) throws IOException {
    KnowledgeBase kb = new KnowledgeBase(store);
    Optional<Info> stored = readableInfo();
    if (!unreadable && stored.isPresent() && kb.fingerprint().equals(stored.get().kbFingerprint())) {
      return new Refresh(Refresh.Kind.UP_TO_DATE, stored.get(), null);  // trained while we waited
    }
    ProcedureExamples procedures = kb.procedureExamples();
    String digest = ProcedureDigest.of(procedures);
    if (!unreadable && stored.isPresent() && digest.equals(stored.get().examplesSha256())) {
      Info info = stored.get().withFingerprint(kb.fingerprint());
      writeInfo(info);
      return new Refresh(Refresh.Kind.KEPT, info, null);
    }
    Path tram = stored.map(Info::tram).map(Path::of).orElse(null);
    if (tram != null && !Files.isRegularFile(tram)) {
      listener.step("the knowledge base changed since the technique model was trained, but the annotated reports it "
          + "was trained with (" + tram + ") are gone; keeping it (`ascribe model train [--tram FILE]` retrains it)");
      return new Refresh(Refresh.Kind.STALE, stored.get(), null);
    }
    List<TramReports.Report> reports = tram == null ? List.of() : TramReports.load(tram);
    if (reports.isEmpty() && procedures.examples().isEmpty()) {
      return new Refresh(Refresh.Kind.NOTHING_TO_LEARN, null, null);
    }
    listener.step(reason(stored, unreadable) + ": training it from the knowledge base's "
        + procedures.examples().size() + " ATT&CK procedure examples"
        + (tram == null ? "" : " and the " + reports.size() + " annotated reports of " + tram)
        + stored.map(i -> " (the last training took " + i.seconds() + " s)").orElse(""));
    boolean all = reports.isEmpty() || stored.map(Info::allTechniques).orElse(true);
    Trained trained = train(tram, reports, procedures, digest, all, listener);
    return new Refresh(Refresh.Kind.TRAINED, trained.info(), trained.model());
  }

  private String reason(Optional<Info> stored, boolean unreadable) {
    if (unreadable) {
      return "the technique model cannot be read";
    }
    if (stored.isEmpty()) {
      return Files.isRegularFile(modelFile()) ? "the technique model has no record of what it was trained on"
          : "no technique model yet";
    }
    return "the knowledge base's procedure examples changed since the technique model was trained";
  }

  private Trained train(Path tram, List<TramReports.Report> reports, ProcedureExamples procedures, String digest,
      boolean all, Listener listener) throws IOException {
    long start = System.nanoTime();
    listener.step("training on " + reports.size() + " annotated reports and " + procedures.examples().size()
        + " procedure examples (" + (all ? "every technique with enough examples" : "annotated techniques") + ")");
    TechniqueModel model = TechniqueClassifier.train(reports, procedures,
        TechniqueClassifier.Settings.defaults().withAllTechniques(all), listener::fitted);
    Info info = new Info(Instant.now().toString(), new KnowledgeBase(store).fingerprint(),
        tram == null ? null : tram.toString(), tram == null ? null : Sha256.ofFile(tram), reports.size(),
        procedures.examples().size(), model.techniques().size(), all,
        Math.round((System.nanoTime() - start) / 1e8) / 10.0, digest);
    deleteLeftovers();
    model.save(modelFile());
    writeInfo(info);
    listener.step("stored " + info.techniques() + " techniques in " + modelFile() + " (" + info.seconds() + " s)");
    return new Trained(model, info);
  }

  /** Deletes the temporary files of a training that was killed while writing (the lock is held). */
  private void deleteLeftovers() throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(modelFile().getParent(), "techniques*.tmp")) {
      for (Path p : leftovers) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void writeInfo(Info info) throws IOException {
    Path tmp = Files.createTempFile(infoFile().getParent(), "techniques", ".tmp");
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), info);
      try {
        Files.move(tmp, infoFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, infoFile(), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The stored model, brought up to date first ({@link #refresh}) when it is missing or stale;
   * one that cannot be read (a model from an older version, say) is retrained. Empty when the
   * knowledge base has no procedure example to learn from: extraction then finds techniques by id
   * and name only.
   */
  public Optional<TechniqueModel> loadOrTrain(Consumer<String> progress) throws IOException {
    return loadOrTrain(Listener.lines(progress));
  }

  /** Same as {@link #loadOrTrain(Consumer)}, telling {@code listener} how far a training has come. */
  public Optional<TechniqueModel> loadOrTrain(Listener listener) throws IOException {
    Refresh refresh = refresh(listener, false);
    if (refresh.model() != null) {
      return Optional.of(refresh.model());
    }
    if (refresh.kind() == Refresh.Kind.NOTHING_TO_LEARN) {
      return Optional.empty();
    }
    try {
      return Optional.of(TechniqueModel.load(modelFile()));
    } catch (IOException e) {
      listener.step("the technique model cannot be read (" + e.getMessage() + "); training a new one");
      Refresh retrained = refresh(listener, true);
      return Optional.ofNullable(retrained.model());
    }
  }
}
