package io.ascribe.kb;

import io.ascribe.digest.Sha256;
import io.ascribe.fetch.HttpFetcher;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One knowledge source to read: a local file or an http(s) URL, gzipped when its name ends in
 * {@code .gz}. Opening it yields a stream that counts and hashes the raw bytes as they are read, so
 * the source's SHA-256 is known without reading it twice.
 *
 * @param location the path or URL as the user gave it
 * @param size the size in bytes when known in advance, else -1
 */
public record KbInput(String location, long size) {

  /** An input for a path or URL; a local file's size is read now. */
  public static KbInput of(String location) {
    if (HttpFetcher.isUrl(location)) {
      return new KbInput(location, -1);
    }
    long size;
    try {
      size = Files.size(Path.of(location));
    } catch (IOException e) {
      size = -1;
    }
    return new KbInput(location, size);
  }

  /** True when this input is a URL. */
  public boolean isUrl() {
    return HttpFetcher.isUrl(location);
  }

  /** True when the bytes are gzip-compressed (by name). */
  public boolean isGzip() {
    return location.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Opens the input; the returned stream hashes and counts the raw bytes. */
  public Opened open(HttpFetcher fetcher) throws IOException {
    InputStream raw;
    if (isUrl()) {
      raw = fetcher.open(location);
    } else {
      try {
        raw = Files.newInputStream(Path.of(location));
      } catch (NoSuchFileException e) {
        throw new KbFormatException(location, 0, 0, "no such file");
      }
    }
    Opened opened = new Opened(raw);
    if (isGzip()) {
      try {
        opened.decoded = new BufferedInputStream(new GZIPInputStream(opened.counting, 1 << 16), 1 << 16);
      } catch (ZipException e) {
        opened.close();
        throw new KbFormatException(location, 0, 0, "not a valid gzip file (" + e.getMessage() + ")");
      } catch (EOFException e) {
        opened.close();
        throw new KbFormatException(location, 0, 0, "not a valid gzip file (too short for a gzip header)", e);
      }
    } else {
      opened.decoded = new BufferedInputStream(opened.counting, 1 << 16);
    }
    return opened;
  }

  /** An open input: read {@link #stream()}, then ask for {@link #sha256()} and {@link #bytesRead()}. */
  public static final class Opened implements AutoCloseable {
    private final CountingDigestStream counting;
    private InputStream decoded;

    Opened(InputStream raw) {
      this.counting = new CountingDigestStream(raw);
    }

    /** The decoded bytes (gunzipped when needed). */
    public InputStream stream() {
      return decoded;
    }

    /** Raw bytes read so far, for progress. */
    public long bytesRead() {
      return counting.count;
    }

    /** SHA-256 (hex) of the raw bytes read so far; complete once the stream is drained. */
    public String sha256() {
      return Sha256.finish(counting.digest);
    }

    /** Reads the rest of the raw input so the hash covers all of it. */
    public void drain() throws IOException {
      decoded.transferTo(java.io.OutputStream.nullOutputStream());
    }

    @Override
    public void close() throws IOException {
      counting.close();
    }
  }

  private static final class CountingDigestStream extends FilterInputStream {
    final MessageDigest digest;
    volatile long count;

    CountingDigestStream(InputStream in) {
      super(in);
      digest = Sha256.newDigest();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        digest.update(b, off, n);
        count += n;
      }
      return n;
    }
  }
}
