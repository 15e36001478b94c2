package io.ascribe.store.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.Tlp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows documents add to each document table, in the columns of {@link Table}, with long values
 * clipped to their columns: the one mapping from an extracted document to rows, which {@link
 * DocumentStore#add} (through {@link DocumentInserts}) and the bulk loader's {@code COPY} share.
 * A claim carries its document's marking and is filed as of the current copy of its bytes (V15):
 * a document is stored only as the newest copy of its bytes; {@link DocumentStore#add} marks the
 * claims of the copies it hides.
 */
public final class DocumentRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A document table with the columns a bulk load fills (the identities of child rows are left to the database). */
  public enum Table {
    DOCUMENT("doc_document", "id", "sha256", "source", "title", "published", "publisher", "language", "body_text",
        "boilerplate_chars_removed", "ingested_at", "tlp"),
    INDICATOR("doc_indicator", "document_id", "type", "indicator_value", "char_offset", "defanged", "suppressed_by"),
    TECHNIQUE("doc_technique", "document_id", "technique_id", "name", "score", "sentences"),
    ENTITY("doc_entity", "document_id", "kind", "name", "attack_id", "mentions", "role", "country", "code"),
    CLAIM("claim", "document_id", "type", "form", "claimant", "claimant_country", "accused", "accused_country",
        "threat_actor", "target", "claim_date", "evidence", "tlp", "current_copy");

    /** The table's name. */
    public final String name;
    /** The columns a row gives, in order. */
    public final List<String> columns;

    Table(String name, String... columns) {
      this.name = name;
      this.columns = List.of(columns);
    }
  }

  private final List<List<Object[]>> rows = new ArrayList<>();

  /** The rows of {@code documents}, the i-th stored under {@code ids[i]}, marked {@code tlp}. */
  public DocumentRows(List<ExtractedDocument> documents, long[] ids, Tlp tlp) {
    for (int t = 0; t < Table.values().length; t++) {
      rows.add(new ArrayList<>());
    }
    OffsetDateTime now = OffsetDateTime.now();
    for (int i = 0; i < documents.size(); i++) {
      add(documents.get(i), ids[i], tlp, now);
    }
  }

  /** The rows for {@code table}. */
  public List<Object[]> of(Table table) {
    return rows.get(table.ordinal());
  }

  private void add(ExtractedDocument d, long id, Tlp tlp, OffsetDateTime now) {
    of(Table.DOCUMENT).add(new Object[] {id, d.sha256(), clip(d.source(), 4096), clip(d.title(), 4000), d.published(),
        clip(d.publisher(), 1000), d.language(), d.text(), d.boilerplateCharsRemoved(), now, tlp.name()});
    for (Indicator i : d.indicators()) {
      of(Table.INDICATOR).add(new Object[] {id, i.type(), clip(i.value(), 4000), i.offset(), i.defanged(),
          i.suppressedBy()});
    }
    for (TechniqueMention t : d.techniques()) {
      of(Table.TECHNIQUE).add(new Object[] {id, t.id(), t.name(), t.score(), json(t.sentences())});
    }
    for (ExtractedDocument.Entity e : d.entities()) {
      of(Table.ENTITY).add(new Object[] {id, e.kind(), clip(e.name(), 1000), e.attackId(), e.mentions(),
          clip(e.role(), 400), e.country(), e.code()});
    }
    for (Claim c : d.claims()) {
      of(Table.CLAIM).add(new Object[] {id, c.type().id(), c.form().id(), clip(c.claimant(), 1000),
          c.claimantCountry(), clip(c.accused(), 1000), c.accusedCountry(), clip(c.threatActor(), 400),
          clip(c.target(), 400), c.date(), c.evidence(), tlp.name(), true});
    }
  }

  private static String json(List<String> sentences) {
    try {
      return JSON.writeValueAsString(sentences);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
