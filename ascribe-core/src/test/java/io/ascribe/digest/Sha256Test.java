package io.ascribe.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  /** FIPS 180-2 test vectors. */
  private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void of_knownVectors_lowerCaseHex() {
    assertThat(Sha256.of(new byte[0])).isEqualTo(EMPTY);
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
  }

  @Test
  void ofUtf8_nonAscii_hashesUtf8Bytes() {
    String text = "Überwachung — 监控";
    assertThat(Sha256.ofUtf8(text)).isEqualTo(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ofFile_largerThanABuffer_equalsHashOfItsBytes(@TempDir Path dir) throws Exception {
    long seed = 16L;
    byte[] bytes = new byte[200_003];
    new Random(seed).nextBytes(bytes);
    Path file = Files.write(dir.resolve("f.bin"), bytes);

    assertThat(Sha256.ofFile(file)).as("seed %d", seed).isEqualTo(Sha256.of(bytes));
  }

  @Test
  void finish_digestFedInPieces_equalsWholeAndResets() {
    MessageDigest d = Sha256.newDigest();
    d.update("a".getBytes(StandardCharsets.US_ASCII));
    d.update("bc".getBytes(StandardCharsets.US_ASCII));

    assertThat(Sha256.finish(d)).isEqualTo(ABC);
    assertThat(Sha256.finish(d)).isEqualTo(EMPTY);
  }
}
