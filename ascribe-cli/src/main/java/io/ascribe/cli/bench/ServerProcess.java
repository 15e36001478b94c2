package io.ascribe.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ascribe serve} run as a child process over a home, for the benchmarks that load it from
 * outside (its own JVM, {@code -Xmx1g}, a free port): started by {@link #start}, its address read
 * from what it prints, its resident memory sampled from {@code /proc}, stopped by {@link #close}.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving http://([^/]+)/");
  private final Process process;
  private final String base;

  private ServerProcess(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  /** Starts {@code ascribe serve --home home --port 0} and waits until it says where it listens. */
  static ServerProcess start(Path home) throws Exception {
    return start(home, null);
  }

  /**
   * Starts {@code ascribe serve --home home --port 0} from {@code jar} (null: this build) and waits
   * until it says where it listens.
   */
  static ServerProcess start(Path home, Path jar) throws Exception {
    return start(home, jar, null);
  }

  /**
   * Starts {@code ascribe serve --home home --port 0} from {@code jar} (null: this build) over the
   * PostgreSQL database {@code db} (null: the home's embedded one) and waits until it says where it
   * listens.
   */
  static ServerProcess start(Path home, Path jar, String db) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    if (jar == null) {
      jar = Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
    List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseG1GC", "-Xmx1g", "-cp", jar.toString(),
        "io.ascribe.cli.AscribeCommand", "serve", "--home", home.toString(), "--port", "0"));
    if (db != null) {
      cmd.addAll(List.of("--db", db));
    }
    Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return new ServerProcess(process, "http://" + awaitAddress(process));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:40123}. */
  String base() {
    return base;
  }

  /** The child's process id. */
  long pid() {
    return process.pid();
  }

  /** Whether the child is still running. */
  boolean alive() {
    return process.isAlive();
  }

  /**
   * The CPU time the child has used (user and system, all its threads) in nanoseconds, from
   * /proc/PID/stat in clock ticks of 10 ms; -1 where /proc is not there.
   */
  long cpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The child's resident memory in MB, from /proc (0 where /proc is not there). */
  long rssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static String awaitAddress(Process server) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread.ofVirtual().start(() -> drain(out));
        return m.group(1);
      }
    }
    throw new IOException("the server exited before it said where it listens");
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // keep the child's pipe from filling up
      }
    } catch (IOException e) {
      // the child is gone
    }
  }

  /** Stops the server: politely, then by force after 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }
}
