package io.ascribe.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on 127.0.0.1 and a free port, serving files from a folder. Paths under
 * {@code /slow/} never answer (for timeout tests); missing files answer 404.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  private LoopbackHttpServer(Path root) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      try {
        if (path.startsWith("/slow/")) {
          stop.await();
          exchange.close();
          return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
          return;
        }
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = exchange.getResponseBody()) {
          Files.copy(file, out);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** Starts a server for the files under {@code root}. */
  public static LoopbackHttpServer serving(Path root) throws IOException {
    return new LoopbackHttpServer(root.toAbsolutePath().normalize());
  }

  /** The URL of a path on this server, e.g. {@code url("attack/x.json")}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  /** Requests served so far. */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    stop.countDown();
    server.stop(0);
  }
}
