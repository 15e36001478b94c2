package io.ascribe.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Ends a connection whose request body the server will not read to its end: the answer is sent
 * now with {@code Connection: close} (Jetty would otherwise go on reading and discarding the body,
 * for as long as the client kept sending, before it answered), the connection's output is shut
 * down, and what the client still sends is read and dropped for at most {@value #LINGER_BYTES}
 * bytes or {@link #LINGER_TIME}, so that the client has time to read the answer before the
 * connection is closed (a close with unread bytes resets the connection, and some clients lose
 * the answer with it).
 */
final class LingeringClose {
  /** The most bytes read and dropped after the answer. */
  static final long LINGER_BYTES = 1 << 20;
  /** The longest wait for the client to stop sending after the answer. */
  static final Duration LINGER_TIME = Duration.ofSeconds(2);

  private LingeringClose() {}

  /** Sends {@code request}'s answer as it stands, then closes its connection after a bounded linger. */
  static void answerAndClose(Request request) {
    EndPoint endPoint = request.getHttpChannel().getEndPoint();
    try {
      Response response = request.getResponse();
      if (!response.isCommitted()) {
        response.setHeader("Connection", "close");
      }
      response.closeOutput();
      endPoint.shutdownOutput();
      linger(endPoint);
    } catch (IOException e) {
      // the client is gone or the connection failed: nothing more to tell it
    } finally {
      endPoint.close();
    }
  }

  /** Reads and drops what arrives until the client closes, or the byte or time bound is reached. */
  private static void linger(EndPoint endPoint) throws IOException {
    ByteBuffer buffer = BufferUtil.allocate(16 * 1024);
    long deadline = System.nanoTime() + LINGER_TIME.toNanos();
    long dropped = 0;
    while (dropped < LINGER_BYTES) {
      BufferUtil.clear(buffer);
      int n = endPoint.fill(buffer);
      if (n < 0) {
        return;
      }
      dropped += n;
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      if (n == 0 && !awaitBytes(endPoint, left)) {
        return;
      }
    }
  }

  private static boolean awaitBytes(EndPoint endPoint, long nanos) {
    FutureCallback readable = new FutureCallback();
    endPoint.fillInterested(readable);
    try {
      readable.get(nanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
