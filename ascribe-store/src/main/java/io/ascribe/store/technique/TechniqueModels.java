package io.ascribe.store.technique;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.extract.technique.TechniqueClassifier;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.extract.technique.TramReports;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
 * thresholds). {@link #loadOrTrain} is what extraction calls: it reads the stored model, or trains
 * one from the knowledge base alone when there is none.
 */
public final class TechniqueModels {
  private static final ObjectMapper JSON = new ObjectMapper();
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
      double seconds) {}

  /** A model and its description. */
  public record Trained(TechniqueModel model, Info info) {}

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

  /** The stored model's description, when there is a model. */
  public Optional<Info> info() throws IOException {
    if (!Files.isRegularFile(modelFile()) || !Files.isRegularFile(infoFile())) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(infoFile().toFile(), Info.class));
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
    List<TramReports.Report> reports = List.of();
    if (tram != null) {
      progress.accept("reading annotated reports from " + tram);
      reports = TramReports.load(tram);
    }
    progress.accept("reading ATT&CK procedure examples from the knowledge base");
    ProcedureExamples procedures = new KnowledgeBase(store).procedureExamples();
    if (reports.isEmpty() && procedures.examples().isEmpty()) {
      throw new IOException("nothing to learn from: the knowledge base has no ATT&CK procedure examples"
          + (tram == null ? " and no --tram reports were given" : " and " + tram + " has no report")
          + "; import ATT&CK first: ascribe kb import ../shared/data/attack/enterprise-attack-18.1.json");
    }
    return train(tram, reports, procedures, allTechniques || reports.isEmpty(), progress);
  }

  private Trained train(Path tram, List<TramReports.Report> reports, ProcedureExamples procedures, boolean all,
      Consumer<String> progress) throws IOException {
    long start = System.nanoTime();
    progress.accept("training on " + reports.size() + " annotated reports and " + procedures.examples().size()
        + " procedure examples (" + (all ? "every technique with enough examples" : "annotated techniques") + ")");
    TechniqueModel model = TechniqueClassifier.train(reports, procedures,
        TechniqueClassifier.Settings.defaults().withAllTechniques(all));
    Info info = new Info(Instant.now().toString(), new KnowledgeBase(store).fingerprint(),
        tram == null ? null : tram.toString(), tram == null ? null : sha256(tram), reports.size(),
        procedures.examples().size(), model.techniques().size(), all,
        Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    model.save(modelFile());
    Path tmp = Files.createTempFile(infoFile().getParent(), "techniques", ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), info);
    Files.move(tmp, infoFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    progress.accept("stored " + info.techniques() + " techniques in " + modelFile() + " (" + info.seconds() + " s)");
    return new Trained(model, info);
  }

  /**
   * The stored model; when there is none, or it cannot be read (a model from an older version,
   * say), one is trained from the knowledge base first. Empty when the knowledge base has no
   * procedure example to learn from: extraction then finds techniques by id and name only.
   */
  public Optional<TechniqueModel> loadOrTrain(Consumer<String> progress) throws IOException {
    if (Files.isRegularFile(modelFile())) {
      try {
        return Optional.of(TechniqueModel.load(modelFile()));
      } catch (IOException e) {
        progress.accept("the technique model cannot be read (" + e.getMessage() + "); training a new one");
      }
    }
    ProcedureExamples procedures = new KnowledgeBase(store).procedureExamples();
    if (procedures.examples().isEmpty()) {
      return Optional.empty();
    }
    progress.accept("no technique model yet: training one from the knowledge base's " + procedures.examples().size()
        + " procedure examples (once; `ascribe model train --tram FILE` adds annotated reports)");
    return Optional.of(train(null, List.of(), procedures, true, progress).model());
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
