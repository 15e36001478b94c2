package io.ascribe.attribution;

import java.util.List;

/**
 * Reads technical evidence out of an incident's free text (the evidence file's {@code text}): the
 * techniques it describes, the software it names and the indicators it lists, each with the
 * sentence it was read from, so that an analyst can paste a report excerpt instead of coding it.
 * Claims and actor names in the text are not evidence of who did it and are not returned.
 */
@FunctionalInterface
public interface TextEvidence {

  /** Everything found in {@code text}, in the order first found. */
  List<Found> read(String text);

  /**
   * One piece of evidence read from the text.
   *
   * @param kind {@link EvidenceKind#TECHNIQUE}, {@link EvidenceKind#SOFTWARE} or {@link
   *     EvidenceKind#INDICATOR}
   * @param value an ATT&CK technique id, a software name or an indicator value, as the resolver
   *     takes them
   * @param sentence where it was read (may be null when no single sentence says it)
   */
  record Found(EvidenceKind kind, String value, String sentence) {}

  /** Reads nothing: for engines without an extractor. */
  TextEvidence NONE = text -> List.of();
}
