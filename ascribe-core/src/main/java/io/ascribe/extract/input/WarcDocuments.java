package io.ascribe.extract.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The HTML pages of a web archive (WARC, plain or gzip-compressed record by record), read with
 * jwarc.
 *
 * <p>Every {@code response} record holding an HTTP response with a 2xx status and a content type
 * of {@code text/html} or {@code application/xhtml+xml} gives a {@link RawDocument}: its source is
 * {@code <file>#<target-uri>}, its bytes the HTTP body with chunked transfer coding and gzip or
 * deflate content coding undone, its hint the response's {@code Content-Type} header (so a declared
 * charset is honoured). Other records (requests, metadata, revisits, images, redirects, errors) are
 * skipped without a word. A {@code conversion} record of {@code text/plain} (the extracted text
 * of a WET file) gives a document too, its hint {@code text/plain}. Each document comes with its
 * record's {@code WARC-Record-ID} and {@code WARC-Date}.
 *
 * <p>Problems name the record's byte offset in the file (for a compressed archive, the offset of
 * the gzip member that holds it):
 *
 * <ul>
 *   <li>A record whose HTTP message is malformed, whose body cannot be decoded (brotli is not
 *       supported) or decodes to more than the cap gives a problem; reading goes on with the next
 *       record.
 *   <li>A record whose WARC framing is broken (bad header, truncated body) gives a problem; reading
 *       goes on at the next point that looks like the start of a record ({@code "\nWARC/1."} in a
 *       plain archive, a gzip member header in a compressed one). Candidates that do not hold a
 *       valid record are skipped silently, so a run of broken records gives one problem. Without
 *       a candidate, the file ends there.
 * </ul>
 *
 * <p>Every step moves forward in the file, so reading ends on any input. One record's body is
 * held in memory at a time; the archive itself is streamed.
 */
final class WarcDocuments {
  private static final byte[] PLAIN_RECORD_START = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MEMBER_START = {0x1f, (byte) 0x8b, 0x08};

  private final int maxBodyBytes;

  WarcDocuments(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Reads one archive; every failure becomes a problem. */
  void read(String source, DocumentInputs.ArchiveBytes warc, DocumentInputs.ArchivedPages documents,
      Consumer<InputProblem> problems) {
    new Pass(source, warc, documents, problems).run();
  }

  /** The state of reading one archive. */
  private final class Pass {
    private final String source;
    private final DocumentInputs.ArchiveBytes warc;
    private final DocumentInputs.ArchivedPages documents;
    private final Consumer<InputProblem> problems;
    private long lastProblemOffset = -1;
    private WarcCompression compression = WarcCompression.NONE;

    Pass(String source, DocumentInputs.ArchiveBytes warc, DocumentInputs.ArchivedPages documents,
        Consumer<InputProblem> problems) {
      this.source = source;
      this.warc = warc;
      this.documents = documents;
      this.problems = problems;
    }

    void run() {
      long start = 0;
      boolean resynchronised = false;
      while (true) {
        long stop = readFrom(start, resynchronised);
        if (stop < 0) {
          return;
        }
        try {
          start = nextRecordStart(stop + 1);
        } catch (IOException e) {
          problem(stop + 1, "cannot read on: " + message(e));
          return;
        }
        if (start < 0) {
          return;
        }
        resynchronised = true;
      }
    }

    /**
     * Reads records from {@code start} to the end (giving -1) or to a broken record (giving the
     * offset where it starts). A broken first record after resynchronising is not reported: the
     * candidate was no record.
     */
    private long readFrom(long start, boolean resynchronised) {
      InputStream in = null;
      WarcReader reader = null;
      try {
        try {
          in = warc.openAt(start);
          reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
          if (!resynchronised) {
            problem(start, "truncated or malformed: " + message(e));
          }
          return start;
        }
        if (start == 0) {
          compression = reader.compression();
        }
        return readRecords(reader, start, resynchronised);
      } finally {
        closeQuietly(reader != null ? reader : in);
      }
    }

    private long readRecords(WarcReader reader, long start, boolean resynchronised) {
      long base = start - reader.position();
      int records = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long at = base + reader.position();
          if (!resynchronised || records > 0) {
            problem(at, "truncated or malformed: " + message(e));
          }
          return at;
        }
        if (next.isEmpty()) {
          return -1;
        }
        records++;
        long at = base + reader.position();
        if (next.get() instanceof WarcResponse response) {
          page(response, at);
        } else if (next.get() instanceof WarcConversion conversion) {
          text(conversion, at);
        }
      }
    }

    /** One response record: a document when it is an HTML page, a problem when it is broken. */
    private void page(WarcResponse response, long offset) {
      emit(response, offset, "HTTP body decompressed is ", () -> {
        MediaType recordType = response.contentType();
        if (!recordType.type().equalsIgnoreCase("application")
            || !recordType.subtype().equalsIgnoreCase("http")) {
          return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299 || !isHtml(http.contentType())) {
          return null;
        }
        try (InputStream in = http.bodyDecoded().stream()) {
          byte[] body = SizeCap.read(in, maxBodyBytes);
          return new RawDocument(source + "#" + response.target(), body,
              http.headers().first("Content-Type").orElse("text/html"));
        }
      });
    }

    /** One conversion record (WET): a document when it holds plain text, a problem when it is broken. */
    private void text(WarcConversion conversion, long offset) {
      emit(conversion, offset, "text is ", () -> {
        MediaType type = conversion.contentType();
        if (!type.type().equalsIgnoreCase("text") || !type.subtype().equalsIgnoreCase("plain")) {
          return null;
        }
        try (InputStream in = conversion.body().stream()) {
          return new RawDocument(source + "#" + conversion.target(), SizeCap.read(in, maxBodyBytes), "text/plain");
        }
      });
    }

    /** Reads one record's document (null: not one this reader takes), reporting what breaks it as a problem. */
    private void emit(WarcTargetRecord record, long offset, String tooLarge, RecordBody body) {
      String target = record.target();
      RawDocument document;
      try {
        document = body.read();
      } catch (SizeCap.TooLargeException e) {
        problem(offset, target + ": " + tooLarge + e.getMessage());
        return;
      } catch (EOFException e) {
        problem(offset, target + ": truncated: " + message(e));
        return;
      } catch (IOException | RuntimeException e) {
        problem(offset, target + ": " + message(e));
        return;
      }
      if (document != null) {
        // outside the try: an exception thrown by the caller's consumer is the caller's
        documents.accept(document, record.id().toString(), record.date().toString());
      }
    }

    private void problem(long offset, String what) {
      if (offset == lastProblemOffset) {
        return;
      }
      lastProblemOffset = offset;
      problems.accept(new InputProblem(source, "WARC record at offset " + offset + ": " + what));
    }

    /** Where the next record may start at or after {@code from}, or -1. */
    private long nextRecordStart(long from) throws IOException {
      byte[] marker = compression == WarcCompression.GZIP ? GZIP_MEMBER_START : PLAIN_RECORD_START;
      try (InputStream in = new BufferedInputStream(warc.openAt(from), 64 * 1024)) {
        long at = indexOf(in, marker);
        if (at < 0) {
          return -1;
        }
        // a plain record starts after the newline that ends the one before
        return from + at + (compression == WarcCompression.GZIP ? 0 : 1);
      }
    }
  }

  static boolean isHtml(MediaType type) {
    return (type.type().equalsIgnoreCase("text") && type.subtype().equalsIgnoreCase("html"))
        || (type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("xhtml+xml"));
  }

  /** The offset of the first occurrence of {@code pattern} in {@code in}, or -1. */
  static long indexOf(InputStream in, byte[] pattern) throws IOException {
    // Knuth-Morris-Pratt: no byte is read twice, however the pattern overlaps itself
    int[] fallback = new int[pattern.length];
    for (int i = 1, k = 0; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = fallback[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      fallback[i] = k;
    }
    long position = 0;
    int matched = 0;
    for (int b = in.read(); b >= 0; b = in.read(), position++) {
      while (matched > 0 && (byte) b != pattern[matched]) {
        matched = fallback[matched - 1];
      }
      if ((byte) b == pattern[matched]) {
        matched++;
      }
      if (matched == pattern.length) {
        return position - pattern.length + 1;
      }
    }
    return -1;
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // nothing was written: a failed close loses nothing
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Reads a record's document, or null when the record is not one to read. */
  @FunctionalInterface
  private interface RecordBody {
    RawDocument read() throws IOException;
  }
}
