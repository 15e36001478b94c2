package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code ascribe ingest} stored random binary bytes as a document with no title and
 * language "und", and {@code ascribe extract} printed an empty extraction. Both now report an
 * error naming the file and exit 1, and ingest stores nothing.
 */
class BinaryInputCommandTest {
  @TempDir Path tmp;

  private Path junk() throws Exception {
    byte[] bytes = new byte[2048];
    new Random(16).nextBytes(bytes);
    bytes[0] = 'x';
    return Files.write(tmp.resolve("dump.html"), bytes);
  }

  @Test
  void ingest_binaryFile_failsNamingIt_storesNothing() throws Exception {
    Path home = tmp.resolve("home");
    Path junk = junk();

    CliRun run = CliRun.run("ingest", "--home", home.toString(), junk.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("failed   " + junk + ": not a text, HTML, PDF or WARC document (")
        .contains("Ingested 0 documents, 0 already stored, 1 failed.");
  }

  @Test
  void extract_binaryFile_errorNamingIt() throws Exception {
    Path junk = junk();

    CliRun run = CliRun.run("extract", "--home", tmp.resolve("home").toString(), junk.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error: " + junk + ": not a text, HTML, PDF or WARC document (");
  }
}
