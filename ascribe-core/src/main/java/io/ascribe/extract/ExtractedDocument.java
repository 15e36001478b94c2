package io.ascribe.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.text.MainText;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document, as {@code ascribe extract --json} prints it.
 *
 * @param boilerplateCharsRemoved characters of site furniture dropped from the raw text
 * @param mainText how the text was chosen; {@link MainText#KEPT_ALL} when furniture removal would
 *     have left too little and the whole text was kept
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
    List<Claim> claims,
    MainText mainText) {

  public ExtractedDocument {
    Objects.requireNonNull(mainText, "mainText must not be null");
  }

  /** A document whose furniture was removed as usual ({@link MainText#EXTRACTED}). */
  public ExtractedDocument(String source, String sha256, String title, String published, String publisher,
      String language, String text, int boilerplateCharsRemoved, List<Indicator> indicators,
      List<TechniqueMention> techniques, List<Entity> entities, List<Claim> claims) {
    this(source, sha256, title, published, publisher, language, text, boilerplateCharsRemoved, indicators,
        techniques, entities, claims, MainText.EXTRACTED);
  }

  /**
   * A named thing in the document: an actor or software (with its ATT&CK id and mention count), a
   * group (a name the text calls a group and the knowledge base knows only as software, with its
   * mention count), a person (with role and country), or a country (ISO code).
   *
   * @param kind {@code actor}, {@code software}, {@code group}, {@code person} or {@code country}
   * @param ambiguousAlias set when the name the document uses is claimed by several entities of
   *     this kind
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entity(
      String kind, String name, String attackId, Integer mentions, String role, String country, String code,
      String ambiguousAlias) {}
}
