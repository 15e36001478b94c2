package io.ascribe.store.documents;

import io.ascribe.attribution.EvidenceKind;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.corpus.Provenance;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The stored corpus links: what each ingested document ties to an actor ({@link CorpusLink}).
 * Links belong to one stored copy of a document and are read only through the copy a reader sees,
 * so a link is never more visible than its document; they are written with their document (see
 * {@link DocumentStore#add(io.ascribe.extract.ExtractedDocument, Tlp, List)}), replaced when the
 * document is ingested again, and deleted with it.
 */
public final class CorpusLinkStore {
  private static final String SELECT = "select l.actor_key, l.kind, l.feature, l.label, l.sentence, d.sha256, d.title, "
      + "l.link_date, l.claimant, l.basis, l.confidence from corpus_link l join doc_document d on d.id = l.document_id "
      + "where d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY;

  private final Store store;

  public CorpusLinkStore(Store store) {
    this.store = store;
  }

  /** Writes the links of document {@code documentId} in the caller's transaction. */
  public static void insert(Handle h, long documentId, List<CorpusLink> links) {
    PreparedBatch b = h.prepareBatch("insert into corpus_link (document_id, actor_key, kind, feature, label, sentence, "
        + "basis, claimant, link_date, confidence) values (:doc, :actor, :kind, :feature, :label, :sentence, :basis, "
        + ":claimant, :date, :confidence)");
    for (CorpusLink l : links) {
      Provenance p = l.provenance();
      b.bind("doc", documentId).bind("actor", clip(l.actorKey(), 400)).bind("kind", l.kind().id())
          .bind("feature", clip(l.feature(), 4000)).bind("label", clip(l.label(), 4000)).bind("sentence", l.sentence())
          .bind("basis", p.basis().id()).bind("claimant", clip(p.claimant(), 1000)).bind("date", clip(p.date(), 10))
          .bind("confidence", p.confidence()).add();
    }
    if (b.size() > 0) {
      b.execute();
    }
  }

  /**
   * Replaces the links of the copy of {@code sha256} stored at {@code marking}, in one transaction;
   * returns false when there is no such copy.
   */
  public boolean replace(String sha256, Tlp marking, List<CorpusLink> links) {
    return store.jdbi().inTransaction(h -> {
      Optional<Long> id = h.createQuery("select id from doc_document where sha256 = :sha and tlp = :tlp")
          .bind("sha", sha256).bind("tlp", marking.name()).mapTo(Long.class).findOne();
      if (id.isEmpty()) {
        return false;
      }
      h.createUpdate("delete from corpus_link where document_id = :id").bind("id", id.get()).execute();
      insert(h, id.get(), links);
      return true;
    });
  }

  /** Every link a reader cleared for {@code clearance} may see, in the order stored: what the engine learns from. */
  public List<CorpusLink> visible(Tlp clearance) {
    return store.jdbi().withHandle(h -> h.createQuery(SELECT + " order by l.id")
        .bindList("visible", DocumentStore.visible(clearance)).map((rs, ctx) -> link(rs)).list());
  }

  /** The links of one actor a reader may see, newest document first. */
  public List<CorpusLink> ofActor(String actorKey, Tlp clearance) {
    return store.jdbi().withHandle(h -> h.createQuery(SELECT + " and l.actor_key = :actor "
            + "order by l.link_date desc nulls last, d.id desc, l.id")
        .bind("actor", actorKey).bindList("visible", DocumentStore.visible(clearance)).map((rs, ctx) -> link(rs)).list());
  }

  /** The links of one document as a reader sees it (its current copy); empty when the reader cannot see it. */
  public List<CorpusLink> ofDocument(String sha256, Tlp clearance) {
    return store.jdbi().withHandle(h -> h.createQuery(SELECT + " and d.sha256 = :sha order by l.id")
        .bind("sha", sha256).bindList("visible", DocumentStore.visible(clearance)).map((rs, ctx) -> link(rs)).list());
  }

  /**
   * A value that changes whenever a link is added, replaced or deleted (links are only ever
   * inserted with new ids or deleted), so a cache of the engine's corpus facts knows when to rebuild.
   */
  public String fingerprint() {
    return store.jdbi().withHandle(h -> h.createQuery("select count(*), coalesce(max(id), 0) from corpus_link")
        .map((rs, ctx) -> rs.getLong(1) + ":" + rs.getLong(2)).one());
  }

  private static CorpusLink link(ResultSet rs) throws SQLException {
    return new CorpusLink(rs.getString(1), kind(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
        new Provenance(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            LinkBasis.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)), rs.getDouble(11)));
  }

  private static EvidenceKind kind(String id) {
    for (EvidenceKind k : EvidenceKind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalStateException("corpus_link holds an unknown evidence kind '" + id + "'");
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
