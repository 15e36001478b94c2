package io.ascribe.store.documents;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.Tlp;
import java.time.Instant;
import java.util.List;

/** An ingested document as stored: its header, clean text and everything extracted from it. */
public record StoredDocument(
    Header header,
    List<Indicator> indicators,
    List<TechniqueMention> techniques,
    List<ExtractedDocument.Entity> entities,
    List<Claim> claims) {

  /** The document itself. */
  public record Header(
      String sha256, String source, String title, String published, String publisher, String language, Tlp tlp,
      String text, Instant ingestedAt) {}

  public StoredDocument {
    indicators = List.copyOf(indicators);
    techniques = List.copyOf(techniques);
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
  }
}
