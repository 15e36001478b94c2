package io.ascribe.cli.ingest;

import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.cli.DocumentSources;
import io.ascribe.cli.ExtractorOptions;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.MaxBytesOption;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.cli.TlpConverter;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.corpus.UnknownActorException;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.Ingestor;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchIndex;
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

/** {@code ascribe ingest}: extracts and stores documents, their indicators, mentions and claims. */
@Command(
    name = "ingest",
    header = "Read reports and news, extract them and store each document with what was found.",
    mixinStandardHelpOptions = true,
    description = {
      "Read reports and news (text, HTML, PDF, WARC/WARC.gz, gzip; files, folders or http(s) URLs), "
          + "extract them like `ascribe extract`, and store each document with its indicators, technique "
          + "mentions, entities and claims (one transaction per document), then index its text for `ascribe "
          + "search`. A document about one actor (or carrying an attribution claim, or declared with --actor) "
          + "ties its indicators, software, techniques and victims to that actor, which `ascribe actor` then "
          + "shows and `ascribe attribute` weighs. Re-ingesting the same bytes stores nothing new but replaces "
          + "those ties; a document that fails is reported and the batch goes on. `ascribe ingest --parquet DIR "
          + "[--db URL]` loads the tables of `ascribe spark claims` instead (the launcher runs it in the Spark "
          + "module: `ascribe spark ingest-parquet --help`).",
      "",
      "Examples:",
      "  ascribe ingest ../shared/seeds",
      "  ascribe ingest crawl.warc.gz report.pdf https://example.org/news.html",
      "  ascribe ingest --actor APT28 vendor-report.pdf",
      "  ascribe claims --country CN"
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin NetworkOptions network;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL|DIR|WARC", description = "What to ingest.")
  List<String> inputs;

  @Mixin ExtractorOptions extraction;

  @Mixin MaxBytesOption maxBytes;

  @Option(names = "--tlp", paramLabel = "LEVEL", defaultValue = "CLEAR", converter = TlpConverter.class,
      description = "TLP marking of the documents (and their claims): CLEAR, GREEN, AMBER, AMBER+STRICT or RED "
          + "(default: ${DEFAULT-VALUE}).")
  Tlp tlp;

  @Option(names = "--actor", paramLabel = "NAME",
      description = "The threat actor every document is about (a name, alias or ATT&CK id the knowledge base "
          + "resolves to one actor): what the documents contain is tied to that actor. Without it, a document is "
          + "tied to the one actor it is about and to the actors its attribution claims name, if any.")
  String actor;

  @Mixin JsonOption json;


  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<Ingestor.Outcome> outcomes = new ArrayList<>();
    try (Store store = home.open()) {
      KnowledgeBase.Linked linked = new KnowledgeBase(store).linked();
      CorpusLinker linker = new CorpusLinker(linked.actors(), new EvidenceResolver(linked.graph(), linked.software()));
      String declared;
      try {
        declared = actor == null ? null : linker.declaredActor(actor);
      } catch (UnknownActorException e) {
        err.println("--actor: " + e.getMessage());
        return e.candidates().isEmpty() ? 2 : 3;
      }
      DocumentExtractor extractor = extraction.extractor(home, store, err);
      Ingestor ingestor = new Ingestor(extractor, new DocumentStore(store), new SearchIndex(store.indexDir()), tlp)
          .withLinks(linker, declared);
      int recovered = ingestor.recover();
      if (recovered > 0) {
        err.printf("Indexed %d documents an interrupted ingest had stored but not indexed.%n", recovered);
      }
      DocumentSources sources = new DocumentSources(network.fetcher(), maxBytes.bytes());
      List<String> files = DocumentSources.expand(inputs);
      int n = 0;
      for (String input : files) {
        n++;
        if (!json.requested()) {
          err.printf("[%d/%d] %s%n", n, files.size(), input);
          err.flush();
        }
        List<RawDocument> raw = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        sources.read(input, raw::add, problems::add);
        problems.forEach(p -> outcomes.add(Ingestor.Outcome.failed(p.source(), p.message())));
        for (RawDocument r : raw) {
          outcomes.add(ingestor.ingest(r));
        }
      }
      ingestor.flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, outcomes);
    } else {
      for (Ingestor.Outcome o : outcomes) {
        out.printf("  %-8s %s%s%n", o.status(), o.source(),
            o.status().equals("stored") ? ": " + o.claims() + " claims, " + o.indicators() + " indicators, sha256 "
                + o.sha256().substring(0, 12)
                + (o.message() == null ? "" : "; " + o.message())
                : o.message() == null ? "" : ": " + o.message());
      }
      long stored = outcomes.stream().filter(o -> o.status().equals("stored")).count();
      long same = outcomes.stream().filter(o -> o.status().equals("unchanged")).count();
      long failed = outcomes.stream().filter(o -> o.status().equals("failed")).count();
      out.printf("Ingested %d documents, %d already stored, %d failed.%n", stored, same, failed);
    }
    return outcomes.stream().anyMatch(o -> o.status().equals("failed")) ? 1 : 0;
  }
}
