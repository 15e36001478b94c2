package io.ascribe.cli.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: bodies of any size sent
 * chunked or not, headers of any size. The body is written on its own thread while the status line
 * is read, so a server that answers early (413, 431) and closes is seen answering, not as a broken
 * pipe; after the answer the body goes on being written (for at most {@link #AFTER_ANSWER}) to see
 * how much more the server takes before it closes the connection.
 */
final class RawHttp {
  /** How long the body goes on being written after the answer. */
  static final Duration AFTER_ANSWER = Duration.ofSeconds(10);
  private final InetSocketAddress address;

  RawHttp(InetSocketAddress address) {
    this.address = address;
  }

  /**
   * What came back.
   *
   * @param status the status code, or -1 when none arrived
   * @param sent body bytes written before the server answered or closed
   * @param taken body bytes written in all: until the server closed the connection, the body
   *     ended, or {@link #AFTER_ANSWER} passed
   * @param closed whether writing ended because the server closed the connection (not because the
   *     body was all sent or the time was up)
   * @param whole whether the whole body was written
   * @param note why there is no status, or the response's first line
   */
  record Answer(int status, long sent, long taken, boolean closed, boolean whole, String note) {
    /** The status, or the reason there is none. */
    String describe() {
      return status > 0 ? Integer.toString(status) : "no answer (" + note + ")";
    }

    /** What the server took of the body in all, in KB, and how it ended. */
    String ending() {
      if (closed) {
        return "connection closed by the server after " + taken / 1024 + " KB";
      }
      return whole ? "the whole body (" + taken / 1024 + " KB) was sent"
          : taken / 1024 + " KB taken, connection still open after " + AFTER_ANSWER.toSeconds() + " s";
    }
  }

  /** Sends {@code head} (request line and headers, with the blank line) then {@code body}, chunked if asked. */
  Answer exchange(String head, InputStream body, boolean chunked, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, 5_000);
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      AtomicLong sent = new AtomicLong();
      AtomicBoolean closed = new AtomicBoolean();
      AtomicBoolean whole = new AtomicBoolean();
      Thread writer = Thread.ofVirtual().start(() -> write(out, head, body, chunked, sent, closed, whole));
      String line;
      long atAnswer;
      try {
        line = statusLine(socket.getInputStream());
        atAnswer = sent.get();
      } catch (IOException e) {
        writer.interrupt();
        return new Answer(-1, sent.get(), sent.get(), true, whole.get(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      try {
        writer.join(AFTER_ANSWER);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        writer.interrupt();
      }
      String[] parts = line.split(" ", 3);
      int status = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
      return new Answer(status, atAnswer, sent.get(), closed.get(), whole.get(), line);
    }
  }

  private static void write(OutputStream out, String head, InputStream body, boolean chunked, AtomicLong sent,
      AtomicBoolean closed, AtomicBoolean whole) {
    try {
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      byte[] buffer = new byte[64 * 1024];
      for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(buffer, 0, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sent.addAndGet(n);
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      whole.set(true);
    } catch (IOException e) {
      closed.set(!Thread.currentThread().isInterrupted()); // else stopped here after AFTER_ANSWER
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    if (line.size() == 0) {
      throw new IOException("the server closed the connection");
    }
    return line.toString(StandardCharsets.ISO_8859_1).strip();
  }

  /** A head for {@code method path} with the given header lines (each without CRLF). */
  static String head(String method, String path, String host, List<String> headers) {
    StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host)
        .append("\r\n");
    headers.forEach(h -> b.append(h).append("\r\n"));
    return b.append("\r\n").toString();
  }

  /** {@code head}, {@code fill} repeated {@code count} times (made as read, never held whole), then {@code tail}. */
  static InputStream padded(String head, byte fill, long count, String tail) {
    InputStream padding = new InputStream() {
      long left = count;

      @Override
      public int read() {
        return left-- > 0 ? fill : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, fill);
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), padding,
        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }
}
