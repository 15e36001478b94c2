package io.ascribe.extract.claim.learn;

import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.ClaimExtractor;
import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.text.CleanText;
import io.ascribe.extract.text.TextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The scorer's training data: every labelled article read the way {@code ascribe extract} reads it
 * (main text, then the rule reader with no knowledge base, so the result depends on the articles
 * alone), its frames labelled by whether their key is a gold claim; and cross-validated scores.
 */
public final class ClaimTraining {
  /**
   * @param examples one per frame
   * @param goldByArticle each article's gold claim keys
   * @param gold the gold claims of all articles
   * @param unreachable gold claims that no frame proposes (misses whatever the scorer does)
   */
  public record TrainingSet(List<ScorerTrainer.Example> examples, Map<String, Set<String>> goldByArticle,
      int gold, int unreachable) {
    /** Gold claims of these articles that no frame proposes. */
    int unreachableIn(Set<String> articles) {
      Map<String, Set<String>> proposed = new HashMap<>();
      for (ScorerTrainer.Example e : examples) {
        proposed.computeIfAbsent(e.article(), k -> new HashSet<>()).add(e.key());
      }
      int n = 0;
      for (String a : articles) {
        Set<String> p = proposed.getOrDefault(a, Set.of());
        n += (int) goldByArticle.getOrDefault(a, Set.of()).stream().filter(k -> !p.contains(k)).count();
      }
      return n;
    }
  }

  /** Cross-validated precision, recall and F1, in all and by claim type. */
  public record Evaluation(ClaimScore all, Map<ClaimType, ClaimScore> byType) {}

  /**
   * A trained scorer with what was measured on the way.
   *
   * @param crossValidated the cross-validated probability of each example, in order
   */
  public record Trained(LinearScorer scorer, TrainingSet set, double[] crossValidated) {
    /** Cross-validated scores at the scorer's thresholds, on the articles {@code scored} accepts. */
    public Evaluation evaluate(Predicate<String> scored) {
      return ClaimTraining.evaluate(set, crossValidated, scorer, scored);
    }
  }

  /**
   * How much a real news page's frame counts in the fit against a written article's: the written set
   * is three times larger and its phrasing easier, and the targets are on real news (chosen by dev
   * cross-validation: weights 1, 2, 3, 5 gave F1 0.693, 0.695, 0.700, 0.703, the written set's
   * 0.879, 0.844, 0.856, 0.858, with a frame generator since removed; 0.702 at 3 without it).
   */
  static final double REAL_NEWS_WEIGHT = 3.0;

  private ClaimTraining() {}

  /**
   * Trains the scorer on the articles: the weights from all of them, the thresholds (one, and one
   * per claim type) from {@code folds}-fold cross-validation on the real news pages among them (on
   * all when there are none). Written articles teach the weights, but the thresholds are where the
   * targets are met: on real news, whose claims are fewer and harder than those of the larger
   * written set.
   */
  public static Trained train(List<LabelledArticle> articles, FrameGenerator generator, ScorerTrainer trainer, int folds) {
    TrainingSet set = of(articles, generator);
    double[] cv = trainer.crossValidate(set.examples(), folds);
    boolean anyReal = articles.stream().anyMatch(LabelledArticle::realNews);
    Set<String> real = new HashSet<>();
    articles.stream().filter(a -> a.realNews() || !anyReal).forEach(a -> real.add(a.id()));
    List<ScorerTrainer.Example> examples = new ArrayList<>();
    List<Double> probabilities = new ArrayList<>();
    for (int i = 0; i < cv.length; i++) {
      if (real.contains(set.examples().get(i).article())) {
        examples.add(set.examples().get(i));
        probabilities.add(cv[i]);
      }
    }
    double[] p = probabilities.stream().mapToDouble(Double::doubleValue).toArray();
    int unreachable = set.unreachableIn(real);
    double threshold = ScorerTrainer.bestThreshold(examples, p, unreachable);
    LinearScorer fitted = trainer.fit(set.examples(), threshold);
    return new Trained(new LinearScorer(fitted.weights(), threshold, ScorerTrainer.bestThresholds(examples, p, unreachable)),
        set, cv);
  }

  /**
   * One variant of an ablation: which frames stay and which features are dropped.
   *
   * @param keepFrame whether an example stays (a generator's frames are left out by dropping them)
   * @param dropFeature whether a feature (full name, "attribution:s_deny") is removed
   */
  public record Variant(String name, Predicate<ScorerTrainer.Example> keepFrame, Predicate<String> dropFeature) {}

  /** The variants {@code bench claims --ablate} compares: each generator and feature group left out. */
  public static List<Variant> ablations() {
    Predicate<ScorerTrainer.Example> ruleFrame = e -> e.features().keySet().stream().anyMatch(k -> k.endsWith(":rule"));
    Predicate<ScorerTrainer.Example> widerFrame = e -> e.features().keySet().stream().anyMatch(k -> k.endsWith(":generated"));
    Predicate<ScorerTrainer.Example> joinedOnly = e -> e.features().keySet().stream().anyMatch(k -> k.endsWith(":joins_only"));
    Predicate<String> nonStateKind = k -> k.endsWith(":c_kind_outlet") || k.endsWith(":c_kind_international");
    Predicate<ScorerTrainer.Example> nonStateOnly = e -> e.features().keySet().stream().anyMatch(nonStateKind)
        && e.features().keySet().stream().noneMatch(k -> k.contains(":c_kind_") && !nonStateKind.test(k));
    return List.of(
        new Variant("everything", e -> true, f -> false),
        new Variant("no frames of the wide generator (rule claims only)", ruleFrame, f -> false),
        new Variant("no rule reader (wide generator only, no rule features)", widerFrame, f -> f.contains(":rule")),
        new Variant("no rule-verdict features", e -> true, f -> f.contains(":rule")),
        new Variant("no mention features (kind, order, neighbours)", e -> true,
            f -> f.matches(".*:(?:a|c)_(?:kind|before|after|speaks|context|generic|agent|victim|location|accuse_|counter|deny_|possessive|group).*")),
        new Variant("no document features (elsewhere, often accused, home)", e -> true,
            f -> f.matches(".*:(?:.*elsewhere|.*often_accused|c_home|a_accuses_c|c_accuses_a|sentences)")),
        new Variant("no coalition members joining an earlier accusation", joinedOnly.negate(), f -> f.contains(":joins_")),
        new Variant("no outlets or international bodies as claimants", nonStateOnly.negate(), nonStateKind),
        new Variant("no features of resolved mentions (lists, anaphora, definite bodies)", e -> true,
            f -> f.contains(":c_resolved_") || f.contains(":a_resolved_")),
        new Variant("no discourse features (speakers, responses, who answers whom)", e -> true, f -> f.contains(":d_")));
  }

  /** Cross-validated scores of the variant on the training set. */
  public static Evaluation ablate(TrainingSet set, Variant v, ScorerTrainer trainer, int folds) {
    List<ScorerTrainer.Example> kept = new ArrayList<>();
    int dropped = 0;
    for (ScorerTrainer.Example e : set.examples()) {
      if (!v.keepFrame().test(e)) {
        dropped += e.claim() ? 1 : 0;
        continue;
      }
      Map<String, Double> f = new LinkedHashMap<>(e.features());
      f.keySet().removeIf(v.dropFeature());
      kept.add(new ScorerTrainer.Example(e.article(), e.key(), f, e.claim(), e.weight()));
    }
    TrainingSet reduced = new TrainingSet(kept, set.goldByArticle(), set.gold(), set.unreachable() + dropped);
    double[] cv = trainer.crossValidate(kept, folds);
    double threshold = ScorerTrainer.bestThreshold(kept, cv, reduced.unreachable());
    LinearScorer thresholds = new LinearScorer(Map.of(), threshold, ScorerTrainer.bestThresholds(kept, cv, reduced.unreachable()));
    return evaluate(reduced, cv, thresholds, a -> true);
  }

  /** Reads and labels the articles. */
  public static TrainingSet of(List<LabelledArticle> articles, FrameGenerator generator) {
    TextExtractor text = new TextExtractor();
    ClaimExtractor rules = new ClaimExtractor(s -> List.of());
    List<ScorerTrainer.Example> examples = new ArrayList<>();
    Map<String, Set<String>> gold = new LinkedHashMap<>();
    int total = 0;
    int unreachable = 0;
    for (LabelledArticle a : articles) {
      CleanText clean = text.fromBytes(a.raw().getBytes(StandardCharsets.UTF_8), a.name());
      Set<String> proposed = new HashSet<>();
      AnnotatedText annotated = rules.annotate(clean.title(), clean.text(), date(clean.published()));
      for (Frame f : generator.frames(annotated, rules.read(annotated).claims())) {
        examples.add(new ScorerTrainer.Example(a.id(), f.key(), f.features(), a.gold().contains(f.key()),
            a.realNews() ? REAL_NEWS_WEIGHT : 1.0));
        proposed.add(f.key());
      }
      gold.put(a.id(), a.gold());
      total += a.gold().size();
      unreachable += (int) a.gold().stream().filter(Predicate.not(proposed::contains)).count();
    }
    return new TrainingSet(List.copyOf(examples), gold, total, unreachable);
  }

  /** The scores of cross-validated probabilities at the thresholds of {@code scorer}, on the articles {@code scored} accepts. */
  public static Evaluation evaluate(TrainingSet set, double[] probability, LinearScorer scorer, Predicate<String> scored) {
    Map<String, Set<String>> found = new LinkedHashMap<>();
    for (int i = 0; i < probability.length; i++) {
      ScorerTrainer.Example e = set.examples().get(i);
      found.computeIfAbsent(e.article(), k -> new HashSet<>());
      if (probability[i] >= scorer.threshold(ScorerTrainer.typeOf(e))) {
        found.get(e.article()).add(e.key());
      }
    }
    ClaimScore all = ClaimScore.ZERO;
    Map<ClaimType, ClaimScore> byType = new EnumMap<>(ClaimType.class);
    for (Map.Entry<String, Set<String>> g : set.goldByArticle().entrySet()) {
      if (!scored.test(g.getKey())) {
        continue;
      }
      Set<String> f = found.getOrDefault(g.getKey(), Set.of());
      all = all.plus(ClaimScore.of(f, g.getValue()));
      for (ClaimType t : ClaimType.values()) {
        byType.merge(t, ClaimScore.of(ClaimScore.ofType(f, t), ClaimScore.ofType(g.getValue(), t)), ClaimScore::plus);
      }
    }
    return new Evaluation(all, byType);
  }


  private static LocalDate date(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
