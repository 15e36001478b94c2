package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * A text annotated once for claim reading, by {@link TextAnnotator}: what every later stage (the
 * rule reader, the frame generator) reads instead of looking again.
 *
 * @param title the document title, or null
 * @param published the publication date, or null
 * @param sentences the sentences, split once ({@code SentenceSplitter.STANDARD})
 * @param mentions the lexicon's party mentions of each sentence (read without its transcript marker)
 * @param nonStateMentions the outlets and international bodies each sentence names ({@link ClaimantTable}), a layer apart
 *     from {@code mentions}: only the frame generator reads it
 * @param homeState the state the story is told from: the title's first state that is not accused,
 *     else the dateline's, else the title's accused state; or null
 * @param outlet the state-media outlet whose dateline or credit the text carries ("(KCNA)", "/TASS/"), or null
 * @param soleCompany the one security company the whole text names, if it names exactly one
 * @param quoteCloses for each sentence, the later sentence that closes a quotation opened in it, else -1
 * @param resolved the mentions each sentence makes through an earlier one ("these countries", "the ministry";
 *     {@link ResolvedMention}), a layer apart from {@code mentions}: only the frame generator reads it
 */
public record AnnotatedText(String title, LocalDate published, List<String> sentences, List<List<Mention>> mentions,
    List<List<Mention>> nonStateMentions, String homeState, Party outlet, Party soleCompany, List<Integer> quoteCloses,
    List<List<ResolvedMention>> resolved) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    mentions = mentions.stream().map(List::copyOf).toList();
    nonStateMentions = nonStateMentions.stream().map(List::copyOf).toList();
    quoteCloses = List.copyOf(quoteCloses);
    resolved = resolved.stream().map(List::copyOf).toList();
  }
}
