package io.ascribe.cli.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.DocumentSources;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.MaxBytesOption;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.learn.ClaimReader;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.extract.text.MainText;
import io.ascribe.store.Store;
import io.ascribe.store.kb.AttackNames;
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
    header = "Extract text, indicators, techniques, actors and claims from reports, storing nothing.",
    mixinStandardHelpOptions = true,
    description = {
      "Extract from reports and news pages (text, HTML, PDF, WARC, gzip; files or http(s) URLs): the clean "
          + "main text, title, date, publisher and language; indicators (defanged ones too; values on the MISP "
          + "warning lists are kept but marked); ATT&CK techniques cited by id or name; actors and software "
          + "named (through the knowledge base's aliases); people and states; and public claims: attributions, "
          + "denials and counter-accusations, each with claimant, accused and the sentence. Techniques described "
          + "in prose come from the home's trained classifier (see `ascribe model`). Nothing is stored.",
      "",
      "Examples:",
      "  ascribe extract ../shared/seeds/000_4e465635380c1327.txt --json",
      "  ascribe extract page.html https://example.org/news.html --jsonl",
      "  ascribe extract ../shared/seeds/000_4e465635380c1327.txt --explain   # why each claim was kept"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin NetworkOptions network;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Documents to read.")
  List<String> inputs;

  @Mixin JsonOption json;

  @Option(names = "--jsonl",
      description = "Print one JSON object per input, one per line, in input order (--json prints them as one array).")
  boolean jsonl;

  @Mixin ExtractorOptions extraction;

  @Option(names = "--explain",
      description = "For each claim, the scorer's probability and the features that carried it (JSON: \"claim_reasons\").")
  boolean explain;

  @Mixin MaxBytesOption maxBytes;

  /** The document with "claim_reasons": one entry per claim, in the claims' order. */
  private static ObjectNode withReasons(ExtractedDocument doc, List<ClaimReader.Explained> explained) {
    ObjectNode o = Json.tree(doc);
    ArrayNode reasons = o.putArray("claim_reasons");
    for (ClaimReader.Explained e : explained) {
      ObjectNode r = reasons.addObject();
      r.put("type", e.claim().type().id());
      r.put("claimant_country", e.claim().claimantCountry());
      r.put("accused_country", e.claim().accusedCountry());
      r.put("probability", Math.round(e.probability() * 1000) / 1000.0);
      ObjectNode because = r.putObject("features");
      e.because().forEach(c -> because.put(c.feature(), Math.round(c.value() * 1000) / 1000.0));
    }
    return o;
  }

  @Override
  public Integer call() throws Exception {
    if (json.requested() && jsonl) {
      throw new IllegalArgumentException("give --json or --jsonl, not both");
    }
    PrintWriter err = spec.commandLine().getErr();
    // the store stays open while reading: the text form names the ATT&CK ids a document cites
    try (Store store = home.open()) {
      DocumentExtractor extractor = extraction.extractor(home, store, err);
      AttackNames attackNames = new AttackNames(store);
      DocumentSources sources = new DocumentSources(network.fetcher(), maxBytes.bytes());
      PrintWriter out = spec.commandLine().getOut();
      List<Object> all = new ArrayList<>();
      List<InputProblem> problems = new ArrayList<>();
      for (String input : inputs) {
        sources.read(input, raw -> {
          ExtractedDocument doc = extractor.extract(raw.source(), raw.bytes(), raw.nameOrContentType());
          if (doc.mainText() == MainText.KEPT_ALL) {
            err.println("note: " + raw.source() + ": removing page furniture would have left under a third of this"
                + " long text, so all of it was kept (main_text: kept_all)");
            err.flush();
          }
          Object shown = explain && (json.requested() || jsonl) ? withReasons(doc, extractor.explainClaims(doc)) : doc;
          if (jsonl) {
            out.println(Json.line(shown));
          } else if (json.requested()) {
            all.add(shown);
          } else {
            new ExtractionPrinter(out, attackNames::resolve).print(doc, explain ? extractor.explainClaims(doc) : List.of());
          }
          out.flush();
        }, problem -> {
          problems.add(problem);
          err.println("error: " + problem);
          err.flush();
        });
      }
      if (json.requested()) {
        Json.print(out, all.size() == 1 ? all.get(0) : all);
      }
      return problems.isEmpty() ? 0 : 1;
    }
  }
}
