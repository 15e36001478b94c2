package io.ascribe.cli.extract;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.cli.DocumentSources;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe extract}: what a report or news page says, as structured, quotable evidence. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract from reports and news pages (text, HTML, PDF, WARC, gzip; files or http(s) URLs): the clean main",
      "text, title, date, publisher and language; indicators (defanged ones too; values on the MISP",
      "warning lists are kept but marked); ATT&CK techniques cited by id or name; actors and software",
      "named (through the knowledge base's aliases); people and states; and public claims:",
      "attributions, denials and counter-accusations, each with claimant, accused and the sentence.",
      "Techniques described in prose come from the home's trained classifier (see `ascribe model`).",
      "Nothing is stored.",
      "",
      "Examples:",
      "  ascribe extract ../shared/seeds/000_4e465635380c1327.txt --json",
      "  ascribe extract page.html https://example.org/news.html --jsonl"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin NetworkOptions network;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Documents to read.")
  List<String> inputs;

  @Option(names = "--json", description = "Print JSON (an array when several inputs are given).")
  boolean json;

  @Option(names = "--jsonl", description = "Print one JSON object per input, one per line, in input order.")
  boolean jsonl;

  @Mixin ExtractorOptions extraction;

  @Option(names = "--max-bytes", defaultValue = "52428800", description = "Largest document read (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() throws Exception {
    if (json && jsonl) {
      throw new IllegalArgumentException("give --json or --jsonl, not both");
    }
    PrintWriter err = spec.commandLine().getErr();
    DocumentExtractor extractor;
    try (Store store = home.open()) {
      extractor = extraction.extractor(home, store, err);
    }
    DocumentSources sources = new DocumentSources(network.fetcher(), maxBytes);
    PrintWriter out = spec.commandLine().getOut();
    List<ExtractedDocument> all = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String input : inputs) {
      sources.read(input, raw -> {
        ExtractedDocument doc = extractor.extract(raw.source(), raw.bytes(), raw.nameOrContentType());
        if (jsonl) {
          out.println(Json.line(doc));
        } else if (json) {
          all.add(doc);
        } else {
          new ExtractionPrinter(out).print(doc);
        }
        out.flush();
      }, problem -> {
        problems.add(problem);
        err.println("error: " + problem);
        err.flush();
      });
    }
    if (json) {
      Json.print(out, all.size() == 1 ? all.get(0) : all);
    }
    return problems.isEmpty() ? 0 : 1;
  }
}
