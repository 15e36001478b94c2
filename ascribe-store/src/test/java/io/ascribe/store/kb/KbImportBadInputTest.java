package io.ascribe.store.kb;

import static io.ascribe.store.kb.KbTestSupport.ALPHA;
import static io.ascribe.store.kb.KbTestSupport.BETA;
import static io.ascribe.store.kb.KbTestSupport.bundle;
import static io.ascribe.store.kb.KbTestSupport.fingerprint;
import static io.ascribe.store.kb.KbTestSupport.intrusionSet;
import static io.ascribe.store.kb.KbTestSupport.newSetId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascribe.fetch.FetchException;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.kb.KbFormatException;
import io.ascribe.kb.NotKnowledgeFileException;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.KbImporter.Options;
import io.ascribe.store.kb.KbTestSupport.Fingerprint;
import io.ascribe.testkit.Fixtures;
import io.ascribe.testkit.LoopbackHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad knowledge input is refused with its place and reason, and leaves the store unchanged. */
class KbImportBadInputTest {
  @TempDir Path home;
  @TempDir Path files;

  private Store store;
  private KbImporter importer;
  /** The good inputs imported in the same call as the bad one: a MISP file and a STIX update. */
  private List<String> goodInputs;
  private Fingerprint before;

  @BeforeEach
  void importGoodFixture() throws IOException {
    store = TestStores.open(home);
    importer = KbTestSupport.importer(store);
    Path attack = Fixtures.write(files, Fixtures.MINI_ATTACK);
    importer.importAll(List.of(attack.toString()), Options.DEFAULT);
    Path misp = Fixtures.write(files, Fixtures.MINI_THREAT_ACTOR);
    // Updates Beta Bear (so a previous version moves to history) and adds a new group.
    Path update = Fixtures.write(files, "update.json", bundle(
        intrusionSet(BETA, "Beta Bear", "2025-01-01T00:00:00.000Z"),
        intrusionSet(newSetId(1), "Epsilon Kitten", "2025-01-01T00:00:00.000Z")));
    goodInputs = List.of(misp.toString(), update.toString());
    before = fingerprint(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  /**
   * Imports the good inputs and then {@code bad} in one call, asserts that it throws {@code type},
   * and that the store is exactly as before the call.
   */
  private <E extends IOException> E importWithBad(Class<E> type, String bad) {
    List<String> arguments = new ArrayList<>(goodInputs);
    arguments.add(bad);
    Throwable thrown = catchThrowable(() -> importer.importAll(arguments, Options.DEFAULT));
    assertThat(thrown).as("importing %s", arguments).isInstanceOf(type);
    assertThat(fingerprint(store)).as("store after the refused import").isEqualTo(before);
    return type.cast(thrown);
  }

  private Path write(String name, String content) {
    return Fixtures.write(files, name, content);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path p = files.resolve(name);
    Files.write(p, content);
    return p;
  }

  /** A bundle whose objects[0] is a newer Alpha Panda, so the bad file itself writes before failing. */
  private static String badBundle(String... laterObjects) {
    List<String> objects = new ArrayList<>();
    objects.add(intrusionSet(ALPHA, "Alpha Panda", "2025-06-01T00:00:00.000Z"));
    objects.addAll(Arrays.asList(laterObjects));
    return bundle(objects.toArray(String[]::new));
  }

  @Test
  void importAll_goodInputsWithoutBadOne_changeTheStore() throws IOException {
    ImportSummary summary = importer.importAll(goodInputs, Options.DEFAULT);

    assertThat(summary.added()).isEqualTo(KbTestSupport.MINI_THREAT_ACTOR_OBJECTS + 1);
    assertThat(summary.updated()).isEqualTo(1);
    assertThat(fingerprint(store)).as("control: the good inputs alone do change the store")
        .isNotEqualTo(before);
  }

  @Test
  void importAll_malformedJson_reportsLineAndColumnAndLeavesStoreUnchanged() {
    String broken = "{\"type\": \"intrusion-set\", \"id\": \"" + newSetId(2) + "\" \"name\": \"No Comma\"}";
    Path bad = write("malformed.json", badBundle(intrusionSet(newSetId(3), "Fine", "2025-01-01T00:00:00Z"), broken));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    int column = broken.indexOf("\"name\"") + 1;
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.getMessage())
        .startsWith(bad + ":4:" + column + ": malformed JSON: Unexpected character ('\"' (code 34))")
        .contains("was expecting comma to separate Object entries");
  }

  @Test
  void importAll_truncatedFile_reportsEndOfInputAtLastLineAndLeavesStoreUnchanged() {
    String text = Fixtures.text(Fixtures.MINI_ATTACK);
    String half = text.substring(0, text.length() / 2);
    Path bad = write("truncated.json", half);

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    long lastLine = half.chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.line()).isEqualTo(lastLine);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage())
        .startsWith(bad + ":" + lastLine + ":" + e.column() + ": malformed JSON: Unexpected end-of-input");
  }

  @Test
  void importAll_reportTypeInsteadOfBundle_reportsTypeAtObjectsArrayAndLeavesStoreUnchanged() {
    String header = "{\"type\": \"report\", \"id\": \"report--00000000-0000-4000-8000-000000000001\", "
        + "\"spec_version\": \"2.1\", \"objects\": [";
    Path bad = write("report.json", header + "\n" + intrusionSet(newSetId(4), "X", "2025-01-01T00:00:00Z") + "\n]}\n");

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":1:" + header.length()
        + ": a STIX document must have \"type\": \"bundle\", got 'report'");
  }

  @Test
  void importAll_reportTypeAfterObjects_rejectsAfterStreamingAndLeavesStoreUnchanged() {
    Path bad = write("report-late.json", "{\"objects\": [\n"
        + intrusionSet(ALPHA, "Alpha Panda", "2025-06-01T00:00:00.000Z") + "\n], \"type\": \"report\"}\n");

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":1:1: a STIX document must have \"type\": \"bundle\", got 'report'");
  }

  @Test
  void importAll_objectWithoutId_reportsObjectIndexAndLineAndLeavesStoreUnchanged() {
    Path bad = write("no-id.json", badBundle(
        intrusionSet(newSetId(5), "Fine", "2025-01-01T00:00:00Z"),
        "{\"type\": \"intrusion-set\", \"name\": \"Nameless\", \"modified\": \"2025-01-01T00:00:00Z\"}"));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":4:1: objects[2] (intrusion-set) has no 'id'");
  }

  @Test
  void importAll_idThatIsNotUuid_reportsMalformedIdAndLeavesStoreUnchanged() {
    Path bad = write("bad-uuid.json", badBundle(
        intrusionSet("intrusion-set--not-a-uuid", "Bad Id", "2025-01-01T00:00:00Z")));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":3:1: objects[1] has malformed id 'intrusion-set--not-a-uuid': "
        + "expected 'intrusion-set--<uuid>'");
  }

  @Test
  void importAll_idPrefixDiffersFromType_reportsMalformedIdAndLeavesStoreUnchanged() {
    String id = "malware--00000000-0000-4000-8000-000000000999";
    Path bad = write("bad-prefix.json", badBundle(intrusionSet(id, "Wrong Prefix", "2025-01-01T00:00:00Z")));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":3:1: objects[1] has malformed id '" + id
        + "': expected 'intrusion-set--<uuid>'");
  }

  @Test
  void importAll_sameIdTwiceWithConflictingContentAndSameModified_reportsBothLinesAndLeavesStoreUnchanged() {
    String id = newSetId(6);
    Path bad = write("duplicate.json", badBundle(
        intrusionSet(id, "First Name", "2025-01-01T00:00:00.000Z"),
        intrusionSet(newSetId(7), "Between", "2025-01-01T00:00:00.000Z"),
        intrusionSet(id, "Second Name", "2025-01-01T00:00:00.000Z")));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":5: object " + id + " appears twice with conflicting content "
        + "and the same 'modified' 2025-01-01T00:00:00.000Z (first at line 3)");
  }

  @Test
  void importAll_unknownBundleSpecVersion_reportsVersionAndPlaceAndLeavesStoreUnchanged() {
    String header = "{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-000000000001\", \"spec_version\": ";
    Path bad = write("bundle-22.json", header + "\"2.2\", \"objects\": [\n"
        + intrusionSet(newSetId(8), "X", "2025-01-01T00:00:00Z") + "\n]}\n");

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":1:" + (header.length() + 1)
        + ": unknown bundle spec_version '2.2' (supported: 2.0, 2.1)");
  }

  @Test
  void importAll_unknownObjectSpecVersion_reportsObjectAndVersionAndLeavesStoreUnchanged() {
    String id = newSetId(9);
    Path bad = write("object-22.json", badBundle(
        "{\"type\": \"intrusion-set\", \"spec_version\": \"2.2\", \"id\": \"" + id
            + "\", \"modified\": \"2025-01-01T00:00:00Z\", \"name\": \"Future\"}"));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ":3:1: objects[1] (" + id
        + ") has unknown spec_version '2.2' (supported: 2.0, 2.1)");
  }

  @Test
  void importAll_invalidUtf8InString_reportsUtf8ErrorAtByteAndLeavesStoreUnchanged() throws IOException {
    String prefix = badBundle().replace("\n]}\n", ",\n")
        + "{\"type\": \"intrusion-set\", \"id\": \"" + newSetId(10) + "\", \"name\": \"Caf";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(prefix.getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write(" latte\"}\n]}\n".getBytes(StandardCharsets.UTF_8));
    Path bad = writeBytes("latin.json", bytes.toByteArray());

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    String lastLine = prefix.substring(prefix.lastIndexOf('\n') + 1);
    assertThat(e.line()).isEqualTo(3);
    // 0xC3 is at byte column L+1 and 0x28 at L+2; Jackson reports the column just after the byte
    // that breaks the sequence (L+3), so accept anywhere from the lead byte to just after it
    assertThat(e.column()).isBetween((long) lastLine.length() + 1, (long) lastLine.length() + 3);
    assertThat(e.getMessage())
        .startsWith(bad + ":3:" + e.column() + ": ")
        .contains("Invalid UTF-8")
        .contains("0x28");
  }

  @Test
  void importAll_gzNameButPlainJson_reportsNotGzipAndLeavesStoreUnchanged() {
    Path bad = write("plain.json.gz", badBundle());

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e.getMessage()).startsWith(bad + ": not a valid gzip file (").contains("GZIP");
  }

  @Test
  void importAll_gzNameButTooShortForGzipHeader_reportsNotGzipAndLeavesStoreUnchanged() throws IOException {
    Path bad = writeBytes("tiny.json.gz", new byte[] {'{'});

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e).hasMessage(bad + ": not a valid gzip file (too short for a gzip header)");
  }

  @Test
  void importAll_truncatedGzip_reportsTruncatedAndLeavesStoreUnchanged() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(Fixtures.text(Fixtures.MINI_ATTACK).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = gz.toByteArray();
    Path bad = writeBytes("cut.json.gz", Arrays.copyOf(all, all.length / 2));

    KbFormatException e = importWithBad(KbFormatException.class, bad.toString());

    assertThat(e.getMessage()).startsWith(bad + ": ").contains("truncated");
  }

  @Test
  void importAll_urlAnswering404_reportsUrlAndStatusAndLeavesStoreUnchanged() throws IOException {
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(files)) {
      String url = server.url("missing.json");

      FetchException e = importWithBad(FetchException.class, url);

      assertThat(e).hasMessage(url + ": HTTP 404 (expected 200)");
    }
  }

  @Test
  void importAll_urlThatNeverAnswers_timesOutAfterOneSecondAndLeavesStoreUnchanged() throws IOException {
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(files)) {
      String url = server.url("slow/x.json");
      long t0 = System.nanoTime();

      FetchException e = importWithBad(FetchException.class, url);

      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
      assertThat(e).hasMessage(url + ": no response within 1 s");
    }
  }

  @Test
  void importAll_loopbackUrlUnderPublicOnlyPolicy_refusesWithoutConnectingAndLeavesStoreUnchanged()
      throws IOException {
    Path served = write("served.json", bundle(intrusionSet(newSetId(11), "Served", "2025-01-01T00:00:00Z")));
    importer = new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)),
        ImportListener.NONE);
    try (LoopbackHttpServer server = LoopbackHttpServer.serving(files)) {
      String url = server.url(served.getFileName().toString());

      FetchException e = importWithBad(FetchException.class, url);

      assertThat(e.getMessage()).startsWith(url + ": refused to connect to private or loopback address 127.0.0.1");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void importAll_pathThatDoesNotExist_reportsPathAndLeavesStoreUnchanged() {
    String missing = files.resolve("no-such-file.json").toString();

    KbFormatException e = importWithBad(KbFormatException.class, missing);

    assertThat(e).hasMessage(missing + ": no such file or folder");
  }

  @Test
  void importAll_explicitNonKnowledgeJson_refusesAndLeavesStoreUnchanged() {
    Path schema = write("schema.json",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}\n");

    NotKnowledgeFileException e = importWithBad(NotKnowledgeFileException.class, schema.toString());

    assertThat(e).hasMessage(schema
        + ": neither a STIX bundle ('objects') nor a MISP cluster file ('values')");
  }
}
