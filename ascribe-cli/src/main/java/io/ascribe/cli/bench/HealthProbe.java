package io.ascribe.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A side thread that asks {@code GET /api/health} every {@code periodMillis} on a new connection
 * each time (so the accept path is measured too, as a new client would see it) and keeps every
 * answer's time and latency, for percentiles over the whole run or over one phase of it.
 */
final class HealthProbe implements AutoCloseable {
  private final InetSocketAddress address;
  private final long periodMillis;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  /** One poll: when it started (nanoTime), how long it took, whether it answered 200. */
  record Sample(long at, long nanos, boolean ok) {}

  /**
   * Latency figures in milliseconds.
   *
   * @param polls how many polls
   * @param failures polls without a 200 within 5 s
   */
  record Figures(int polls, int failures, double p50Ms, double p99Ms, double maxMs) {
    String describe() {
      return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d/%d failed", p50Ms, p99Ms, maxMs, failures, polls);
    }
  }

  HealthProbe(InetSocketAddress address, long periodMillis) {
    this.address = address;
    this.periodMillis = periodMillis;
    this.thread = Thread.ofPlatform().daemon().name("health-probe").start(this::run);
  }

  private void run() {
    while (running) {
      long start = System.nanoTime();
      boolean ok = poll();
      long took = System.nanoTime() - start;
      synchronized (samples) {
        samples.add(new Sample(start, took, ok));
      }
      long sleep = periodMillis - took / 1_000_000;
      if (sleep > 0) {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private boolean poll() {
    try (Socket s = new Socket()) {
      s.connect(address, 5_000);
      s.setSoTimeout(5_000);
      s.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + address.getHostString()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = s.getInputStream();
      byte[] head = in.readNBytes(12);
      boolean ok = new String(head, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
      in.readAllBytes();
      return ok;
    } catch (IOException e) {
      return false;
    }
  }

  /** Figures over the polls started between two {@code System.nanoTime()} readings. */
  Figures between(long from, long to) {
    List<Sample> chosen;
    synchronized (samples) {
      chosen = samples.stream().filter(s -> s.at() >= from && s.at() <= to).toList();
    }
    long[] nanos = chosen.stream().mapToLong(Sample::nanos).sorted().toArray();
    int failures = (int) chosen.stream().filter(s -> !s.ok()).count();
    return new Figures(nanos.length, failures, ms(percentile(nanos, 0.50)), ms(percentile(nanos, 0.99)),
        ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]));
  }

  /** Figures over every poll so far. */
  Figures all() {
    return between(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private static long percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
