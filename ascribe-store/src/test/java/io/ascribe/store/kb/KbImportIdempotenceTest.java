package io.ascribe.store.kb;

import static io.ascribe.store.kb.KbTestSupport.ALPHA;
import static io.ascribe.store.kb.KbTestSupport.CUSTOM;
import static io.ascribe.store.kb.KbTestSupport.MINI_ATTACK_OBJECTS;
import static io.ascribe.store.kb.KbTestSupport.MINI_THREAT_ACTOR_OBJECTS;
import static io.ascribe.store.kb.KbTestSupport.OLD_ALPHA;
import static io.ascribe.store.kb.KbTestSupport.bundle;
import static io.ascribe.store.kb.KbTestSupport.count;
import static io.ascribe.store.kb.KbTestSupport.fingerprint;
import static io.ascribe.store.kb.KbTestSupport.intrusionSet;
import static io.ascribe.store.kb.KbTestSupport.newSetId;
import static io.ascribe.store.kb.KbTestSupport.string;
import static io.ascribe.store.kb.KbTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.kb.NotKnowledgeFileException;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.kb.ImportSummary.InputResult;
import io.ascribe.store.kb.ImportSummary.Status;
import io.ascribe.store.kb.KbImporter.Options;
import io.ascribe.store.kb.KbTestSupport.Fingerprint;
import io.ascribe.testkit.Fixtures;
import io.ascribe.testkit.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-imports change nothing, newer versions replace older ones with history, and provenance is complete. */
class KbImportIdempotenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path files;

  private Store store;
  private KbImporter importer;
  private String attack;
  private String misp;

  @BeforeEach
  void openStore() throws IOException {
    store = TestStores.open(home);
    importer = KbTestSupport.importer(store);
    attack = Fixtures.write(files, Fixtures.MINI_ATTACK).toString();
    misp = Fixtures.write(files, Fixtures.MINI_THREAT_ACTOR).toString();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private ImportSummary importFixtures() throws IOException {
    ImportSummary first = importer.importAll(List.of(attack, misp), Options.DEFAULT);
    assertThat(first.added()).isEqualTo(MINI_ATTACK_OBJECTS + MINI_THREAT_ACTOR_OBJECTS);
    return first;
  }

  private String write(String name, String content) {
    return Fixtures.write(files, name, content).toString();
  }

  private String modifiedOf(String key) {
    return string(store, "select modified from kb_object where object_key = :key", key);
  }

  private String bodyOf(String key) {
    return string(store, "select body from kb_object where object_key = :key", key);
  }

  @Test
  void importAll_sameFilesTwice_secondAddsAndUpdatesNothingAndStoreUnchanged() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);

    ImportSummary second = importer.importAll(List.of(attack, misp), Options.DEFAULT);

    assertThat(second.added()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.inputs()).extracting(InputResult::status, InputResult::unchanged)
        .containsExactly(tuple(Status.ALREADY_IMPORTED, MINI_ATTACK_OBJECTS),
            tuple(Status.ALREADY_IMPORTED, MINI_THREAT_ACTOR_OBJECTS));
    assertThat(second.readModel()).as("nothing changed, so no rebuild").isNull();
    assertThat(fingerprint(store)).isEqualTo(before);
  }

  @Test
  void importAll_sameFilesTwiceWithForce_rereadsButAddsAndUpdatesNothingAndStoreUnchanged() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);

    ImportSummary second = importer.importAll(List.of(attack, misp), new Options(true, false));

    assertThat(second.added()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.inputs()).extracting(InputResult::status, InputResult::unchanged, InputResult::older)
        .containsExactly(tuple(Status.IMPORTED, MINI_ATTACK_OBJECTS, 0),
            tuple(Status.IMPORTED, MINI_THREAT_ACTOR_OBJECTS, 0));
    assertThat(fingerprint(store)).isEqualTo(before);
  }

  @Test
  void importAll_sameObjectsInOtherBytes_addsAndUpdatesNothingAndObjectsKeepTheirSource() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);
    String reformatted = write("reformatted.json", "\n\n" + Fixtures.text(Fixtures.MINI_ATTACK) + "\n  \n");

    ImportSummary second = importer.importAll(List.of(reformatted), Options.DEFAULT);

    assertThat(second.inputs()).extracting(InputResult::status, InputResult::added, InputResult::updated,
            InputResult::unchanged)
        .containsExactly(tuple(Status.IMPORTED, 0, 0, MINI_ATTACK_OBJECTS));
    Fingerprint after = fingerprint(store);
    assertThat(after.objects()).isEqualTo(before.objects());
    assertThat(after.bodyChars()).isEqualTo(before.bodyChars());
    assertThat(after.history()).isZero();
    assertThat(count(store, "select count(*) from kb_object o join kb_source s on s.id = o.source_id "
        + "where s.location = '" + attack.replace("'", "''") + "'")).isEqualTo(MINI_ATTACK_OBJECTS);
  }

  @Test
  void importAll_newerModified_updatesObjectAndKeepsPreviousVersionInHistory() throws IOException {
    importFixtures();
    String oldBody = bodyOf(ALPHA);
    String oldHash = string(store, "select content_sha256 from kb_object where object_key = :key", ALPHA);
    long oldSource = count(store, "select source_id from kb_object where object_key = '" + ALPHA + "'");
    String update = write("update.json",
        bundle(intrusionSet(ALPHA, "Alpha Panda Renamed", "2025-03-01T00:00:00.000Z")));

    ImportSummary summary = importer.importAll(List.of(update), Options.DEFAULT);

    assertThat(summary.inputs()).extracting(InputResult::added, InputResult::updated, InputResult::older)
        .containsExactly(tuple(0, 1, 0));
    assertThat(modifiedOf(ALPHA)).isEqualTo("2025-03-01T00:00:00.000Z");
    assertThat(JSON.readTree(bodyOf(ALPHA)).path("name").asText()).isEqualTo("Alpha Panda Renamed");
    long newSource = count(store, "select source_id from kb_object where object_key = '" + ALPHA + "'");
    assertThat(text(store, "select location from kb_source where id = " + newSource))
        .isEqualTo(update);
    List<List<Object>> history = store.jdbi().withHandle(h -> h.createQuery(
            "select modified, content_sha256, body, source_id, superseded_by from kb_object_history "
                + "where object_key = :key")
        .bind("key", ALPHA)
        .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getLong(5)))
        .list());
    assertThat(history).containsExactly(
        List.of("2024-01-01T00:00:00.000Z", oldHash, oldBody, oldSource, newSource));
    assertThat(count(store, "select count(*) from kb_object_history")).isEqualTo(1);
  }

  @Test
  void importAll_olderModified_countedAsOlderAndNotStoredAsCurrent() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);
    String older = write("older.json",
        bundle(intrusionSet(ALPHA, "Alpha Panda 2019", "2019-01-01T00:00:00.000Z")));

    ImportSummary summary = importer.importAll(List.of(older), Options.DEFAULT);

    assertThat(summary.inputs()).extracting(InputResult::added, InputResult::updated, InputResult::older)
        .containsExactly(tuple(0, 0, 1));
    assertThat(modifiedOf(ALPHA)).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(JSON.readTree(bodyOf(ALPHA)).path("name").asText()).isEqualTo("Alpha Panda");
    assertThat(fingerprint(store)).isEqualTo(before);
  }

  @Test
  void importAll_twoOlderVersionsInTwoFilesOfOneCall_keepsStoredNewestAsCurrent() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);
    String v2020 = write("v2020.json", bundle(intrusionSet(ALPHA, "Alpha 2020", "2020-01-01T00:00:00.000Z")));
    String v2022 = write("v2022.json", bundle(intrusionSet(ALPHA, "Alpha 2022", "2022-01-01T00:00:00.000Z")));

    ImportSummary summary = importer.importAll(List.of(v2020, v2022), Options.DEFAULT);

    assertThat(modifiedOf(ALPHA)).as("current version of " + ALPHA).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(summary.inputs()).extracting(InputResult::updated, InputResult::older)
        .containsExactly(tuple(0, 1), tuple(0, 1));
    assertThat(fingerprint(store)).isEqualTo(before);
  }

  @Test
  void importAll_twoOlderVersionsInOneFile_keepsStoredNewestAsCurrent() throws IOException {
    importFixtures();
    Fingerprint before = fingerprint(store);
    String both = write("both-older.json", bundle(
        intrusionSet(ALPHA, "Alpha 2020", "2020-01-01T00:00:00.000Z"),
        intrusionSet(ALPHA, "Alpha 2022", "2022-01-01T00:00:00.000Z")));

    ImportSummary summary = importer.importAll(List.of(both), Options.DEFAULT);

    assertThat(modifiedOf(ALPHA)).as("current version of " + ALPHA).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(summary.inputs()).extracting(InputResult::updated, InputResult::older)
        .containsExactly(tuple(0, 2));
    assertThat(fingerprint(store)).isEqualTo(before);
  }

  @Test
  void importAll_twoVersionsOfNewObjectInOneFile_storesNewerWhateverTheOrder() throws IOException {
    String a = newSetId(1);
    String b = newSetId(2);
    String file = write("two-versions.json", bundle(
        intrusionSet(a, "A old", "2025-01-01T00:00:00.000Z"),
        intrusionSet(a, "A new", "2025-02-01T00:00:00.000Z"),
        intrusionSet(b, "B new", "2025-02-01T00:00:00.000Z"),
        intrusionSet(b, "B old", "2025-01-01T00:00:00.000Z")));

    importer.importAll(List.of(file), Options.DEFAULT);

    assertThat(modifiedOf(a)).isEqualTo("2025-02-01T00:00:00.000Z");
    assertThat(modifiedOf(b)).isEqualTo("2025-02-01T00:00:00.000Z");
    assertThat(JSON.readTree(bodyOf(a)).path("name").asText()).isEqualTo("A new");
    assertThat(JSON.readTree(bodyOf(b)).path("name").asText()).isEqualTo("B new");
  }

  @Test
  void importAll_changedMispCluster_updatesItBecauseMispHasNoModified() throws IOException {
    importFixtures();
    String changed = write("threat-actor-v2.json", Fixtures.text(Fixtures.MINI_THREAT_ACTOR)
        .replace("\"Delta Spider\",", "\"Delta Spider\", \"description\": \"Now described.\","));

    ImportSummary summary = importer.importAll(List.of(changed), Options.DEFAULT);

    assertThat(summary.inputs()).extracting(InputResult::added, InputResult::updated, InputResult::unchanged)
        .containsExactly(tuple(0, 1, MINI_THREAT_ACTOR_OBJECTS - 1));
    assertThat(count(store, "select count(*) from kb_object_history")).isEqualTo(1);
    assertThat(bodyOf("misp:threat-actor:aaaaaaaa-0000-4000-8000-000000000004")).contains("Now described.");
  }

  @Test
  void importAll_filesAndUrlAndUpdate_everyObjectHasSourceWithLocationShaAndTime() throws Exception {
    Path served = Files.createDirectories(files.resolve("served"));
    String servedText = bundle(intrusionSet(newSetId(3), "Served Group", "2025-01-01T00:00:00.000Z"));
    Fixtures.write(served, "remote.json", servedText);
    String update = write("update.json", bundle(intrusionSet(ALPHA, "Alpha", "2025-03-01T00:00:00.000Z")));
    String url;
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(served)) {
      url = server.url("remote.json");
      importer.importAll(List.of(attack, misp, url), Options.DEFAULT);
      importer.importAll(List.of(update), Options.DEFAULT);
    }

    record Row(String key, String location, String sha256, OffsetDateTime importedAt) {}
    List<Row> rows = store.jdbi().withHandle(h -> h.createQuery(
            "select o.object_key, s.location, s.sha256, s.imported_at from kb_object o "
                + "left join kb_source s on s.id = o.source_id order by o.object_key")
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class)))
        .list());
    assertThat(rows).hasSize(MINI_ATTACK_OBJECTS + MINI_THREAT_ACTOR_OBJECTS + 1);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.location()).as("location of %s", r.key()).isNotBlank();
      assertThat(r.sha256()).as("sha256 of %s", r.key()).matches("[0-9a-f]{64}");
      assertThat(r.importedAt()).as("imported_at of %s", r.key()).isNotNull();
    });
    assertThat(rows).filteredOn(r -> r.key().equals(ALPHA)).singleElement()
        .extracting(Row::location, Row::sha256).containsExactly(update, sha256(Path.of(update)));
    assertThat(rows).filteredOn(r -> r.key().equals(newSetId(3))).singleElement()
        .extracting(Row::location, Row::sha256)
        .containsExactly(url, sha256(servedText.getBytes(StandardCharsets.UTF_8)));
    assertThat(rows).filteredOn(r -> r.key().equals(CUSTOM)).singleElement()
        .extracting(Row::location, Row::sha256).containsExactly(attack, sha256(Path.of(attack)));
  }

  @Test
  void importAll_unknownObjectType_keptAsRawJson() throws IOException {
    importFixtures();

    JsonNode original = null;
    for (JsonNode o : JSON.readTree(Fixtures.text(Fixtures.MINI_ATTACK)).path("objects")) {
      if (o.path("id").asText().equals(CUSTOM)) {
        original = o;
      }
    }
    assertThat(original).isNotNull();
    assertThat(string(store, "select object_type from kb_object where object_key = :key", CUSTOM))
        .isEqualTo("x-custom-thing");
    assertThat(JSON.readTree(bodyOf(CUSTOM))).isEqualTo(original);
    assertThat(JSON.readTree(bodyOf(CUSTOM)).path("flavour").asText()).isEqualTo("earl grey");
  }

  @Test
  void importAll_revokedObjects_flaggedRevokedAndNotDeleted() throws IOException {
    importFixtures();
    String revokeBeta = write("revoke.json", bundle(
        "{\"type\": \"intrusion-set\", \"id\": \"" + KbTestSupport.BETA + "\", \"modified\": "
            + "\"2025-01-01T00:00:00.000Z\", \"name\": \"Beta Bear\", \"revoked\": true}"));

    importer.importAll(List.of(revokeBeta), Options.DEFAULT);

    assertThat(string(store, "select cast(revoked as varchar) from kb_object where object_key = :key", OLD_ALPHA))
        .isEqualToIgnoringCase("true");
    assertThat(string(store, "select cast(revoked as varchar) from kb_object where object_key = :key",
        KbTestSupport.BETA)).isEqualToIgnoringCase("true");
    assertThat(string(store, "select cast(revoked as varchar) from kb_object where object_key = :key", ALPHA))
        .isEqualToIgnoringCase("false");
    assertThat(count(store, "select count(*) from kb_object"))
        .isEqualTo(MINI_ATTACK_OBJECTS + MINI_THREAT_ACTOR_OBJECTS);
    assertThat(new KnowledgeBase(store).stats().retired("intrusion-set")).isEqualTo(2);
  }

  @Test
  void importAll_keepGoingWithOneBadFile_importsGoodOnesAndReportsBadAsRejected() throws IOException {
    importer.importAll(List.of(attack), Options.DEFAULT);
    String bad = write("bad.json", bundle(
        intrusionSet(ALPHA, "Alpha from bad file", "2025-06-01T00:00:00.000Z"),
        intrusionSet("intrusion-set--not-a-uuid", "Bad", "2025-06-01T00:00:00.000Z")));
    String update = write("update.json", bundle(intrusionSet(newSetId(4), "Zeta", "2025-01-01T00:00:00.000Z")));

    ImportSummary summary = importer.importAll(List.of(misp, bad, update), new Options(false, true));

    assertThat(summary.inputs()).extracting(InputResult::location, InputResult::status, InputResult::added)
        .containsExactly(tuple(misp, Status.IMPORTED, MINI_THREAT_ACTOR_OBJECTS),
            tuple(bad, Status.REJECTED, 0), tuple(update, Status.IMPORTED, 1));
    assertThat(summary.inputs().get(1).message()).isEqualTo(bad
        + ":3:1: objects[1] has malformed id 'intrusion-set--not-a-uuid': expected 'intrusion-set--<uuid>'");
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(modifiedOf(ALPHA)).as("the bad file's update of Alpha is rolled back")
        .isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(count(store, "select count(*) from kb_object_history")).isZero();
    assertThat(count(store, "select count(*) from kb_source where location = '" + bad.replace("'", "''") + "'"))
        .isZero();
    assertThat(count(store, "select count(*) from kb_object"))
        .isEqualTo(MINI_ATTACK_OBJECTS + MINI_THREAT_ACTOR_OBJECTS + 1);
  }

  @Test
  void importAll_folder_importsJsonAndGzipBelowItAndSkipsOtherJson() throws IOException {
    Path dir = Files.createDirectories(files.resolve("kb"));
    Fixtures.write(dir, "attack.json", Fixtures.text(Fixtures.MINI_ATTACK));
    Path nested = Files.createDirectories(dir.resolve("misp/clusters"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nested.resolve("threat-actor.json.gz")))) {
      out.write(Fixtures.text(Fixtures.MINI_THREAT_ACTOR).getBytes(StandardCharsets.UTF_8));
    }
    Path schema = Fixtures.write(dir, "schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
        + "\"title\": \"Bundle\", \"type\": \"object\", \"properties\": {\"objects\": {\"type\": \"array\"}}}\n");
    Path galaxy = Fixtures.write(dir, "misp/galaxy.json", "{\"description\": \"Threat actors\", \"name\": \"Threat Actor\", "
        + "\"namespace\": \"misp\", \"type\": \"threat-actor\", \"uuid\": \"698774c7-8022-42c4-917f-8d6e4f06ada3\", "
        + "\"version\": 3}\n");
    Path array = Fixtures.write(dir, "list.json", "[1, 2, 3]\n");
    Fixtures.write(dir, "README.md", "not json at all {");

    ImportSummary summary = importer.importAll(List.of(dir.toString()), Options.DEFAULT);

    assertThat(summary.inputs()).extracting(r -> Path.of(r.location()).getFileName().toString(),
            InputResult::status, InputResult::added)
        .containsExactlyInAnyOrder(
            tuple("attack.json", Status.IMPORTED, MINI_ATTACK_OBJECTS),
            tuple("threat-actor.json.gz", Status.IMPORTED, MINI_THREAT_ACTOR_OBJECTS),
            tuple("schema.json", Status.SKIPPED, 0),
            tuple("galaxy.json", Status.SKIPPED, 0),
            tuple("list.json", Status.SKIPPED, 0));
    assertThat(summary.skipped()).isEqualTo(3);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.inputs()).filteredOn(r -> r.status() == Status.SKIPPED)
        .extracting(InputResult::location, InputResult::message)
        .containsExactlyInAnyOrder(
            tuple(schema.toString(), "neither a STIX bundle ('objects') nor a MISP cluster file ('values')"),
            tuple(galaxy.toString(), "neither a STIX bundle ('objects') nor a MISP cluster file ('values')"),
            tuple(array.toString(), "top level is a JSON [, not an object"));
    assertThat(count(store, "select count(*) from kb_object"))
        .isEqualTo(MINI_ATTACK_OBJECTS + MINI_THREAT_ACTOR_OBJECTS);
    assertThat(count(store, "select count(*) from kb_source")).isEqualTo(2);
  }

  @Test
  void importAll_nonKnowledgeFileGivenExplicitly_failsAndStoresNothing() throws IOException {
    Path dir = Files.createDirectories(files.resolve("kb"));
    Fixtures.write(dir, "attack.json", Fixtures.text(Fixtures.MINI_ATTACK));
    Path schema = Fixtures.write(dir, "schema.json",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}\n");
    Fingerprint empty = fingerprint(store);

    Throwable thrown = catchThrowable(
        () -> importer.importAll(List.of(dir.toString(), schema.toString()), Options.DEFAULT));

    assertThat(thrown).isInstanceOf(NotKnowledgeFileException.class)
        .hasMessage(schema + ": neither a STIX bundle ('objects') nor a MISP cluster file ('values')");
    assertThat(fingerprint(store)).isEqualTo(empty);
    assertThat(empty.objects()).isZero();
  }

  private static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
