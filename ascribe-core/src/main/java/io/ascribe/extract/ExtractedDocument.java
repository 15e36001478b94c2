package io.ascribe.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import java.util.List;

/**
 * Everything extracted from one document, as {@code ascribe extract --json} prints it.
 *
 * @param boilerplateCharsRemoved characters of site furniture dropped from the raw text
 */
public record ExtractedDocument(
    String source,
    String sha256,
    String title,
    String published,
    String publisher,
    String language,
    String text,
    int boilerplateCharsRemoved,
    List<Indicator> indicators,
    List<TechniqueMention> techniques,
    List<Entity> entities,
    List<Claim> claims) {

  /**
   * A named thing in the document: an actor or software (with its ATT&CK id and mention count), a
   * person (with role and country), or a country (ISO code).
   *
   * @param ambiguousAlias set when the name the document uses is claimed by several entities
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entity(
      String kind, String name, String attackId, Integer mentions, String role, String country, String code,
      String ambiguousAlias) {}
}
