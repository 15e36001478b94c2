package io.ascribe.store.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ~1 GB STIX bundle imports in a child JVM limited to -Xmx512m, proving the import streams. */
@Tag("large")
class LargeFileImportTest {
  private static final int OBJECTS = 50_000;
  private static final int DESCRIPTION_CHARS = 20_480;
  private static final String HEAP = "-Xmx512m";

  @TempDir Path tmp;

  @Test
  void importAll_oneGigabyteBundleUnder512MbHeap_succeedsAndAddsEveryObject() throws Exception {
    long t0 = System.nanoTime();
    Path bundle = tmp.resolve("large-bundle.json");
    Path home = tmp.resolve("home");
    Path log = tmp.resolve("child.log");
    long size = generate(bundle);
    long generated = System.nanoTime();
    assertThat(size).as("bundle size").isGreaterThan(1_000_000_000L);

    int exit;
    String output;
    try {
      Path dumps = Files.isDirectory(Path.of("target")) ? Path.of("target").toAbsolutePath() : tmp;
      List<String> command = List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          HEAP,
          "-XX:+HeapDumpOnOutOfMemoryError",
          "-XX:HeapDumpPath=" + dumps,
          "-XX:+ExitOnOutOfMemoryError",
          "-cp", System.getProperty("java.class.path"),
          LargeImportMain.class.getName(),
          home.toString(),
          bundle.toString());
      Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!child.waitFor(30, TimeUnit.MINUTES)) {
        child.destroyForcibly().waitFor();
        throw new AssertionError("the child import did not finish within 30 minutes; log:\n" + Files.readString(log));
      }
      exit = child.exitValue();
      output = Files.readString(log);
    } finally {
      Files.deleteIfExists(bundle);
    }
    long done = System.nanoTime();
    System.out.printf("[LargeFileImportTest] bundle %d MiB, %d objects: generated in %.1f s, imported by the "
            + "%s child in %.1f s, wall time %.1f s%n[LargeFileImportTest] child output:%n%s%n",
        size >> 20, OBJECTS, (generated - t0) / 1e9, HEAP, (done - generated) / 1e9, (done - t0) / 1e9, output);

    assertThat(exit).as("child exit code; output:%n%s", output).isZero();
    Matcher added = Pattern.compile("added=(\\d+) ").matcher(output);
    assertThat(added.find()).as("child reported its summary; output:%n%s", output).isTrue();
    assertThat(Integer.parseInt(added.group(1))).isEqualTo(OBJECTS);
    assertThat(output).contains("storedObjects=" + OBJECTS + " ");
  }

  /**
   * Writes a STIX 2.1 bundle of {@link #OBJECTS} indicators with ~20 KB descriptions, streaming;
   * returns its size in bytes.
   */
  private static long generate(Path file) throws IOException {
    char[] text = randomText(1 << 20, new Random(42));
    try (Writer w = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      w.write("{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-00000000b1b1\", \"objects\": [\n");
      for (int i = 0; i < OBJECTS; i++) {
        if (i > 0) {
          w.write(",\n");
        }
        w.write("{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--");
        w.write(String.format("%08x-0000-4000-8000-%012x", i, (long) i * 2_654_435_761L & 0xffff_ffff_ffffL));
        w.write("\", \"created\": \"2024-01-01T00:00:00.000Z\", \"modified\": \"2024-01-02T00:00:00.000Z\", "
            + "\"name\": \"Indicator ");
        w.write(Integer.toString(i));
        w.write("\", \"description\": \"Indicator ");
        w.write(Integer.toString(i));
        w.write(": ");
        int offset = (int) ((i * 7_919L) % (text.length - DESCRIPTION_CHARS));
        w.write(text, offset, DESCRIPTION_CHARS);
        w.write("\", \"indicator_types\": [\"malicious-activity\"], \"pattern\": \"[file:hashes.'SHA-256' = '");
        w.write(String.format("%064x", i));
        w.write("']\", \"pattern_type\": \"stix\", \"valid_from\": \"2024-01-01T00:00:00Z\"}");
      }
      w.write("\n]}\n");
    }
    return Files.size(file);
  }

  private static char[] randomText(int length, Random random) {
    String[] words = {"actor", "beacon", "campaign", "dropper", "exfiltration", "phishing", "loader",
        "persistence", "lateral", "movement", "credential", "dumping", "implant", "command", "control",
        "infrastructure", "domain", "certificate", "registry", "scheduled", "task", "payload", "stager",
        "obfuscated", "script", "macro", "document", "victim", "telecom", "government", "espionage"};
    StringBuilder sb = new StringBuilder(length + 32);
    while (sb.length() < length) {
      sb.append(words[random.nextInt(words.length)]);
      sb.append(random.nextInt(10) == 0 ? ". " : " ");
    }
    sb.setLength(length);
    return sb.toString().toCharArray();
  }
}
