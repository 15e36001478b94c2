package io.ascribe.cli;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the commands that extract from documents, and the extractor they describe: the
 * knowledge base's names, the MISP warning lists ({@code --warninglists}: an explicit folder, else
 * {@code <home>/warninglists/lists} when present, else none) and the technique classifier of the
 * home (trained first when there is none, unless {@code --no-classifier}).
 */
public final class ExtractorOptions {
  @Option(names = "--warninglists", paramLabel = "DIR",
      description = "MISP warning lists folder (default: <home>/warninglists/lists when present).")
  Path folder;

  @Option(names = "--no-classifier",
      description = "Find techniques by id and name only, without the trained classifier (which is trained from "
          + "the knowledge base on first use when `ascribe model train` has not been run).")
  boolean noClassifier;

  /** Loads the lists; an explicit folder that does not exist is an error. */
  public WarningLists warningLists(HomeOption home) throws IOException {
    return warningLists(home.path().resolve("warninglists").resolve("lists"));
  }

  private WarningLists warningLists(Path fallback) throws IOException {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException(folder + ": no such folder");
    }
    Path lists = folder != null ? folder : fallback;
    return Files.isDirectory(lists) ? WarningLists.load(lists) : WarningLists.none();
  }

  /** The extractor over the store's knowledge; progress of a first training goes to {@code err}. */
  public DocumentExtractor extractor(HomeOption home, Store store, PrintWriter err) throws IOException {
    return extractor(home.path().resolve("warninglists").resolve("lists"), store, err);
  }

  /**
   * The same, with the warning lists read from {@code defaultLists} (when it exists) unless
   * {@code --warninglists} names a folder.
   */
  public DocumentExtractor extractor(Path defaultLists, Store store, PrintWriter err) throws IOException {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException(folder + ": no such folder");
    }
    return HomeExtractor.build(store, folder != null ? folder : defaultLists, !noClassifier, line -> {
      err.println(line);
      err.flush();
    });
  }
}
