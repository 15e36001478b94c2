package io.ascribe.attribution;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.AttackReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution evidence a document offers, read by the same {@link DocumentExtractor} that
 * ingests reports: techniques (explicit mentions and the trained classifier), software named by
 * the knowledge base's alias index (a name several pieces of software share is left out rather
 * than guessed) or by an ATT&CK software id written out (S0154), and indicators no MISP warning list
 * marks as benign. ATT&CK ids are never indicator evidence: a technique id is a technique mention
 * already, a software id is software, and other ids (groups, campaigns) are not evidence. As a {@link TextEvidence} it
 * reads an evidence file's free text; {@link #of} turns an already extracted document into the same
 * items (an incident's "add the document's evidence").
 */
public final class DocumentEvidence implements TextEvidence {
  /** Indicator types that can tie an incident to an actor (CVE and ATT&CK ids cannot). */
  private static final Set<String> NETWORK_AND_FILE = Set.of(Indicator.IPV4, Indicator.IPV6, Indicator.DOMAIN,
      Indicator.URL, Indicator.EMAIL, Indicator.MD5, Indicator.SHA1, Indicator.SHA256, Indicator.SHA512);

  private final DocumentExtractor extractor;

  public DocumentEvidence(DocumentExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public List<Found> read(String text) {
    ExtractedDocument doc = extractor.extractText("evidence text", text);
    return of(doc.techniques(), doc.entities(), doc.indicators(), doc.text());
  }

  /**
   * The evidence in an extracted document: techniques first, then software, then indicators.
   *
   * @param text the document's clean text, which indicator offsets point into (for the sentence)
   */
  public static List<Found> of(
      List<TechniqueMention> techniques, List<ExtractedDocument.Entity> entities, List<Indicator> indicators,
      String text) {
    List<Found> out = new ArrayList<>();
    for (TechniqueMention t : techniques) {
      out.add(new Found(EvidenceKind.TECHNIQUE, t.id(), t.sentences().isEmpty() ? null : t.sentences().get(0)));
    }
    Set<String> software = new HashSet<>();
    for (ExtractedDocument.Entity e : entities) {
      if ("software".equals(e.kind()) && e.name() != null && e.ambiguousAlias() == null) {
        String value = e.attackId() != null ? e.attackId() : e.name();
        if (software.add(value)) {
          out.add(new Found(EvidenceKind.SOFTWARE, value, sentenceNaming(text, e.name())));
        }
      }
    }
    for (Indicator i : indicators) {
      boolean softwareId = Indicator.ATTACK_ID.equals(i.type())
          && AttackReference.kindOf(i.value()).orElse(null) == AttackReference.Kind.SOFTWARE;
      if (softwareId && software.add(i.value())) {
        out.add(new Found(EvidenceKind.SOFTWARE, i.value(), text == null ? null : sentenceAt(text, i.offset())));
      }
    }
    for (Indicator i : indicators) {
      if (i.suppressedBy() == null && NETWORK_AND_FILE.contains(i.type())) {
        out.add(new Found(EvidenceKind.INDICATOR, i.value(), text == null ? null : sentenceAt(text, i.offset())));
      }
    }
    return List.copyOf(out);
  }

  /** The first sentence naming {@code name} as written (any case), or null (the text may use an alias). */
  private static String sentenceNaming(String text, String name) {
    if (text == null) {
      return null;
    }
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
    return at < 0 ? null : sentenceAt(text, at);
  }

  /** The sentence of {@code text} around {@code offset}: from the previous sentence end or line break to the next. */
  static String sentenceAt(String text, int offset) {
    if (offset < 0 || offset >= text.length()) {
      return null;
    }
    int start = offset;
    while (start > 0 && !endsSentence(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !endsSentence(text, end)) {
      end++;
    }
    return text.substring(start, Math.min(text.length(), end + 1)).strip();
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }
}
