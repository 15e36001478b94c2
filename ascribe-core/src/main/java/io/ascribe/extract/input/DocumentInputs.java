package io.ascribe.extract.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import io.ascribe.extract.text.BinaryContent;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Turns an input file, or bytes fetched from a URL, into the documents {@link
 * io.ascribe.extract.DocumentExtractor} reads, reporting what cannot be read as {@link
 * InputProblem}s instead of failing the batch. Stateless and thread-safe.
 *
 * <p>The input's first bytes decide how it is read, not its name ({@link InputKind}):
 *
 * <ul>
 *   <li><b>PDF</b>: one document of UTF-8 plain text, the PDF's title first ({@link PdfText},
 *       which also holds the limits against PDF bombs).
 *   <li><b>WARC</b>, plain or gzip-compressed: one document per HTML page archived with a 2xx
 *       status, named {@code <file>#<target-uri>} ({@link WarcDocuments}); a WET file's
 *       extracted texts are documents too. {@link #readArchive} reads an archive from any storage
 *       and gives each document's record id and date.
 *   <li><b>Other gzip</b>: decompressed, then read by the same rules (a PDF inside is read as a
 *       PDF; gzip inside gzip is taken as it is).
 *   <li><b>Anything else</b>: one document holding the bytes as they are, with the file name as the
 *       hint, when they are text (plain or HTML, in any charset the text extractor reads); binary
 *       data ({@link BinaryContent}: an image, an archive, an executable, random bytes) and empty
 *       input are a problem naming the input, {@code "not a text, HTML, PDF or WARC document (a
 *       NUL byte at offset 17)"}. The same check applies to each page of a web archive.
 * </ul>
 *
 * <p>No document is larger than the cap given to the constructor (default {@value
 * #DEFAULT_MAX_DOCUMENT_BYTES} bytes): a larger plain file, a gzip file or WARC record body that
 * decompresses to more is a problem. Text taken from a PDF is capped by characters instead.
 */
public final class DocumentInputs {
  /** Opens a web archive's bytes at an offset: once to read its records, again to read on after a broken one. */
  @FunctionalInterface
  public interface ArchiveBytes {
    /** The archive's bytes from {@code offset} on. */
    InputStream openAt(long offset) throws IOException;
  }

  /** Receives each document of a web archive with the record it came from. */
  @FunctionalInterface
  public interface ArchivedPages {
    /**
     * One document.
     *
     * @param recordId the record's {@code WARC-Record-ID}, such as {@code urn:uuid:...}
     * @param recordDate the record's {@code WARC-Date}, ISO-8601
     */
    void accept(RawDocument document, String recordId, String recordDate);
  }

  /** The default cap on one document's bytes, 50 MiB, after decompression. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

  /** How a refused input is described, before the reason in parentheses. */
  public static final String NOT_A_DOCUMENT = "not a text, HTML, PDF or WARC document";

  private final int maxDocumentBytes;
  private final PdfText pdf;
  private final WarcDocuments warc;

  /** Reads inputs with the default cap of {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes a document. */
  public DocumentInputs() {
    this(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /**
   * Reads inputs with another cap on each document's bytes.
   *
   * @param maxDocumentBytes the cap, after decompression; values above what a Java array holds
   *     are lowered to that
   * @throws IllegalArgumentException when {@code maxDocumentBytes} is not positive
   */
  public DocumentInputs(long maxDocumentBytes) {
    this(maxDocumentBytes, new PdfText());
  }

  DocumentInputs(long maxDocumentBytes, PdfText pdf) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
    }
    this.maxDocumentBytes = (int) Math.min(maxDocumentBytes, SizeCap.MAX_CAP);
    this.pdf = pdf;
    this.warc = new WarcDocuments(this.maxDocumentBytes);
  }

  /**
   * Reads one file. Documents carry {@code file.toString()} as their source (a WARC page adds
   * {@code #<target-uri>}).
   *
   * @param documents receives every document read, in file order
   * @param problems receives every document or record that could not be read
   * @throws IOException only when the file itself cannot be read: missing, a directory, no
   *     permission; the message names the file
   */
  public void read(Path file, Consumer<RawDocument> documents, Consumer<InputProblem> problems)
      throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(documents, "documents must not be null");
    Objects.requireNonNull(problems, "problems must not be null");
    String source = file.toString();
    String name = file.getFileName() == null ? source : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new IOException(source + ": is a directory, not a file");
    }
    byte[] head;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(InputKind.HEAD_BYTES);
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    switch (InputKind.sniff(head, name, () -> Files.newInputStream(file))) {
      case PDF -> pdf.read(source, () -> new RandomAccessReadBufferedFile(file), documents, problems);
      case WARC -> warc.read(source, offset -> openAt(file, offset), pagesOf(textOnly(documents, problems)), problems);
      case GZIP -> {
        byte[] content = gunzip(source, () -> Files.newInputStream(file), problems);
        if (content != null) {
          readBytes(source, content, gunzippedName(name), false, documents, problems);
        }
      }
      case OTHER -> {
        if (size > maxDocumentBytes) {
          problems.accept(new InputProblem(source, "file of " + size
              + " bytes is larger than the cap of " + maxDocumentBytes + " bytes"));
          return;
        }
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (IOException e) {
          throw unreadable(source, e);
        }
        acceptText(new RawDocument(source, bytes, name), documents, problems);
      }
    }
  }

  /**
   * Reads bytes already fetched, from a URL for example, by the same rules as a file; {@code
   * source} is the hint for plain documents. Same as {@code read(source, bytes, null, documents,
   * problems)}.
   */
  public void read(String source, byte[] bytes, Consumer<RawDocument> documents,
      Consumer<InputProblem> problems) {
    read(source, bytes, null, documents, problems);
  }

  /**
   * Reads bytes already fetched, from a URL for example, by the same rules as a file.
   *
   * @param source where the bytes came from; becomes the documents' source
   * @param nameOrContentType the file name or HTTP content type, a hint for plain documents; when
   *     null, {@code source} is the hint
   */
  public void read(String source, byte[] bytes, String nameOrContentType,
      Consumer<RawDocument> documents, Consumer<InputProblem> problems) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    Objects.requireNonNull(documents, "documents must not be null");
    Objects.requireNonNull(problems, "problems must not be null");
    readBytes(source, bytes, nameOrContentType == null ? source : nameOrContentType, true, documents,
        problems);
  }

  /**
   * Reads a web archive (WARC or WET, plain or gzip-compressed) from any storage, by the same
   * rules as a WARC file: {@code response} records of HTML pages and {@code conversion} records of
   * plain text, each with its record's id and date; binary bodies and broken records are problems.
   *
   * @param source the archive's name; documents are named {@code <source>#<target-uri>}
   * @param archive opens the archive's bytes at an offset
   */
  public void readArchive(String source, ArchiveBytes archive, ArchivedPages pages, Consumer<InputProblem> problems) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(archive, "archive must not be null");
    Objects.requireNonNull(pages, "pages must not be null");
    Objects.requireNonNull(problems, "problems must not be null");
    warc.read(source, archive, (page, id, date) -> {
      String why = BinaryContent.reason(page.bytes());
      if (why == null) {
        pages.accept(page, id, date);
      } else {
        problems.accept(new InputProblem(page.source(), NOT_A_DOCUMENT + " (" + why + ")"));
      }
    }, problems);
  }

  private static ArchivedPages pagesOf(Consumer<RawDocument> documents) {
    return (page, id, date) -> documents.accept(page);
  }

  private void readBytes(String source, byte[] bytes, String hint, boolean gzipAllowed,
      Consumer<RawDocument> documents, Consumer<InputProblem> problems) {
    InputKind kind = InputKind.sniff(bytes, hint, () -> new ByteArrayInputStream(bytes));
    switch (kind) {
      case PDF -> pdf.read(source, () -> new RandomAccessReadBuffer(bytes), documents, problems);
      case WARC -> warc.read(source,
          offset -> new ByteArrayInputStream(bytes, (int) Math.min(offset, bytes.length),
              bytes.length), pagesOf(textOnly(documents, problems)), problems);
      case GZIP, OTHER -> {
        if (kind == InputKind.GZIP && gzipAllowed) {
          byte[] content = gunzip(source, () -> new ByteArrayInputStream(bytes), problems);
          if (content != null) {
            readBytes(source, content, gunzippedName(hint), false, documents, problems);
          }
        } else if (bytes.length > maxDocumentBytes) {
          problems.accept(new InputProblem(source, "document of " + bytes.length
              + " bytes is larger than the cap of " + maxDocumentBytes + " bytes"));
        } else {
          acceptText(new RawDocument(source, bytes, hint), documents, problems);
        }
      }
    }
  }

  /** Hands {@code document} on when it holds text, else reports why it is refused. */
  private static void acceptText(RawDocument document, Consumer<RawDocument> documents,
      Consumer<InputProblem> problems) {
    acceptText(document, document.bytes().length == 0 ? "it is empty" : BinaryContent.reason(document.bytes()),
        documents, problems);
  }

  private static void acceptText(RawDocument document, String why, Consumer<RawDocument> documents,
      Consumer<InputProblem> problems) {
    if (why == null) {
      documents.accept(document);
    } else {
      problems.accept(new InputProblem(document.source(), NOT_A_DOCUMENT + " (" + why + ")"));
    }
  }

  /** The pages of a web archive are checked the same way, except that an empty page passes as before. */
  private static Consumer<RawDocument> textOnly(Consumer<RawDocument> documents,
      Consumer<InputProblem> problems) {
    return document -> acceptText(document, BinaryContent.reason(document.bytes()), documents, problems);
  }

  /** The decompressed content, or null after reporting why there is none. */
  private byte[] gunzip(String source, InputKind.GzipContent gzip, Consumer<InputProblem> problems) {
    try (InputStream in = new GZIPInputStream(gzip.open(), 64 * 1024)) {
      return SizeCap.read(in, maxDocumentBytes);
    } catch (SizeCap.TooLargeException e) {
      problems.accept(new InputProblem(source, "gzip content decompressed is " + e.getMessage()));
    } catch (IOException e) {
      problems.accept(new InputProblem(source, "corrupt gzip data: " + e.getMessage()));
    }
    return null;
  }

  /** {@code page.html.gz} gives {@code page.html}; a name without a gzip suffix stays as it is. */
  static String gunzippedName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".gzip"}) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static InputStream openAt(Path file, long offset) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(offset);
      return in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static IOException unreadable(String source, IOException e) {
    String why = switch (e) {
      case NoSuchFileException x -> "no such file";
      case AccessDeniedException x -> "permission denied";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
    return new IOException(source + ": cannot read: " + why, e);
  }
}
