package io.ascribe.store.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechniqueModelsTest {
  private static final String GROUP = "intrusion-set--00000000-0000-4000-8000-000000000001";
  private static final String POWERSHELL = "attack-pattern--00000000-0000-4000-8000-000000000011";
  private static final String LSASS = "attack-pattern--00000000-0000-4000-8000-000000000012";

  @TempDir Path home;

  @Test
  void an_empty_knowledge_base_gives_no_model_and_stores_nothing() throws IOException {
    try (Store store = TestStores.open(home)) {
      TechniqueModels models = new TechniqueModels(store);
      assertThat(models.loadOrTrain(line -> { })).isEmpty();
      assertThat(models.info()).isEmpty();
      assertThat(models.modelFile()).doesNotExist();
      assertThatThrownBy(() -> models.train(null, false, line -> { }))
          .hasMessageContaining("no ATT&CK procedure examples");
    }
  }

  @Test
  void first_use_trains_from_procedure_examples_then_later_uses_load_the_stored_model() throws IOException {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      List<String> progress = new ArrayList<>();
      TechniqueModel model = models.loadOrTrain(progress::add).orElseThrow();

      assertThat(progress).anyMatch(l -> l.contains("no technique model yet"));
      assertThat(model.techniques()).containsExactly("T1003.001", "T1059.001");
      assertThat(ids(model.classify("The intruders ran encoded PowerShell commands to download a second stage.")))
          .contains("T1059.001").doesNotContain("T1003.001");
      TechniqueModels.Info info = models.info().orElseThrow();
      assertThat(info.procedureExamples()).isEqualTo(12);
      assertThat(info.tram()).isNull();
      assertThat(info.allTechniques()).isTrue();

      List<String> again = new ArrayList<>();
      Optional<TechniqueModel> loaded = models.loadOrTrain(again::add);
      assertThat(again).isEmpty();
      assertThat(loaded.orElseThrow().techniques()).isEqualTo(model.techniques());
    }
  }

  @Test
  void an_unreadable_model_is_retrained_and_replaced() throws IOException {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      models.loadOrTrain(line -> { });
      Files.writeString(models.modelFile(), "not a model");
      List<String> progress = new ArrayList<>();
      assertThat(models.loadOrTrain(progress::add)).isPresent();
      assertThat(progress.get(0)).contains("cannot be read");
      assertThat(TechniqueModel.load(models.modelFile()).techniques()).hasSize(2);
    }
  }

  @Test
  void refresh_knowledgeBaseChangedButNotItsProcedureExamples_keepsTheModelAndRecordsTheFingerprint()
      throws IOException {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      assertThat(models.refresh(listener(new ArrayList<>())).kind()).isEqualTo(TechniqueModels.Refresh.Kind.TRAINED);
      byte[] model = Files.readAllBytes(models.modelFile());
      importFile(store, Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
      assertThat(models.isCurrent()).isFalse();

      TechniqueModels.Refresh refresh = models.refresh(listener(new ArrayList<>()));

      assertThat(refresh.kind()).isEqualTo(TechniqueModels.Refresh.Kind.KEPT);
      assertThat(models.isCurrent()).isTrue();
      assertThat(Files.readAllBytes(models.modelFile())).isEqualTo(model);
      assertThat(models.refresh(listener(new ArrayList<>())).kind()).isEqualTo(TechniqueModels.Refresh.Kind.UP_TO_DATE);
    }
  }

  @Test
  void loadOrTrain_newProcedureExamplesImported_retrainsOnThem() throws IOException {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      models.loadOrTrain(line -> { });
      importFile(store, Fixtures.write(home, Fixtures.MINI_PROCEDURES));
      List<String> progress = new ArrayList<>();

      TechniqueModel model = models.loadOrTrain(progress::add).orElseThrow();

      assertThat(progress).anyMatch(l -> l.contains("procedure examples changed since the technique model was trained"));
      assertThat(models.info().orElseThrow().procedureExamples()).isEqualTo(24);
      assertThat(model.techniques()).containsExactly("T1003.001", "T1059.001");
      assertThat(models.isCurrent()).isTrue();
    }
  }

  /**
   * Two trainings at once (a server's background training and an upload, say) must not interleave
   * their writes: the second waits for the first, then finds the model fresh and trains nothing.
   */
  @Test
  void refresh_twoAtOnce_trainOnceAndLeaveOneWholeModelAndNoTemporaryFile() throws Exception {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      List<String> first = Collections.synchronizedList(new ArrayList<>());
      List<String> second = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<TechniqueModels.Refresh> a = pool.submit(() -> new TechniqueModels(store).refresh(listener(first)));
        Future<TechniqueModels.Refresh> b = pool.submit(() -> new TechniqueModels(store).refresh(listener(second)));
        List<TechniqueModels.Refresh.Kind> kinds = List.of(a.get(60, TimeUnit.SECONDS).kind(),
            b.get(60, TimeUnit.SECONDS).kind());

        assertThat(kinds).containsExactlyInAnyOrder(TechniqueModels.Refresh.Kind.TRAINED,
            TechniqueModels.Refresh.Kind.UP_TO_DATE);
      } finally {
        pool.shutdownNow();
      }
      TechniqueModels models = new TechniqueModels(store);
      assertThat(TechniqueModel.load(models.modelFile()).techniques()).hasSize(2);
      assertThat(models.isCurrent()).isTrue();
      try (Stream<Path> files = Files.list(models.modelFile().getParent())) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
      }
    }
  }

  @Test
  void refresh_whileAnotherHoldsTheLock_saysItWaits() throws Exception {
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      List<String> progress = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = Thread.ofPlatform().start(() -> {
        try {
          ModelLock.holding(home.resolve("models").resolve("techniques.lock"), line -> { }, () -> {
            holding.countDown();
            awaitQuietly(release);
            return null;
          });
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      holding.await();
      Thread waiter = Thread.ofPlatform().start(() -> {
        try {
          models.refresh(listener(progress));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      while (progress.isEmpty()) {
        Thread.sleep(20);
      }
      assertThat(progress.get(0)).contains("being trained elsewhere", "waiting for it");
      assertThat(models.modelFile()).doesNotExist();
      release.countDown();
      holder.join();
      waiter.join();
      assertThat(models.isCurrent()).isTrue();
    }
  }

  @Test
  void annotated_reports_join_the_training_and_are_recorded_with_their_hash() throws IOException {
    Path tram = home.resolve("reports.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int r = 0; r < 4; r++) {
      lines.append("{\"title\": \"report ").append(r).append("\", \"sentences\": [")
          .append("{\"text\": \"The actor launched PowerShell scripts from a scheduled job number ").append(r)
          .append(".\", \"labels\": [\"T1059.001\"]},")
          .append("{\"text\": \"They read the memory of the LSASS process to steal passwords ").append(r)
          .append(".\", \"labels\": [\"T1003.001\"]},")
          .append("{\"text\": \"The weather was fine that day.\", \"labels\": []}]}\n");
    }
    Files.writeString(tram, lines);
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels.Trained trained = new TechniqueModels(store).train(tram, false, line -> { });
      assertThat(trained.info().reports()).isEqualTo(4);
      assertThat(trained.info().tramSha256()).hasSize(64);
      assertThat(trained.info().allTechniques()).isFalse();
      assertThat(trained.model().techniques()).containsExactly("T1003.001", "T1059.001");
    }
  }

  @Test
  void a_malformed_reports_file_names_the_line_and_keeps_the_stored_model() throws IOException {
    Path tram = home.resolve("bad.jsonl");
    Files.writeString(tram, "{\"title\": \"ok\", \"sentences\": []}\n{\"sentences\": 3}\n");
    try (Store store = TestStores.open(home)) {
      importBundle(store);
      TechniqueModels models = new TechniqueModels(store);
      models.loadOrTrain(line -> { });
      byte[] before = Files.readAllBytes(models.modelFile());
      assertThatThrownBy(() -> models.train(tram, false, line -> { }))
          .hasMessageContaining("bad.jsonl:2:");
      assertThat(Files.readAllBytes(models.modelFile())).isEqualTo(before);
    }
  }

  private static List<String> ids(List<TechniqueMention> mentions) {
    return mentions.stream().map(TechniqueMention::id).toList();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static TechniqueModels.Listener listener(List<String> lines) {
    return TechniqueModels.Listener.lines(lines::add);
  }

  private static void importFile(Store store, Path file) throws IOException {
    new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE)
        .importAll(List.of(file.toString()), KbImporter.Options.DEFAULT);
  }

  private void importBundle(Store store) throws IOException {
    List<String> objects = new ArrayList<>();
    objects.add("{\"type\": \"intrusion-set\", \"spec_version\": \"2.1\", \"id\": \"" + GROUP
        + "\", \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": \"2020-01-01T00:00:00.000Z\", \"name\": \"Test Group\"}");
    objects.add(pattern(POWERSHELL, "PowerShell", "T1059.001"));
    objects.add(pattern(LSASS, "LSASS Memory", "T1003.001"));
    String[] powershell = {
      "Test Group has used PowerShell scripts to download payloads.",
      "Test Group executed encoded PowerShell commands on victim hosts.",
      "The group ran a PowerShell one-liner to fetch and execute a second stage.",
      "Test Group used PowerShell to run commands and download tools.",
      "The actor invoked PowerShell with a hidden window to launch its loader.",
      "Test Group leveraged PowerShell cmdlets to execute downloaded code."};
    String[] lsass = {
      "Test Group dumped credentials from LSASS memory with a custom tool.",
      "The group read the memory of the LSASS process to obtain password hashes.",
      "Test Group used a minidump of lsass.exe to harvest credentials.",
      "The actor accessed LSASS process memory to steal passwords.",
      "Test Group created a dump of the LSASS process and extracted hashes offline.",
      "The group harvested credentials from the memory of lsass."};
    int n = 100;
    for (String d : powershell) {
      objects.add(uses(n++, POWERSHELL, d));
    }
    for (String d : lsass) {
      objects.add(uses(n++, LSASS, d));
    }
    Path bundle = home.resolve("bundle.json");
    Files.writeString(bundle, "{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-00000000ffff\", "
        + "\"objects\": [\n" + String.join(",\n", objects) + "\n]}\n");
    new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE)
        .importAll(List.of(bundle.toString()), KbImporter.Options.DEFAULT);
  }

  private static String pattern(String id, String name, String attackId) {
    return "{\"type\": \"attack-pattern\", \"spec_version\": \"2.1\", \"id\": \"" + id
        + "\", \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": \"2020-01-01T00:00:00.000Z\", \"name\": \""
        + name + "\", \"external_references\": [{\"source_name\": \"mitre-attack\", \"external_id\": \"" + attackId + "\"}]}";
  }

  private static String uses(int n, String target, String description) {
    return "{\"type\": \"relationship\", \"spec_version\": \"2.1\", \"id\": \"relationship--00000000-0000-4000-8000-"
        + String.format("%012d", n) + "\", \"created\": \"2020-01-01T00:00:00.000Z\", "
        + "\"modified\": \"2020-01-01T00:00:00.000Z\", \"relationship_type\": \"uses\", \"source_ref\": \"" + GROUP
        + "\", \"target_ref\": \"" + target + "\", \"description\": \"" + description + "\"}";
  }
}
