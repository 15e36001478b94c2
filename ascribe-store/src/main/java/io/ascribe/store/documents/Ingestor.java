package io.ascribe.store.documents;

import io.ascribe.digest.Sha256;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests documents one by one: skips bytes already stored, extracts, stores (one transaction per
 * document) and queues the text for the search index, which {@link #flush} writes in batches.
 * A document that fails is reported and never half stored.
 */
public final class Ingestor {
  private static final int INDEX_BATCH = 500;

  private final DocumentExtractor extractor;
  private final DocumentStore documents;
  private final SearchIndex index;
  private final Tlp tlp;
  private final List<SearchIndex.IndexedDocument> pending = new ArrayList<>();

  /** An ingestor marking documents TLP:CLEAR (public reports and news). */
  public Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index) {
    this(extractor, documents, index, Tlp.CLEAR);
  }

  /** An ingestor marking every document it stores with {@code tlp}. */
  public Ingestor(DocumentExtractor extractor, DocumentStore documents, SearchIndex index, Tlp tlp) {
    this.extractor = extractor;
    this.documents = documents;
    this.index = index;
    this.tlp = tlp;
  }

  /**
   * What happened to one document.
   *
   * @param status {@code stored}, {@code unchanged} (same bytes already ingested) or {@code failed}
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
      if (documents.contains(sha)) {
        return new Outcome(r.source(), "unchanged", sha, null, 0, 0, "same bytes already ingested");
      }
      ExtractedDocument d = extractor.extract(r, sha);
      long id = documents.add(d, tlp);
      pending.add(new SearchIndex.IndexedDocument(id, d.title(), d.source(), d.text()));
      if (pending.size() >= INDEX_BATCH) {
        flush();
      }
      String note = "en".equals(d.language()) ? null : "language " + d.language() + ": stored, claims not extracted";
      return new Outcome(r.source(), "stored", sha, d.title(), d.claims().size(), d.indicators().size(), note);
    } catch (RuntimeException e) {
      return Outcome.failed(r.source(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
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
