package io.ascribe.store.kb;

import io.ascribe.digest.Sha256;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.kb.KbFormat;
import io.ascribe.kb.KbFormatException;
import io.ascribe.kb.KbInput;
import io.ascribe.kb.KbObject;
import io.ascribe.kb.KbObjectSink;
import io.ascribe.kb.NotKnowledgeFileException;
import io.ascribe.model.KnowledgeGraphBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.store.Store;
import io.ascribe.store.kb.ImportSummary.InputResult;
import io.ascribe.store.kb.ImportSummary.Status;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports knowledge sources (files, folders, URLs) into the store, transactionally and
 * idempotently.
 *
 * <ul>
 *   <li>All inputs of one call share one transaction: if any input is malformed, nothing is stored
 *       (unless {@code keepGoing}, where that input alone is rolled back and reported rejected).
 *   <li>Bytes already imported (same SHA-256) are not read again.
 *   <li>An object whose content changed is updated when its {@code modified} is newer (or the
 *       format has none); the previous version moves to {@code kb_object_history}.
 *   <li>After any change the read model (linking, profiles) is rebuilt in the same transaction,
 *       and the {@link DerivedData} (the search index) is built aside meanwhile and published after
 *       commit.
 * </ul>
 */
public final class KbImporter {
  private static final int BATCH = 1_000;

  private final Store store;
  private final HttpFetcher fetcher;
  private final ImportListener listener;
  private final DerivedData derived;

  /**
   * An importer into {@code store} that reads URLs with {@code fetcher}, reports to {@code
   * listener} and keeps {@code derived} in step with the read model.
   */
  public KbImporter(Store store, HttpFetcher fetcher, ImportListener listener, DerivedData derived) {
    this.store = store;
    this.fetcher = fetcher;
    this.listener = listener;
    this.derived = derived;
  }

  /** Options for one import. */
  public record Options(boolean force, boolean keepGoing) {
    /** Defaults: skip already-imported bytes, stop at the first bad input. */
    public static final Options DEFAULT = new Options(false, false);
  }

  /**
   * Imports every argument: files, folders (walked for {@code .json} and {@code .json.gz}) and
   * http(s) URLs.
   *
   * @throws KbFormatException naming the file and place of the first bad input; the store is then
   *     unchanged
   */
  public ImportSummary importAll(List<String> arguments, Options options) throws IOException {
    List<Expanded> inputs = expand(arguments);
    long t0 = System.nanoTime();
    long[] marks = new long[2];
    AtomicReference<DerivedData.Staged> staged = new AtomicReference<>(DerivedData.Staged.NOTHING);
    Outcome outcome;
    try {
      outcome =
        store.jdbi().inTransaction(h -> {
          KbRepository repo = new KbRepository(h);
          LazyVersions versions = new LazyVersions(repo);
          // with nothing imported before, no input can be a re-import: skip hashing files up front
          boolean checkReimport = !options.force() && repo.hasSources();
          GraphFeed feed = new GraphFeed();
          List<InputResult> results = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            Expanded in = inputs.get(i);
            listener.started(in.input, i, inputs.size());
            String savepoint = "input" + i;
            if (options.keepGoing()) {
              h.savepoint(savepoint);
            }
            InputResult result;
            try {
              result = importOne(in.input, repo, versions, feed, checkReimport);
            } catch (NotKnowledgeFileException e) {
              if (in.explicit) {
                throw e;
              }
              result = new InputResult(in.input.location(), Status.SKIPPED, null, 0, 0, 0, 0, e.reason());
            } catch (KbFormatException e) {
              if (!options.keepGoing()) {
                throw e;
              }
              h.rollbackToSavepoint(savepoint);
              versions.reset();
              feed.invalidate();
              result = new InputResult(in.input.location(), Status.REJECTED, null, 0, 0, 0, 0, e.getMessage());
            }
            if (options.keepGoing() && result.status() != Status.REJECTED) {
              h.releaseSavepoint(savepoint); // a savepoint rolled back to is already gone
            }
            results.add(result);
            listener.finished(result);
          }
          marks[0] = System.nanoTime();
          boolean changed = results.stream().anyMatch(r -> r.added() + r.updated() > 0);
          ReadModel model = null;
          if (changed) {
            listener.rebuilding();
            model = feed.valid
                ? ReadModel.rebuild(h, feed.builder, feed.added)
                : ReadModel.rebuild(h);
            // derived data (the search index) is built aside while the database commits
            staged.set(derived.stage(model));
          }
          marks[1] = System.nanoTime();
          return new Outcome(results, model);
        });
    } catch (IOException | RuntimeException e) {
      staged.get().discard();
      throw e;
    }
    long t3 = System.nanoTime();
    ImportSummary.ReadModelStats stats = null;
    if (outcome.model != null) {
      staged.get().publish();
      stats = new ImportSummary.ReadModelStats(outcome.model.actors().size(),
          outcome.model.ambiguousActorNames(), outcome.model.software().size(),
          outcome.model.techniques().size());
    }
    long t4 = System.nanoTime();
    ImportSummary.Timings timings = new ImportSummary.Timings(
        (marks[0] - t0) / 1_000_000, (marks[1] - marks[0]) / 1_000_000, (t3 - marks[1]) / 1_000_000,
        (t4 - t3) / 1_000_000);
    return new ImportSummary(List.copyOf(outcome.results), stats, timings);
  }

  private record Outcome(List<InputResult> results, ReadModel model) {}

  private record Expanded(KbInput input, boolean explicit) {}

  private static List<Expanded> expand(List<String> arguments) throws IOException {
    List<Expanded> out = new ArrayList<>();
    for (String arg : arguments) {
      if (HttpFetcher.isUrl(arg)) {
        out.add(new Expanded(KbInput.of(arg), true));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> files = walk.filter(Files::isRegularFile).filter(KbImporter::isJson).sorted().toList();
          for (Path f : files) {
            out.add(new Expanded(KbInput.of(f.toString()), false));
          }
        }
      } else if (Files.isRegularFile(p)) {
        out.add(new Expanded(KbInput.of(arg), true));
      } else {
        throw new KbFormatException(arg, 0, 0, "no such file or folder");
      }
    }
    return out;
  }

  private static boolean isJson(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".json.gz");
  }

  /**
   * Stored versions of every object, read on first need: an import whose inputs were all imported
   * before never reads them.
   */
  private static final class LazyVersions {
    private final KbRepository repo;
    private Map<String, StoredVersion> map;

    LazyVersions(KbRepository repo) {
      this.repo = repo;
    }

    Map<String, StoredVersion> get() {
      if (map == null) {
        map = repo.versions();
      }
      return map;
    }

    void reset() {
      map = null;
    }
  }

  /**
   * The knowledge graph as the import reads it: current versions of the objects seen, so that the
   * read model need not read them back. Invalid once an input was rolled back.
   */
  private static final class GraphFeed {
    final KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder();
    final Set<String> added = new HashSet<>();
    boolean valid = true;

    void add(KbObject o, JsonNode tree, String origin) {
      if (valid && KnowledgeGraphBuilder.wants(o.format(), o.type())) {
        builder.add(o, tree, origin);
        added.add(o.key());
      }
    }

    void invalidate() {
      valid = false;
    }
  }

  private InputResult importOne(
      KbInput input, KbRepository repo, LazyVersions versions, GraphFeed feed, boolean checkReimport)
      throws IOException {
    if (checkReimport && !input.isUrl()) {
      String sha = Sha256.ofFile(Path.of(input.location()));
      Optional<String> prior = repo.findImportedSha(sha);
      if (prior.isPresent()) {
        return new InputResult(input.location(), Status.ALREADY_IMPORTED, null, 0, 0,
            repo.objectCountOfSha(sha), 0, "same bytes already imported from " + prior.get());
      }
    }
    InputRun run = new InputRun(input, repo, versions.get(), feed);
    KbFormat format;
    try (KbInput.Opened opened = input.open(fetcher)) {
      run.opened = opened;
      format = PipelinedReader.read(opened, input.location(), run);
      run.flush();
      if (run.sourceId >= 0) {
        repo.completeSource(run.sourceId, opened.sha256(), format, run.count);
      }
    }
    versions.get().putAll(run.seen);
    return new InputResult(input.location(), Status.IMPORTED, format.name(), run.added, run.updated,
        run.unchanged, run.older, null);
  }

  /** Decides, object by object, what one input changes. */
  private final class InputRun implements KbObjectSink {
    final KbInput input;
    final KbRepository repo;
    final Map<String, StoredVersion> stored;
    final GraphFeed feed;
    final Map<String, StoredVersion> seen = new HashMap<>();
    final Map<String, Long> seenLine = new HashMap<>();
    final List<KbObject> pending = new ArrayList<>();
    KbInput.Opened opened;
    long sourceId = -1;
    int count;
    int added;
    int updated;
    int unchanged;
    int older;

    InputRun(KbInput input, KbRepository repo, Map<String, StoredVersion> stored, GraphFeed feed) {
      this.input = input;
      this.repo = repo;
      this.stored = stored;
      this.feed = feed;
    }

    @Override
    public void accept(KbObject o) throws KbFormatException {
      throw new IllegalStateException("the reader always passes the parsed tree");
    }

    @Override
    public void accept(KbObject o, JsonNode tree) throws KbFormatException {
      count++;
      if ((count & 255) == 0) {
        listener.progress(input, opened.bytesRead());
      }
      StoredVersion earlier = seen.get(o.key());
      if (earlier != null) {
        if (acceptRepeat(o, earlier)) {
          feed.add(o, tree, input.location());
        }
        return;
      }
      StoredVersion incoming = new StoredVersion(o.contentHash(), o.modified());
      StoredVersion current = stored.get(o.key());
      if (current == null) {
        becomesCurrent(o, incoming);
        pending.add(o);
        added++;
        if (pending.size() >= BATCH) {
          flush();
        }
      } else if (current.contentHash().equals(o.contentHash())) {
        seen.put(o.key(), current);
        unchanged++;
      } else if (compareModified(o.modified(), current.modified()) >= 0) {
        becomesCurrent(o, incoming);
        replace(o);
        updated++;
      } else {
        // the store already holds a newer version; later copies in this import compare against it
        seen.put(o.key(), current);
        older++;
        return;
      }
      feed.add(o, tree, input.location());
    }

    private void becomesCurrent(KbObject o, StoredVersion version) {
      seen.put(o.key(), version);
      seenLine.put(o.key(), o.line());
    }

    /**
     * The same id again in one input: identical is harmless; of two versions the newer is kept; two
     * different contents with the same {@code modified} in one input are an error. Returns true when
     * {@code o} became the current version.
     */
    private boolean acceptRepeat(KbObject o, StoredVersion earlier) throws KbFormatException {
      if (earlier.contentHash().equals(o.contentHash())) {
        unchanged++;
        return false;
      }
      Long firstLine = seenLine.get(o.key());
      int cmp = compareModified(o.modified(), earlier.modified());
      if (firstLine != null && (cmp == 0 || o.modified() == null)) {
        throw new KbFormatException(input.location(), o.line(), 0,
            "object " + o.key() + " appears twice with conflicting content and the same 'modified' "
                + Objects.requireNonNullElse(o.modified(), "(none)") + " (first at line " + firstLine + ")");
      }
      if (cmp >= 0) {
        becomesCurrent(o, new StoredVersion(o.contentHash(), o.modified()));
        replace(o);
        updated++;
        return true;
      }
      older++;
      return false;
    }

    private void replace(KbObject o) {
      flush();
      repo.replace(o, sourceId());
    }

    void flush() {
      if (!pending.isEmpty()) {
        repo.insert(pending, sourceId());
        pending.clear();
      }
    }

    private long sourceId() {
      if (sourceId < 0) {
        sourceId = repo.insertSource(input.location(), KbFormat.STIX);
      }
      return sourceId;
    }
  }

  /** Compares STIX timestamps; a missing {@code modified} counts as newest (MISP has none). */
  static int compareModified(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null ? 0 : (a == null ? 1 : -1);
    }
    try {
      return Instant.parse(a).compareTo(Instant.parse(b));
    } catch (DateTimeParseException e) {
      return a.compareTo(b);
    }
  }
}
