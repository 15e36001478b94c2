package io.ascribe.extract.claim.learn;

import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimExtractor;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.claim.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the claims of clean main text in stages: {@link io.ascribe.extract.claim.TextAnnotator}
 * annotates the text once; the rule reader proposes its claims; {@link FrameGenerator} proposes every frame the text could hold, the rules' verdicts
 * among its features; {@link LinearScorer} keeps the frames that are claims; each kept frame
 * becomes one claim, the rule reader's own where it made one (with its claimant, form, actor,
 * target and date), else one built from the frame's sentence.
 */
public final class ClaimReader {
  private final ClaimExtractor rules;
  private final FrameGenerator generator;
  private final LinearScorer scorer;

  public ClaimReader(ClaimExtractor rules, FrameGenerator generator, LinearScorer scorer) {
    this.rules = rules;
    this.generator = generator;
    this.scorer = scorer;
  }

  /** This reader, deciding with another scorer (the same rules and generator). */
  public ClaimReader withScorer(LinearScorer other) {
    return new ClaimReader(rules, generator, other);
  }

  /** A claim with the scorer's probability and the features that carried it. */
  public record Explained(Claim claim, double probability, List<LinearScorer.Contribution> because) {}

  /**
   * What one reading finds.
   *
   * @param claims the kept claims, one per (type, claimant country, accused country)
   * @param parties the people and states the text names
   * @param explained each claim with its reasons, in the same order
   */
  public record Reading(List<Claim> claims, List<Party> parties, List<Explained> explained) {}

  /** Reads the text; see the class comment. */
  public Reading read(String title, String text, LocalDate published) {
    return read(rules.annotate(title, text, published), published);
  }

  /**
   * Reads text already split into sentences ({@code SentenceSplitter.STANDARD}), the sentences the
   * document's other extractors read too.
   */
  public Reading read(String title, String text, List<String> sentences, LocalDate published) {
    return read(rules.annotate(title, text, sentences, published), published);
  }

  private Reading read(AnnotatedText annotated, LocalDate published) {
    ClaimExtractor.Reading ruled = rules.read(annotated);
    Map<String, Claim> byKey = new HashMap<>();
    for (Claim c : ruled.claims()) {
      byKey.putIfAbsent(ClaimScore.key(c), c);
    }
    List<Claim> claims = new ArrayList<>();
    List<Explained> explained = new ArrayList<>();
    for (Frame f : generator.frames(annotated, ruled.claims())) {
      double p = scorer.probability(f.features());
      if (p < scorer.threshold(f.type().id())) {
        continue;
      }
      Claim c = byKey.get(f.key());
      if (c == null) {
        c = built(f, annotated.sentences(), published);
      }
      claims.add(c);
      explained.add(new Explained(c, p, scorer.explain(f.features())));
    }
    return new Reading(List.copyOf(claims), ruled.parties(), List.copyOf(explained));
  }

  private static Claim built(Frame f, List<String> sentences, LocalDate published) {
    String evidence = f.sentence() < sentences.size() ? sentences.get(f.sentence()) : "";
    String claimant = f.claimantName() != null ? f.claimantName() : f.claimantCountry();
    String accused = f.type() == ClaimType.DENIAL ? claimant : f.accusedName() != null ? f.accusedName() : f.accusedCountry();
    return new Claim(f.type(), ClaimForm.of(evidence, f.claimantKind()), claimant, f.claimantCountry(), accused,
        f.accusedCountry(), null, null, published == null ? null : published.toString(), evidence);
  }
}
