package io.ascribe.extract.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What an input holds, told by its first bytes (magic numbers), not by its name.
 *
 * <p>The rules, in order: {@code %PDF-} at the start, or anywhere in the first {@value #HEAD_BYTES}
 * bytes of an input named {@code *.pdf} or typed {@code application/pdf}, is a PDF; {@code WARC/} at the start is a web
 * archive; gzip ({@code 1f 8b}) whose content starts with {@code WARC/} is a compressed web
 * archive, and any other gzip is {@link #GZIP}; everything else is {@link #OTHER}.
 */
enum InputKind {
  /** A PDF document. */
  PDF,
  /** A web archive, plain or gzip-compressed record by record. */
  WARC,
  /** Gzip-compressed content other than a web archive. */
  GZIP,
  /** Anything else: text, HTML, or binary data the text extractor will skip. */
  OTHER;

  /** How many leading bytes {@link #sniff} looks at. */
  static final int HEAD_BYTES = 1024;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /** A source of the decompressed start of a gzip input, opened only when needed. */
  interface GzipContent {
    InputStream open() throws IOException;
  }

  /**
   * The kind of an input.
   *
   * @param head the first bytes of the input, at least {@value #HEAD_BYTES} when it is that long;
   *     more are ignored
   * @param name the file name, URL or content type, used only to accept a PDF header after
   *     leading junk; may be null
   * @param gzipContent the input as a stream, for looking inside gzip
   */
  static InputKind sniff(byte[] head, String name, GzipContent gzipContent) {
    if (startsWith(head, PDF_MAGIC) || (isPdfName(name) && indexOf(head, PDF_MAGIC) >= 0)) {
      return PDF;
    }
    if (startsWith(head, WARC_MAGIC)) {
      return WARC;
    }
    if (isGzip(head)) {
      return startsWith(gunzippedHead(gzipContent), WARC_MAGIC) ? WARC : GZIP;
    }
    return OTHER;
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
  }

  private static boolean isPdfName(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".pdf") || lower.startsWith("application/pdf");
  }

  /** The first decompressed bytes, or none when the gzip data is broken from the start. */
  private static byte[] gunzippedHead(GzipContent content) {
    try (InputStream in = new GZIPInputStream(content.open())) {
      return in.readNBytes(WARC_MAGIC.length);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && indexOf(bytes, prefix) == 0;
  }

  /** Where {@code pattern} first occurs in the first {@value #HEAD_BYTES} bytes, or -1. */
  private static int indexOf(byte[] bytes, byte[] pattern) {
    int end = Math.min(bytes.length, HEAD_BYTES);
    outer:
    for (int i = 0; i + pattern.length <= end; i++) {
      for (int k = 0; k < pattern.length; k++) {
        if (bytes[i + k] != pattern[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
