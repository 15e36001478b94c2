package io.ascribe.cli;

import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.fetch.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the document commands accept on the command line, turned into documents: files (text,
 * HTML, PDF, WARC, gzip), folders (walked, sorted) and http(s) URLs (fetched under the network
 * policy), each capped at {@code maxBytes}.
 */
public final class DocumentSources {
  private final DocumentInputs readers;
  private final HttpFetcher fetcher;
  private final long maxBytes;

  public DocumentSources(HttpFetcher fetcher, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("--max-bytes must be positive, got " + maxBytes);
    }
    this.readers = new DocumentInputs(maxBytes);
    this.fetcher = fetcher;
    this.maxBytes = maxBytes;
  }

  /** The inputs with every folder replaced by the files under it, sorted. */
  public static List<String> expand(List<String> inputs) throws IOException {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = HttpFetcher.isUrl(input) ? null : Path.of(input);
      if (p != null && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(f -> out.add(f.toString()));
        }
      } else {
        out.add(input);
      }
    }
    return out;
  }

  /**
   * Reads one input (a file or URL, not a folder): every document in it goes to {@code documents},
   * and whatever could not be read, the input itself included, to {@code problems}.
   */
  public void read(String input, Consumer<RawDocument> documents, Consumer<InputProblem> problems) {
    try {
      if (HttpFetcher.isUrl(input)) {
        try (InputStream in = fetcher.open(input)) {
          byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (bytes.length > maxBytes) {
            throw new IOException("larger than --max-bytes " + maxBytes);
          }
          readers.read(input, bytes, documents, problems);
        }
      } else if (!Files.exists(Path.of(input))) {
        problems.accept(new InputProblem(input, "no such file"));
      } else {
        readers.read(Path.of(input), documents, problems);
      }
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      problems.accept(new InputProblem(input, message.startsWith(input + ": ") ? message.substring(input.length() + 2) : message));
    }
  }
}
