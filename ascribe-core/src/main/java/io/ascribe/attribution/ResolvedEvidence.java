package io.ascribe.attribution;

import java.time.LocalDate;
import java.util.List;

/**
 * Evidence resolved against the knowledge base: each item knows its kind and model feature;
 * names that matched nothing are listed as unresolved, never dropped.
 *
 * @param items resolved items, in input order
 * @param unresolved inputs that matched nothing, as given
 * @param notes remarks made while resolving (ambiguous names, revoked techniques)
 */
public record ResolvedEvidence(
    String id, List<Item> items, LocalDate observedFrom, LocalDate observedTo, List<String> unresolved,
    List<String> notes) {

  /**
   * One piece of evidence.
   *
   * @param value the input as given
   * @param feature the model feature ({@code t:T1059.001}, {@code s:<key>}, {@code vc:US}, ...),
   *     or the normalised value for kinds scored by rule (language, UTC offset)
   * @param label readable form for explanations
   * @param quote for an item read from the evidence's free text, the sentence it was read from
   *     ("" when no single sentence says it); null when the analyst gave the item as such
   */
  public record Item(EvidenceKind kind, String value, String feature, String label, String quote) {

    /** An item the analyst gave as such. */
    public Item(EvidenceKind kind, String value, String feature, String label) {
      this(kind, value, feature, label, null);
    }

    /** The same item, marked as read from the free text. */
    Item fromText(String sentence) {
      return new Item(kind, value, feature, label, sentence == null ? "" : sentence);
    }
  }
}
