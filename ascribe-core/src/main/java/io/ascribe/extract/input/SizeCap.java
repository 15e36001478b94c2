package io.ascribe.extract.input;

import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory up to a cap, so that a decompression bomb stops at the cap. */
final class SizeCap {
  /** The largest cap: a Java array cannot be much longer. */
  static final int MAX_CAP = Integer.MAX_VALUE - 16;

  private SizeCap() {}

  /** A stream that went past its cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(long cap) {
      super("larger than the cap of " + cap + " bytes");
    }
  }

  /**
   * All of {@code in}, read without reading more than {@code cap + 1} bytes.
   *
   * @throws TooLargeException when the stream holds more than {@code cap} bytes
   */
  static byte[] read(InputStream in, int cap) throws IOException {
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw new TooLargeException(cap);
    }
    return bytes;
  }
}
