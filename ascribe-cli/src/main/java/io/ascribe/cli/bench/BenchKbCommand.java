package io.ascribe.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.DataOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe bench kb}: times whole {@code ascribe} processes (JVM start included) on the
 * public data: a fresh import of ATT&CK plus the MISP clusters, a re-import of the unchanged
 * files (with and without {@code --force}), and {@code ascribe actor}. Each child runs with the
 * given heap limit; the median of the runs is reported, and the fresh import's own breakdown
 * shows where the time goes.
 */
@Command(
    name = "kb",
    header = "Benchmark the knowledge base as whole processes: import, re-import, lookup.",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the knowledge base as whole processes: fresh import, re-import, `actor` lookup.",
      "",
      "Example:",
      "  ascribe bench kb --data ../shared/data --runs 5 --xmx 512m"
    })
public final class BenchKbCommand implements Callable<Integer> {
  static final List<String> GALAXIES =
      List.of("threat-actor", "microsoft-activity-group", "360net", "ransomware", "malpedia", "tool",
          "rat", "backdoor", "botnet", "stealer");

  /** JVM options the ./ascribe launcher uses too, so children run as users run them. */
  static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--runs", defaultValue = "5", description = "Runs per measurement (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--xmx", defaultValue = "512m", description = "Heap limit of each child (default: ${DEFAULT-VALUE}).")
  String xmx;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
    }
    Path attack = data.path().resolve("attack/enterprise-attack-18.1.json");
    if (!Files.isRegularFile(attack)) {
      throw new IOException(attack + ": not found; pass --data DIR holding attack/ and misp-galaxy/clusters/");
    }
    List<String> inputs = new ArrayList<>(List.of(attack.toString()));
    for (String g : GALAXIES) {
      inputs.add(data.path().resolve("misp-galaxy/clusters/" + g + ".json").toString());
    }
    PrintWriter err = spec.commandLine().getErr();
    double parseFloor = parseFloorSeconds(inputs);
    err.printf("floor: parsing the inputs with Jackson alone: %.2f s%n", parseFloor);
    double readerFloor = readerSeconds(inputs);
    err.printf("floor: KbDocumentReader into a no-op sink: %.2f s%n", readerFloor);
    Path root = Files.createTempDirectory("ascribe-bench-kb");
    try {
      double[] fresh = new double[runs];
      JsonNode breakdown = null;
      Path home = null;
      for (int i = 0; i < runs; i++) {
        home = root.resolve("home" + i);
        Run r = run(home, concat(List.of("kb", "import", "--quiet", "--json"), inputs));
        fresh[i] = r.seconds;
        breakdown = new ObjectMapper().readTree(r.stdout).path("timings");
        err.printf("fresh import %d/%d: %.2f s%n", i + 1, runs, r.seconds);
      }
      double[] reimport = times(home, concat(List.of("kb", "import", "--quiet"), inputs), "re-import", err);
      double[] forced = times(home, concat(List.of("kb", "import", "--quiet", "--force"), inputs), "re-import --force", err);
      double[] actor = times(home, List.of("actor", "Vanguard Panda"), "actor", err);
      double[] jvm = times(home, List.of("--version"), "jvm start (ascribe --version)", err);
      ObjectNode o = Json.object();
      o.put("machine_cores", Runtime.getRuntime().availableProcessors());
      o.put("java", System.getProperty("java.version"));
      o.put("heap_limit", xmx);
      o.put("runs", runs);
      o.put("fresh_import_s", median(fresh));
      o.set("fresh_import_breakdown_ms", breakdown);
      o.put("reimport_unchanged_s", median(reimport));
      o.put("reimport_unchanged_force_s", median(forced));
      o.put("actor_command_s", median(actor));
      o.put("baseline_jvm_start_s", median(jvm));
      o.put("baseline_jackson_parse_s", parseFloor);
      o.put("baseline_reader_no_store_s", readerFloor);
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        Json.print(out, o);
      } else {
        out.printf("machine: %d cores, Java %s, children with -Xmx%s, median of %d runs%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), xmx, runs);
        out.printf("fresh import (ATT&CK + %d MISP clusters)   %.2f s   breakdown ms: %s%n", GALAXIES.size(), median(fresh), breakdown);
        out.printf("re-import, unchanged files                 %.2f s%n", median(reimport));
        out.printf("re-import, unchanged, --force (per object) %.2f s%n", median(forced));
        out.printf("ascribe actor \"Vanguard Panda\"             %.2f s%n", median(actor));
        out.printf("baselines: JVM start (ascribe --version) %.2f s; Jackson parse of the inputs %.2f s;"
            + " KbDocumentReader without storing %.2f s (in this process, first run)%n", median(jvm), parseFloor, readerFloor);
      }
      return 0;
    } finally {
      deleteTree(root);
    }
  }

  /** The floor the issue names: parsing the same bytes with Jackson and nothing else. */
  private static double parseFloorSeconds(List<String> inputs) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long start = System.nanoTime();
    for (String in : inputs) {
      mapper.readTree(Path.of(in).toFile());
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Our reader (validation, compact JSON, per-object SHA-256) without the store. */
  private static double readerSeconds(List<String> inputs) throws IOException {
    long start = System.nanoTime();
    for (String in : inputs) {
      try (KbInput.Opened opened = KbInput.of(in).open(null)) {
        new KbDocumentReader().read(opened.stream(), in, o -> {});
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private double[] times(Path home, List<String> args, String label, PrintWriter err) throws IOException, InterruptedException, URISyntaxException {
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = run(home, args).seconds;
      err.printf("%s %d/%d: %.2f s%n", label, i + 1, runs, t[i]);
    }
    return t;
  }

  private record Run(double seconds, String stdout) {}

  private Run run(Path home, List<String> args) throws IOException, InterruptedException, URISyntaxException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path jar = Path.of(BenchKbCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx));
    cmd.addAll(LAUNCHER_JVM_OPTIONS);
    cmd.addAll(List.of("-cp", jar.toString(), "io.ascribe.cli.AscribeCommand"));
    if (args.get(0).startsWith("--")) {
      cmd.addAll(args);
    } else {
      int subcommandWords = args.get(0).equals("kb") ? 2 : 1; // --home belongs to the leaf subcommand
      cmd.addAll(args.subList(0, subcommandWords));
      cmd.addAll(List.of("--home", home.toString()));
      cmd.addAll(args.subList(subcommandWords, args.size()));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IOException("benchmark child failed with exit code " + code + ": " + String.join(" ", cmd) + "\n" + stdout);
    }
    return new Run(seconds, stdout);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
