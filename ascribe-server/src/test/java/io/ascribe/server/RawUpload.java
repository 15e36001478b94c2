package io.ascribe.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client that sends a large request body over a plain socket as fast as the server takes it
 * (chunked, or behind a declared Content-Length) while reading the answer on the side, and counts
 * how many body bytes the connection accepted: when the answer's status line arrived, and in all
 * before the server closed the connection (a write failed or the read reached its end). The
 * socket's send buffer is kept small so that what was accepted is close to what the server took.
 */
final class RawUpload {
  private static final int SEND_BUFFER = 64 * 1024;

  /**
   * What happened.
   *
   * @param status the answer's status, or -1 when none came
   * @param head the answer's status line and headers
   * @param sentAtAnswer body bytes accepted when the status line arrived
   * @param sentInAll body bytes accepted before the connection ended (or {@code total} if it never did)
   * @param closed whether the server closed the connection within the timeout
   */
  record Result(int status, String head, long sentAtAnswer, long sentInAll, boolean closed) {}

  private RawUpload() {}

  /**
   * Sends {@code head} (request line and headers, without the blank line; a Content-Length or a
   * {@code Transfer-Encoding: chunked} header is added) then {@code prefix} and spaces up to
   * {@code total} body bytes.
   */
  static Result send(int port, String head, boolean chunked, String prefix, long total, Duration timeout)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket()) {
      socket.setSendBufferSize(SEND_BUFFER);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout((int) timeout.toMillis());
      String framing = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + total;
      byte[] start = (head + "\r\n" + framing + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      AtomicLong sent = new AtomicLong();
      OutputStream out = socket.getOutputStream();
      Thread writer = Thread.ofPlatform().daemon().start(() -> write(out, start, chunked, prefix, total, sent));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      long sentAtAnswer = -1;
      boolean closed = false;
      try {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); ; n = in.read(buffer)) {
          if (n < 0) {
            closed = true;
            break;
          }
          if (sentAtAnswer < 0) {
            sentAtAnswer = sent.get();
          }
          answer.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        closed = false;
      } catch (IOException e) {
        closed = true; // reset by the server
      }
      writer.join(timeout.toMillis());
      String text = answer.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String responseHead = end < 0 ? text : text.substring(0, end);
      String[] statusLine = responseHead.split(" ", 3);
      int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
      return new Result(status, responseHead, sentAtAnswer, sent.get(), closed);
    }
  }

  private static void write(OutputStream out, byte[] start, boolean chunked, String prefix, long total,
      AtomicLong sent) {
    try {
      out.write(start);
      byte[] first = prefix.getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[16 * 1024];
      Arrays.fill(block, (byte) ' ');
      long left = total;
      boolean firstBlock = true;
      while (left > 0) {
        byte[] data = firstBlock ? first : block;
        int n = (int) Math.min(data.length, left);
        firstBlock = false;
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(data, 0, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sent.addAndGet(n);
        left -= n;
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException e) {
      // the server closed the connection: what was accepted until now is the count
    }
  }
}
