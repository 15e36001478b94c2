package io.ascribe.store.documents;

import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.digest.Sha256;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingests documents one by one: skips bytes already stored, extracts, stores (one transaction per
 * document) and queues the text for the search index, which {@link #flush} writes in batches.
 * A document that fails is reported and never half stored.
 *
 * <p>Documents are stored at a marking on behalf of an uploader with a clearance, and an upload
 * never tells the uploader about a copy they may not see. Bytes stored already at the upload's
 * marking or a less restrictive one (which the uploader sees) are {@code unchanged}, and the
 * outcome names that marking. Otherwise the upload is stored as a copy of its own at its marking,
 * exactly as a new document would be; when the uploader can see a stricter copy of the same bytes,
 * the outcome says so. So the same bytes uploaded at AMBER by someone who cannot see a RED copy
 * become an AMBER copy visible to them, and re-uploading a TLP:RED document at TLP:CLEAR adds a
 * CLEAR copy (the uploader declares the bytes public; readers then see the CLEAR one), while an
 * upload at a stricter marking than a copy already stored changes nothing, since everyone cleared
 * for it already sees that copy.
 */
public final class Ingestor {
  private static final int INDEX_BATCH = 500;

  private final DocumentExtractor extractor;
  private final DocumentStore documents;
  private final SearchIndex index;
  private final Tlp tlp;
  private final Tlp clearance;
  private final CorpusLinker linker;
  private final String declaredActor;
  private final CorpusLinkStore links;
  private final List<SearchIndex.IndexedDocument> pending = new ArrayList<>();

  /** An ingestor marking documents TLP:CLEAR (public reports and news). */
  public Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index) {
    this(extractor, documents, index, Tlp.CLEAR);
  }

  /** An ingestor marking every document it stores with {@code tlp}, for an operator who sees everything. */
  public Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index, Tlp tlp) {
    this(extractor, documents, index, tlp, Tlp.RED);
  }

  /**
   * An ingestor marking every document it stores with {@code tlp}, on behalf of an uploader who may
   * see up to {@code clearance}.
   */
  public Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index, Tlp tlp, Tlp clearance) {
    this(extractor, documents, index, tlp, clearance, null, null);
  }

  private Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index, Tlp tlp, Tlp clearance,
      CorpusLinker linker, String declaredActor) {
    if (!tlp.visibleUpTo(clearance)) {
      throw new IllegalArgumentException("an uploader cleared for " + clearance.label() + " cannot store a document "
          + "marked " + tlp.label());
    }
    this.extractor = extractor;
    this.documents = documents;
    this.index = index;
    this.tlp = tlp;
    this.clearance = clearance;
    this.linker = linker;
    this.declaredActor = declaredActor;
    this.links = linker == null ? null : new CorpusLinkStore(documents.store());
  }

  /**
   * The same ingestor, also storing what each document ties to actors (see {@link CorpusLinker}).
   * Bytes already stored are then extracted again and their links replaced, so ingesting again
   * after the knowledge base changed, or with another declared actor, updates the profiles.
   *
   * @param declaredActorKey the canonical actor an analyst said every document is about, or null to
   *     infer the actors from each text
   */
  public Ingestor withLinks(CorpusLinker corpusLinker, String declaredActorKey) {
    return new Ingestor(extractor, documents, index, tlp, clearance, corpusLinker, declaredActorKey);
  }

  /**
   * What happened to one document.
   *
   * @param status {@code stored}, {@code unchanged} (same bytes already stored at this marking or a
   *     less restrictive one the uploader sees) or {@code failed}
   * @param sha256 the document's SHA-256 (null when it could not be read)
   */
  public record Outcome(
      String source, String status, String sha256, String title, int claims, int indicators, String message) {
    /** A document or input that could not be read. */
    public static Outcome failed(String source, String message) {
      return new Outcome(source, "failed", null, null, 0, 0, message);
    }
  }

  /** Ingests one document. */
  public Outcome ingest(RawDocument r) throws IOException {
    String sha = Sha256.of(r.bytes());
    try {
      Optional<Tlp> seen = documents.storedMarking(sha, clearance);
      if (seen.isPresent() && seen.get().visibleUpTo(tlp)) {
        String note = seen.get() == tlp ? "same bytes already ingested" : "same bytes already ingested at "
            + seen.get().label() + ", less restrictive than " + tlp.label() + ": kept as they are";
        if (linker != null) {
          List<CorpusLink> relinked = linker.links(extractor.extract(r, sha), declaredActor);
          links.replace(sha, seen.get(), relinked);
          note += "; corpus links replaced: " + describe(relinked);
        }
        return new Outcome(r.source(), "unchanged", sha, null, 0, 0, note);
      }
      ExtractedDocument d = extractor.extract(r, sha);
      List<CorpusLink> tied = linker == null ? List.of() : linker.links(d, declaredActor);
      long id = documents.add(d, tlp, tied);
      pending.add(new SearchIndex.IndexedDocument(id, d.title(), d.source(), d.text()));
      if (pending.size() >= INDEX_BATCH) {
        flush();
      }
      List<String> notes = new ArrayList<>();
      seen.ifPresent(stricter -> notes.add("stored as a copy at " + tlp.label() + "; the same bytes are also stored at "
          + stricter.label()));
      if (linker != null) {
        notes.add("corpus links: " + describe(tied));
      }
      if (!"en".equals(d.language())) {
        notes.add("language " + d.language() + ": stored, claims not extracted");
      }
      String note = notes.isEmpty() ? null : String.join("; ", notes);
      return new Outcome(r.source(), "stored", sha, d.title(), d.claims().size(), d.indicators().size(), note);
    } catch (RuntimeException e) {
      return Outcome.failed(r.source(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** "12 facts tied to intrusion-set--… (subject)", or "none" when the document attributes nothing. */
  private static String describe(List<CorpusLink> tied) {
    if (tied.isEmpty()) {
      return "none (the document ties nothing to an actor)";
    }
    Map<String, String> actors = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CorpusLink l : tied) {
      actors.putIfAbsent(l.actorKey(), l.provenance().basis().id());
      counts.merge(l.actorKey(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    actors.forEach((actor, basis) -> parts.add(counts.get(actor) + " fact(s) tied to " + actor + " (" + basis + ")"));
    return String.join(", ", parts);
  }

  /**
   * Indexes the stored documents the search index lacks: those of an ingest that was killed
   * between committing documents and writing the index. Returns how many there were.
   */
  public int recover() throws IOException {
    int[] count = {0};
    documents.forIndexExcept(index.documentIds()).forEach(d -> {
      pending.add(d);
      count[0]++;
      if (pending.size() >= INDEX_BATCH) {
        try {
          flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    flush();
    return count[0];
  }

  /** Writes queued documents to the search index. */
  public void flush() throws IOException {
    if (!pending.isEmpty()) {
      index.add(pending);
      pending.clear();
    }
  }
}
