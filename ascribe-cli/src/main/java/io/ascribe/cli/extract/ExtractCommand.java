package io.ascribe.cli.extract;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.cli.WarningListsOption;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      "Extract from reports and news pages (plain text or HTML, file or http(s) URL): the clean main",
      "text, title, date, publisher and language; indicators (defanged ones too; values on the MISP",
      "warning lists are kept but marked); ATT&CK techniques cited by id or name; actors and software",
      "named (through the knowledge base's aliases); people and states; and public claims:",
      "attributions, denials and counter-accusations, each with claimant, accused and the sentence.",
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

  @Mixin WarningListsOption warninglists;

  @Option(names = "--max-bytes", defaultValue = "52428800", description = "Largest document read (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() throws Exception {
    if (json && jsonl) {
      throw new IllegalArgumentException("give --json or --jsonl, not both");
    }
    WarningLists wl = warninglists.load(home);
    KnowledgeBase.Linked linked;
    try (Store store = home.open()) {
      linked = new KnowledgeBase(store).linked();
    }
    DocumentExtractor extractor = DocumentExtractor.forKnowledge(linked.graph(), linked.actors(), linked.software(), wl);
    HttpFetcher fetcher = network.fetcher();
    PrintWriter out = spec.commandLine().getOut();
    List<ExtractedDocument> all = new ArrayList<>();
    for (String input : inputs) {
      byte[] bytes = read(input, fetcher);
      ExtractedDocument doc = extractor.extract(input, bytes, input);
      if (jsonl) {
        out.println(Json.line(doc));
      } else if (json) {
        all.add(doc);
      } else {
        new ExtractionPrinter(out).print(doc);
      }
    }
    if (json) {
      Json.print(out, all.size() == 1 ? all.get(0) : all);
    }
    return 0;
  }

  private byte[] read(String input, HttpFetcher fetcher) throws IOException {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf") || lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      throw new IOException(input + ": PDF and WARC input are not supported yet; give text or HTML");
    }
    if (HttpFetcher.isUrl(input)) {
      try (InputStream in = fetcher.open(input)) {
        return readCapped(in, input);
      }
    }
    try (InputStream in = Files.newInputStream(Path.of(input))) {
      return readCapped(in, input);
    } catch (NoSuchFileException e) {
      throw new IOException(input + ": no such file");
    }
  }

  private byte[] readCapped(InputStream in, String input) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new IOException(input + ": larger than --max-bytes " + maxBytes);
    }
    return bytes;
  }
}
