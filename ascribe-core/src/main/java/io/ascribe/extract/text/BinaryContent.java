package io.ascribe.extract.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells bytes that hold text from bytes that do not, by their content alone: the rule {@link
 * TextExtractor#fromBytes} applies before decoding, and {@code DocumentInputs} applies to refuse
 * an input. A byte-order mark, or UTF-16 without one, is text. Otherwise, in the first {@value
 * #SAMPLE} bytes, a known magic number (ZIP, gzip, PNG, JPEG, GIF, ELF, 7-Zip, RAR, OLE2), a NUL byte,
 * more than one control byte in twenty, or any control byte in data that is not valid UTF-8 makes
 * them binary. Control bytes are those below 0x20 other than tab, line feed, carriage return, form
 * feed and escape, and 0x7f.
 */
public final class BinaryContent {
  /** How many leading bytes are looked at. */
  static final int SAMPLE = 64 * 1024;

  private record Magic(byte[] prefix, String what) {}

  private static final List<Magic> MAGIC = List.of(magic("%PDF-", "a PDF document"),
      new Magic(new byte[] {'P', 'K', 3, 4}, "a ZIP archive"),
      new Magic(new byte[] {0x1f, (byte) 0x8b}, "gzip-compressed data"),
      new Magic(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
      new Magic(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "a JPEG image"),
      magic("GIF8", "a GIF image"),
      new Magic(new byte[] {0x7f, 'E', 'L', 'F'}, "an ELF executable"),
      new Magic(new byte[] {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c}, "a 7-Zip archive"),
      magic("Rar!", "a RAR archive"),
      new Magic(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0}, "an OLE2 (old Office) document"));

  private BinaryContent() {}

  /**
   * Why {@code bytes} are not text, as a phrase naming what was seen ({@code "a PNG image"}, {@code
   * "a NUL byte at offset 17"}), or null when they read as text. Empty input is text (of no
   * characters).
   */
  public static String reason(byte[] bytes) {
    if (hasByteOrderMark(bytes) || DecodedBytes.utf16WithoutMark(bytes) != null) {
      return null;
    }
    return unmarkedReason(bytes);
  }

  /** {@link #reason} for bytes known to have neither a byte-order mark nor the UTF-16 pattern. */
  static String unmarkedReason(byte[] bytes) {
    for (Magic m : MAGIC) {
      if (startsWith(bytes, m.prefix())) {
        return m.what();
      }
    }
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    int firstControl = -1;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return startsWith(bytes, new byte[] {'M', 'Z'}) ? "a Windows executable" : "a NUL byte at offset " + i;
      }
      boolean allowed = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1b;
      if ((b < 0x20 && !allowed) || b == 0x7f) {
        control++;
        firstControl = firstControl < 0 ? i : firstControl;
      }
    }
    if (control * 20 > n) {
      return String.format(Locale.ROOT, "%d control bytes in the first %d (%.0f%%)", control, n, 100.0 * control / n);
    }
    if (control > 0 && !DecodedBytes.isUtf8(sample(bytes, n))) {
      return "invalid UTF-8 with a control byte (0x" + String.format(Locale.ROOT, "%02x", bytes[firstControl] & 0xff)
          + ") at offset " + firstControl;
    }
    return null;
  }

  /** The first {@code n} bytes, cut back to the last ASCII byte when shorter than the input, so no character is split. */
  private static byte[] sample(byte[] bytes, int n) {
    if (n == bytes.length) {
      return bytes;
    }
    int end = n;
    while (end > 0 && (bytes[end - 1] & 0x80) != 0) {
      end--;
    }
    return Arrays.copyOf(bytes, end);
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return startsWith(bytes, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})
        || startsWith(bytes, new byte[] {(byte) 0xfe, (byte) 0xff})
        || startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xfe});
  }

  /** True when {@code bytes} begins with {@code prefix}. */
  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Magic magic(String ascii, String what) {
    return new Magic(ascii.getBytes(StandardCharsets.US_ASCII), what);
  }
}
