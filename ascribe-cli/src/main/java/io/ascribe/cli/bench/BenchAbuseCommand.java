package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.access.Role;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench abuse}: starts {@code ascribe serve} over a home with the knowledge base
 * (as {@code bench server} does) and sends it, in one run, what a hostile client would (the checks
 * are in {@link AbuseChecks}): over-limit chunked bodies, {@code null} bodies, oversize uploads,
 * JSON under another content type, deep nesting, 1 MB headers, invalid UTF-8, path traversal in
 * export names, odd TAXII {@code added_after} values, slow-loris connections and thousands of idle
 * connections. A side thread polls {@code GET /api/health} all along; its p99 must stay within
 * {@code --health-p99-ms}. Exits 1 when any check fails.
 *
 * <pre>ascribe bench abuse --home /tmp/h1 --idle 10000 --loris 1000</pre>
 */
@Command(
    name = "abuse",
    header = "Drive a server with hostile requests and connections and check how it holds.",
    mixinStandardHelpOptions = true,
    description = {
      "Drive a server with hostile requests and connections in one run and print a table of check, "
          + "expected, observed and pass, with GET /api/health latency measured throughout. Needs a home with "
          + "the knowledge base imported. Exit code 1 when a check fails.",
      "",
      "Example:",
      "  ascribe bench abuse --home /tmp/h1 --idle 10000 --loris 1000"
    })
public final class BenchAbuseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--idle", defaultValue = "10000",
      description = "Idle connections opened and held at once (default: ${DEFAULT-VALUE}; capped by the open-file limit).")
  int idle;

  @Option(names = "--idle-seconds", defaultValue = "10", description = "How long they are held (default: ${DEFAULT-VALUE}).")
  int idleSeconds;

  @Option(names = "--loris", defaultValue = "1000",
      description = "Slow-loris connections, each sending its headers a byte at a time (default: ${DEFAULT-VALUE}).")
  int loris;

  @Option(names = "--loris-seconds", defaultValue = "45",
      description = "How long the slow-loris connections keep sending (default: ${DEFAULT-VALUE}).")
  int lorisSeconds;

  @Option(names = "--health-p99-ms", defaultValue = "100",
      description = "The most GET /api/health may take at p99 while all this runs (default: ${DEFAULT-VALUE}).")
  double healthP99Ms;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (idle < 0 || loris < 0 || idleSeconds < 1 || lorisSeconds < 1 || healthP99Ms <= 0) {
      throw new IllegalArgumentException("--idle and --loris must not be negative; --idle-seconds, --loris-seconds and "
          + "--health-p99-ms must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    AbuseChecks.Tokens tokens = tokens();
    List<String> notes = new ArrayList<>();
    int idleCap = capByOpenFiles(idle, loris, notes);
    List<AbuseChecks.Check> checks;
    HealthProbe.Figures health;
    try (ServerProcess server = ServerProcess.start(home.path())) {
      URI base = URI.create(server.base());
      err.println("server at " + base + " (pid " + server.pid() + ")");
      err.flush();
      InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
      warmUp(address);
      try (HealthProbe probe = new HealthProbe(address, 20)) {
        AbuseChecks run = new AbuseChecks(address, tokens, probe, err);
        checks = run.all(idleCap, idleSeconds, loris, lorisSeconds);
        health = probe.all();
      }
      checks.add(new AbuseChecks.Check("server alive at the end", "running", server.alive() ? "running" : "exited",
          server.alive()));
    }
    boolean healthy = health.failures() == 0 && health.p99Ms() <= healthP99Ms;
    checks.add(new AbuseChecks.Check("GET /api/health during the whole run", "p99 <= " + (int) healthP99Ms
        + " ms, no failure", health.describe(), healthy));
    print(checks, health, notes);
    return checks.stream().allMatch(AbuseChecks.Check::pass) ? 0 : 1;
  }

  /** Five seconds of health polls first, so the figures are of a warm server, not of its JIT. */
  private static void warmUp(InetSocketAddress address) {
    HealthProbe warm = new HealthProbe(address, 5);
    try {
      Thread.sleep(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      warm.close();
    }
  }

  /** A viewer, an analyst and an admin token, made in the store before the server opens it. */
  private AbuseChecks.Tokens tokens() throws IOException {
    try (Store store = home.open()) {
      Long techniques = store.jdbi().withHandle(h -> h.createQuery(
          "select count(*) from kb_entity where kind = 'technique'").mapTo(Long.class).one());
      if (techniques == 0) {
        throw new IOException(home.path() + ": the knowledge base is empty; import ATT&CK first (ascribe kb import ...)");
      }
      TokenStore t = new TokenStore(store);
      String run = UUID.randomUUID().toString().substring(0, 8);
      return new AbuseChecks.Tokens(
          t.create("abuse-viewer-" + run, Role.VIEWER, Tlp.CLEAR, "bench").secret(),
          t.create("abuse-analyst-" + run, Role.ANALYST, Tlp.AMBER, "bench").secret(),
          t.create("abuse-admin-" + run, Role.ADMIN, Tlp.RED, "bench").secret());
    }
  }

  /**
   * The idle connections this process can hold: its open-file limit (shared with the server, a
   * child) less the slow-loris connections and 500 for everything else.
   */
  private static int capByOpenFiles(int wanted, int loris, List<String> notes) {
    long limit = openFileLimit();
    if (limit <= 0) {
      return wanted;
    }
    long room = limit - loris - 500;
    if (room < wanted) {
      int cap = (int) Math.max(0, room);
      notes.add("open-file limit (ulimit -n) is " + limit + ": idle connections capped at " + cap + " instead of "
          + wanted + "; raise it with 'ulimit -n' to run the full check");
      return cap;
    }
    notes.add("open-file limit (ulimit -n) is " + limit);
    return wanted;
  }

  private static long openFileLimit() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
          return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private void print(List<AbuseChecks.Check> checks, HealthProbe.Figures health, List<String> notes) {
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("machine_cores", Runtime.getRuntime().availableProcessors());
      ArrayNode rows = o.putArray("checks");
      checks.forEach(rows::addPOJO);
      o.putPOJO("health", health);
      ArrayNode n = o.putArray("notes");
      notes.forEach(n::add);
      o.put("pass", checks.stream().allMatch(AbuseChecks.Check::pass));
      Json.print(out, o);
      return;
    }
    int width = Math.max(30, checks.stream().mapToInt(c -> c.name().length()).max().orElse(0));
    int expected = Math.max(8, checks.stream().mapToInt(c -> c.expected().length()).max().orElse(0));
    String format = "%-" + width + "s  %-" + expected + "s  %-4s  %s%n";
    out.printf(format, "check", "expected", "pass", "observed");
    for (AbuseChecks.Check c : checks) {
      out.printf(format, c.name(), c.expected(), c.pass() ? "yes" : "NO", c.observed());
    }
    notes.forEach(n -> out.println("note: " + n));
    out.printf("%d cores; GET /api/health over the run: %s%n", Runtime.getRuntime().availableProcessors(),
        health.describe());
  }

  /** Closes a socket, ignoring failures (used when letting go of held connections). */
  static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
