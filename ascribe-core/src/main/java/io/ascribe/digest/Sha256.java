package io.ascribe.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: of bytes, of UTF-8 text, of a file's content, or of a digest fed piece by piece. */
public final class Sha256 {
  private static final HexFormat HEX = HexFormat.of();

  private Sha256() {}

  /** A new SHA-256 digest, for input hashed as it streams by; {@link #finish} turns it into hex. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The hash of {@code bytes}. */
  public static String of(byte[] bytes) {
    return HEX.formatHex(newDigest().digest(bytes));
  }

  /** The hash of {@code text} encoded as UTF-8. */
  public static String ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The hash of a file's content, read as a stream. */
  public static String ofFile(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return finish(digest);
  }

  /** The hash of everything {@code digest} was fed; the digest is reset for reuse. */
  public static String finish(MessageDigest digest) {
    return HEX.formatHex(digest.digest());
  }
}
