package io.ascribe.server.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Guards the server's connections against clients that hold them open for nothing: a connection
 * that has begun a request but not finished its headers within {@code headerDeadline} is closed
 * (a slow-loris client sends a byte now and then, which keeps resetting Jetty's idle timeout), and
 * the listening socket lets {@value #ACCEPT_QUEUE} connections wait to be accepted, so a burst of
 * new connections is queued rather than dropped (the default queue of 50 made clients retry after
 * a second). A Jetty bean, started and stopped with the server.
 */
final class ConnectionGuard extends AbstractLifeCycle {
  /** Connections that may wait to be accepted (the kernel caps it at {@code net.core.somaxconn}). */
  static final int ACCEPT_QUEUE = 4096;
  private final Server server;
  private final long deadlineNanos;
  private final Map<EndPoint, Long> inHeaders = new HashMap<>();
  private ScheduledExecutorService timer;

  ConnectionGuard(Server server, Duration headerDeadline) {
    this.server = server;
    this.deadlineNanos = headerDeadline.toNanos();
  }

  /** Lengthens the accept queue of the server's connectors; call after they are made, before they open. */
  static void lengthenAcceptQueues(Server server) {
    for (Connector c : server.getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setAcceptQueueSize(ACCEPT_QUEUE);
      }
    }
  }

  @Override
  protected void doStart() {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ascribe-header-deadline");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  protected void doStop() {
    timer.shutdownNow();
  }

  /** Closes connections whose headers have been arriving for longer than the deadline. */
  private void sweep() {
    long now = System.nanoTime();
    Set<EndPoint> seen = new HashSet<>();
    for (Connector c : server.getConnectors()) {
      for (EndPoint ep : c.getConnectedEndPoints()) {
        if (ep.getConnection() instanceof HttpConnection http && midHeaders(http.getParser())) {
          seen.add(ep);
          long since = inHeaders.computeIfAbsent(ep, k -> now);
          if (now - since > deadlineNanos) {
            ep.close();
          }
        }
      }
    }
    inHeaders.keySet().retainAll(seen);
  }

  private static boolean midHeaders(HttpParser parser) {
    return parser.inHeaderState() && !parser.isStart();
  }
}
