package io.ascribe.extract.input;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Inputs built on the fly for the tests of this package: PDFs, web archives, gzip files. */
final class InputFixtures {
  static final String SONY = "The FBI accused North Korea of the Sony Pictures hack.";

  private InputFixtures() {}

  /** A one-page PDF with one line of Helvetica per string, and a title when not null. */
  static byte[] pdf(String title, String... lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.setLeading(16);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      if (title != null) {
        document.getDocumentInformation().setTitle(title);
      }
      return save(document);
    }
  }

  /**
   * A PDF of {@code pages} pages each showing {@code line}, saved without object streams or
   * compression so that tests can patch its dictionaries as text.
   */
  static byte[] uncompressedPdf(int pages, String line) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          content.showText(line);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** A PDF that opens only with the user password {@code "secret"}. */
  static byte[] encryptedPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    }
  }

  /** A PDF of {@code pages} empty pages. */
  static byte[] blankPdf(int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      return save(document);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** An HTTP response to archive: the raw message, status line, headers and body. */
  record Capture(String uri, byte[] httpMessage) {
    /** A 200 response with the given content type and body. */
    static Capture ok(String uri, String contentType, String body) {
      return raw(uri, "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
    }

    static Capture raw(String uri, String httpMessage) {
      return new Capture(uri, httpMessage.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response whose headers are given and whose body bytes follow them as they are. */
    static Capture withBody(String uri, String statusAndHeaders, byte[] body) {
      byte[] head = (statusAndHeaders + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] message = new byte[head.length + body.length];
      System.arraycopy(head, 0, message, 0, head.length);
      System.arraycopy(body, 0, message, head.length, body.length);
      return new Capture(uri, message);
    }
  }

  /** Writes {@code captures} as WARC response records; gives the offset of each record. */
  static List<Long> warc(Path file, WarcCompression compression, Capture... captures)
      throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter writer = new WarcWriter(
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), compression)) {
      for (Capture c : captures) {
        offsets.add(writer.position());
        writer.write(new WarcResponse.Builder(URI.create(c.uri()))
            .body(MediaType.HTTP_RESPONSE, c.httpMessage()).build());
      }
    }
    return offsets;
  }

  /** The gzip compression of {@code data}. */
  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  /** Gzip of {@code zeros} zero bytes, written streaming at the fastest level. */
  static void gzipZeros(OutputStream target, long zeros) throws IOException {
    try (OutputStream z = new FastGzip(new BufferedOutputStream(target, 1 << 16))) {
      byte[] block = new byte[1 << 16];
      for (long left = zeros; left > 0; left -= block.length) {
        z.write(block, 0, (int) Math.min(block.length, left));
      }
    }
  }

  static void gzipZeros(Path file, long zeros) throws IOException {
    gzipZeros(Files.newOutputStream(file), zeros);
  }

  /** Gzip at {@link Deflater#BEST_SPEED}, so that a bomb of zeros is made quickly. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
