package io.ascribe.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * What a client may send: bodies up to {@code maxRequestBytes} (JSON and forms) or, for multipart
 * uploads, {@code maxUploadBytes} plus {@value #MULTIPART_OVERHEAD} bytes of form overhead, counted
 * on the bytes actually read (so a chunked body is cut off at the limit, not read whole); request
 * headers up to {@value #MAX_HEADER_BYTES} bytes (Jetty answers 431 beyond), all sent within
 * {@link #HEADER_DEADLINE} once begun (else the connection is closed: {@link ConnectionGuard});
 * query strings that are valid UTF-8. Over a limit the answer is 413 (400 for a bad query string) with the usual error
 * body, and nothing further of the body is read.
 *
 * @param maxRequestBytes the largest JSON or form body
 * @param maxUploadBytes the largest uploaded document
 */
public record RequestLimits(long maxRequestBytes, long maxUploadBytes) {
  /** Room for a multipart form's boundaries, part headers and small fields beside the files. */
  public static final long MULTIPART_OVERHEAD = 64 * 1024;
  /** How long a client may take to send a request's line and headers once it has begun. */
  public static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);
  /** The largest request line plus headers, in bytes. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  /** Validates the limits. */
  public RequestLimits {
    if (maxRequestBytes < 1 || maxUploadBytes < 1) {
      throw new IllegalArgumentException("request and upload limits must be positive, got " + maxRequestBytes
          + " and " + maxUploadBytes);
    }
  }

  /** The most body bytes a request of this content type may send. */
  public long bodyLimit(String contentType) {
    boolean multipart = contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    return multipart ? maxUploadBytes + MULTIPART_OVERHEAD : maxRequestBytes;
  }

  /** Puts every request body behind its limit and sets the header limit; call inside {@code Javalin.create}. */
  public void configure(JavalinConfig config) {
    config.http.maxRequestSize = maxRequestBytes;
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
    AtomicReference<Server> jetty = new AtomicReference<>();
    config.jetty.modifyServer(server -> {
      jetty.set(server);
      server.addBean(new ConnectionGuard(server, HEADER_DEADLINE));
    });
    config.events(events -> events.serverStarting(() -> ConnectionGuard.lengthenAcceptQueues(jetty.get())));
    config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(new BodyLimitFilter(this)),
        "/*", EnumSet.of(DispatcherType.REQUEST)));
  }

  /**
   * Adds the checks that need no body: a declared Content-Length over the limit answers 413 before
   * any handler (or authentication) runs, and a query string that is not UTF-8 answers 400.
   */
  public void install(Javalin app) {
    app.before(this::check);
  }

  private void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    long limit = bodyLimit(ctx.contentType());
    if (declared > limit) {
      ctx.header("Connection", "close");
      throw new ApiException(413, "too_large", "the request body (" + declared + " bytes) is larger than the server accepts "
          + "(at most " + limit + " bytes)");
    }
    String query = ctx.queryString();
    if (query != null && !isUtf8(percentDecode(query))) {
      throw ApiException.badRequest(null, "the query string is not valid UTF-8");
    }
  }

  /** The bytes a percent-encoded string stands for (malformed escapes are kept as they are). */
  private static byte[] percentDecode(String s) {
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(raw.length);
    for (int i = 0; i < raw.length; i++) {
      int hi = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
      int lo = hi < 0 ? -1 : Character.digit(raw[i + 2], 16);
      if (lo >= 0) {
        out.put((byte) (hi * 16 + lo));
        i += 2;
      } else {
        out.put(raw[i]);
      }
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
