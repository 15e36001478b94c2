package io.ascribe.cli.attribution;

import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.EvidenceException;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.TopOption;
import io.ascribe.store.Store;
import io.ascribe.store.attribution.TrainedAttributor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe attribute}: ranks candidate actors for an incident's evidence. */
@Command(
    name = "attribute",
    header = "Rank the actors most likely behind an incident's evidence, with probabilities and reasons.",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the known actors most likely behind an incident, with calibrated probabilities, the evidence "
          + "for and against each, an \"unknown actor\" hypothesis, and how much the answer rests on cheaply "
          + "forged evidence (language strings, time zones).",
      "",
      "FILE is evidence JSON (see examples/attribution/case.json) or a STIX 2.x bundle with a report or "
          + "incident. Techniques and software may be ATT&CK ids, names or aliases; names that match nothing are "
          + "reported as unresolved. Free text in \"text\" (a report excerpt, notes) is read like an ingested "
          + "document: the techniques it describes, the software it names and its indicators join the evidence, "
          + "each explained with the sentence it came from.",
      "",
      "The first run after an import learns the model's weights from the knowledge base (a few seconds) "
          + "and caches them under <home>/models.",
      "",
      "Examples:",
      "  ascribe attribute examples/attribution/case.json",
      "  ascribe attribute case.json --top 10 --json",
      "  ascribe attribute --batch cases.jsonl --out results.jsonl"
    })
public final class AttributeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Evidence JSON or STIX bundle.")
  Path file;

  @Option(names = "--batch", paramLabel = "IN.jsonl", description = "One evidence object per line; one result per line out, in order.")
  Path batch;

  @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where batch results go (default: standard output).")
  Path out;

  @Mixin TopOption top;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if ((file == null) == (batch == null)) {
      throw new IllegalArgumentException("give either FILE or --batch IN.jsonl");
    }
    top.check();
    if (out != null && batch == null) {
      throw new IllegalArgumentException("--out only applies with --batch");
    }
    PrintWriter err = spec.commandLine().getErr();
    EvidenceParser parser = new EvidenceParser();
    String single = null;
    if (file != null) {
      single = read(file);
      parser.parse(single, file.toString()); // fail on bad evidence before loading the knowledge base
    }
    // the store stays open: reading a case's free text loads the home's extractor on first use
    try (Store store = home.open()) {
      TrainedAttributor engine = TrainedAttributor.load(store, line -> {
        err.println(line);
        err.flush();
      });
      if (engine.trained()) {
        err.println("Learned the model's weights from the knowledge base (cached for next time).");
        err.flush();
      }
      if (file != null) {
        Attribution result = attribute(engine, parser, single, file.toString());
        PrintWriter o = spec.commandLine().getOut();
        if (json.requested()) {
          Json.print(o, result);
        } else {
          new AttributionPrinter(o).print(result);
        }
        return 0;
      }
      return runBatch(engine, parser, err);
    }
  }

  private Attribution attribute(TrainedAttributor engine, EvidenceParser parser, String text, String source)
      throws EvidenceException {
    return engine.attributor().attribute(engine.resolver().resolve(parser.parse(text, source)), top.count());
  }

  private int runBatch(TrainedAttributor engine, EvidenceParser parser, PrintWriter err) throws IOException {
    int lines = 0;
    int failed = 0;
    long start = System.nanoTime();
    try (BufferedReader in = open(batch);
        Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines++;
        if (line.isBlank()) {
          continue;
        }
        String source = batch + ":" + lines;
        String result;
        try {
          result = Json.line(attribute(engine, parser, line, source));
        } catch (EvidenceException | RuntimeException e) {
          // one bad line never stops a batch; an unexpected failure is reported as such
          failed++;
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("line", lines);
          error.put("error", e instanceof EvidenceException || e instanceof IllegalArgumentException
              ? e.getMessage() : source + ": internal error: " + e);
          result = Json.line(error);
        }
        w.write(result);
        w.write('\n');
      }
      w.flush();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf("%d lines, %d failed, %.0f cases/s%n", lines, failed, lines / Math.max(seconds, 1e-9));
    return failed > 0 ? 1 : 0;
  }

  private static BufferedReader open(Path p) throws IOException {
    try {
      return Files.newBufferedReader(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException(p + ": no such file");
    }
  }

  private static String read(Path p) throws IOException {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException(p + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IOException(p + ": not UTF-8 text");
    }
  }
}
