package io.ascribe.attribution;

import io.ascribe.attribution.Attribution.EvidenceNote;
import io.ascribe.attribution.Attribution.Hypothesis;
import io.ascribe.attribution.ResolvedEvidence.Item;
import io.ascribe.extract.indicator.WarningLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks candidate actors for an incident's evidence, with calibrated probabilities, an "unknown
 * actor" hypothesis, per-evidence explanations and false-flag sensitivity. See
 * docs/attribution-model.md for the reasoning.
 *
 * <p>Techniques and software are scored by the {@link Ranker} over {@link SimilarityModel}
 * features, with weights learned from the knowledge base's own leave-one-report-out cases.
 * Context evidence adds log-likelihood ratios, each discounted by its kind's {@link Forgeability}:
 * infrastructure overlap ({@link Infrastructure}), tools the corpus ties to an actor ({@link
 * ToolOverlap}), victims from three sources ({@link Victimology}), the activity period, languages
 * and time zones. Each context item is weighed once per case; corpus facts are indexed by value, so
 * a case's cost does not grow with the corpus. Thread-safe once built.
 */
public final class Attributor {
  /**
   * Weight of a random-evidence ("unknown actor") training case against a real case when fitting
   * the ranker: 0.05 encodes the prior that about one incident in twenty comes from an actor the
   * knowledge base does not profile. BENCHMARKS.md shows the effect of other values.
   */
  static final double UNKNOWN_CASE_WEIGHT = 0.05;
  private static final double CONSISTENT = Math.log(3);

  private final AttributionCorpus corpus;
  private final SimilarityModel model;
  private final Ranker ranker;
  private final Infrastructure infrastructure;
  private final ToolOverlap tools;
  private final Victimology victims;
  /** Per actor, the first and last year it is reported active, or null when unknown (parsed once). */
  private final int[][] activeYears;

  private Attributor(AttributionCorpus corpus, SimilarityModel model, Ranker ranker, WarningLists lists) {
    this(corpus, model, ranker, new Infrastructure(corpus.actors(), new IndicatorSpecificity(lists)),
        new ToolOverlap(corpus.actors(), model), new Victimology(corpus));
  }

  private Attributor(AttributionCorpus corpus, SimilarityModel model, Ranker ranker, Infrastructure infrastructure,
      ToolOverlap tools, Victimology victims) {
    this.corpus = corpus;
    this.model = model;
    this.ranker = ranker;
    this.infrastructure = infrastructure;
    this.tools = tools;
    this.victims = victims;
    this.activeYears = new int[corpus.actors().size()][];
    for (int a = 0; a < activeYears.length; a++) {
      AttributionCorpus.Actor actor = corpus.actors().get(a);
      if (actor.activeFrom() != null && actor.activeTo() != null) {
        activeYears[a] = new int[] {Integer.parseInt(actor.activeFrom().substring(0, 4)),
            Integer.parseInt(actor.activeTo().substring(0, 4))};
      }
    }
  }

  /**
   * The same engine, judging indicators' specificity with the MISP warning lists too (cloud
   * ranges, sinkholes, dynamic-DNS providers, well-known values); without them only the built-in
   * suffix table is used.
   */
  public Attributor withWarningLists(WarningLists lists) {
    return new Attributor(corpus, model, ranker, new Infrastructure(corpus.actors(), new IndicatorSpecificity(lists)),
        tools, victims);
  }

  /**
   * Learns the ranker's weights from the knowledge base's own reports (a few seconds on ATT&CK);
   * document facts take part in scoring but never in learning ({@link AttributionCorpus#withoutDocuments}).
   */
  public static Attributor train(AttributionCorpus corpus) {
    AttributionCorpus kb = corpus.withoutDocuments();
    SimilarityModel model = new SimilarityModel(kb);
    List<TrainingCases.Case> cases = TrainingCases.leaveOneReportOut(kb);
    List<Ranker.Case> training = TrainingCases.rankerCases(cases, TrainingCases.features(model, cases),
        TrainingCases.randomTwins(model, cases));
    Ranker ranker = Ranker.fit(training, UNKNOWN_CASE_WEIGHT);
    return withRanker(corpus, ranker.with(calibrate(model, ranker, cases)));
  }

  /**
   * The temperature per amount of evidence for {@code ranker}, fitted on {@code cases} cut down to
   * fewer items than the ranker was fitted on ({@link TrainingCases#sparse}) and their random twins.
   */
  static Calibration calibrate(SimilarityModel model, Ranker ranker, List<TrainingCases.Case> cases) {
    List<TrainingCases.Case> sparse = TrainingCases.sparse(cases, TrainingCases.SPARSE_SEED);
    List<Calibration.Amount> amounts = TrainingCases.amounts(model, sparse);
    return Calibration.fit(TrainingCases.calibrationSamples(ranker, sparse, amounts, TrainingCases.features(model, sparse),
        TrainingCases.randomTwinsLike(model, sparse, amounts), UNKNOWN_CASE_WEIGHT), TrainingCases.MIN_USES);
  }

  /** An attributor with weights learned earlier from the same knowledge base. */
  public static Attributor withRanker(AttributionCorpus corpus, Ranker ranker) {
    if (ranker.theta().length != SimilarityModel.SIZE) {
      throw new IllegalArgumentException("ranker has " + ranker.theta().length + " weights, expected " + SimilarityModel.SIZE);
    }
    if (ranker.calibration() == null) {
      throw new IllegalArgumentException("ranker has no calibration (weights cached by an older version)");
    }
    return new Attributor(corpus, new SimilarityModel(corpus), ranker, WarningLists.none());
  }

  /** The learned weights (to cache them). */
  public Ranker ranker() {
    return ranker;
  }

  /** Number of profiled candidate actors. */
  public int candidates() {
    return corpus.actors().size();
  }

  /** Ranks actors for the evidence and explains the top {@code top}. */
  public Attribution attribute(ResolvedEvidence evidence, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
    Scored scored = score(evidence);
    List<Item> behaviour = scored.behaviour();
    List<Item> context = scored.context();
    List<String> features = scored.features();
    List<List<FeatureModel.Term>> itemTerms = scored.itemTerms();
    double[][] x = scored.x();
    List<ContextWeights> toolWeights = scored.toolWeights();
    List<ContextWeights> contextWeights = scored.contextWeights();
    double[] p = scored.p();

    Integer[] order = new Integer[corpus.actors().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]));
    int shown = Math.min(top, order.length);
    double[] exact = new double[shown + 1];
    double listedExact = 0;
    for (int k = 0; k < shown; k++) {
      exact[k] = p[order[k]];
      listedExact += exact[k];
    }
    exact[shown] = Math.max(0, 1 - listedExact);
    // what is reported must add up: rounded so that the hypotheses and "unknown" (the unknown actor
    // and unlisted actors) sum to exactly 1
    double[] reported = ReportedShares.of(exact);
    List<Hypothesis> hypotheses = new ArrayList<>();
    for (int k = 0; k < shown; k++) {
      hypotheses.add(hypothesis(order[k], reported[k], behaviour, features, itemTerms, toolWeights, context,
          contextWeights, evidence));
    }
    double unknown = reported[shown];
    double unlisted = Math.min(unknown, round(Math.max(0, 1 - listedExact - p[p.length - 1])));
    return new Attribution(evidence.id(), hypotheses, unknown, unlisted,
        falseFlag(x, scored.amount(), context, contextWeights, toolWeights, evidence, p, order[0]), evidence.unresolved(),
        evidence.notes());
  }

  /**
   * Every candidate's probability for the evidence, in {@link AttributionCorpus#actors()} order,
   * with the unknown actor last: what {@link #attribute} ranks, unrounded, for benchmarks that
   * need the truth's exact rank.
   */
  public double[] probabilities(ResolvedEvidence evidence) {
    return score(evidence).p();
  }

  /** The evidence split into behaviour and context, with everything scoring it needs and every candidate's probability. */
  private record Scored(Calibration.Amount amount, List<Item> behaviour, List<Item> context, List<String> features,
      List<List<FeatureModel.Term>> itemTerms, double[][] x, List<ContextWeights> toolWeights,
      List<ContextWeights> contextWeights, double[] p) {}

  private Scored score(ResolvedEvidence evidence) {
    List<Item> behaviour = new ArrayList<>();
    List<Item> context = new ArrayList<>();
    for (Item i : evidence.items()) {
      (i.kind() == EvidenceKind.TECHNIQUE || i.kind() == EvidenceKind.SOFTWARE ? behaviour : context).add(i);
    }
    List<String> features = behaviour.stream().map(Item::feature).toList();
    List<List<FeatureModel.Term>> itemTerms = behaviour.stream()
        .map(i -> model.naiveBayes().terms(i.feature(), i.kind())).toList();
    double[][] x = behaviour.isEmpty()
        ? new double[corpus.actors().size()][SimilarityModel.SIZE]
        : model.features(features, itemTerms, null);
    List<ContextWeights> toolWeights = behaviour.stream()
        .map(i -> i.kind() == EvidenceKind.SOFTWARE ? tools.weigh(i.feature()) : null).toList();
    List<ContextWeights> contextWeights = context.stream().map(i -> weigh(i, evidence)).toList();
    Calibration.Amount amount = model.amount(features, null);
    double[] p = ranker.probabilities(x, contextScores(context, contextWeights, toolWeights, evidence, true), -1, amount);
    return new Scored(amount, behaviour, context, features, itemTerms, x, toolWeights, contextWeights, p);
  }

  private Hypothesis hypothesis(int a, double probability, List<Item> behaviour, List<String> features,
      List<List<FeatureModel.Term>> itemTerms, List<ContextWeights> toolWeights, List<Item> context,
      List<ContextWeights> contextWeights, ResolvedEvidence evidence) {
    AttributionCorpus.Actor actor = corpus.actors().get(a);
    List<EvidenceNote> notes = new ArrayList<>();
    if (!behaviour.isEmpty()) {
      double[] c = model.contributions(features, itemTerms, a, ranker.theta(model.amount(features, null)));
      for (int i = 0; i < behaviour.size(); i++) {
        Item item = behaviour.get(i);
        String note = behaviourNote(a, item.feature());
        double w = c[i];
        ContextWeights corpusTool = toolWeights.get(i);
        String seen = corpusTool == null ? null : corpusTool.reason().apply(a);
        if (seen != null) {
          w += corpusTool.weights()[a];
          note += "; " + seen;
        }
        notes.add(new EvidenceNote(item.kind().id(), item.label(), round(w), item.kind().forgeability().id(),
            provenance(item, note)));
      }
    }
    for (int i = 0; i < context.size(); i++) {
      Item item = context.get(i);
      ContextWeights cw = contextWeights.get(i);
      double w = cw != null ? cw.weights()[a] : ruleScore(item, a);
      String note = cw != null ? cw.reason().apply(a) : ruleNote(item, a, w);
      notes.add(new EvidenceNote(item.kind().id(), item.label(), round(w), item.kind().forgeability().id(),
          provenance(item, note)));
    }
    if (evidence.observedFrom() != null) {
      double w = periodScore(a, evidence);
      notes.add(new EvidenceNote(EvidenceKind.ACTIVE_PERIOD.id(), period(evidence), round(w),
          EvidenceKind.ACTIVE_PERIOD.forgeability().id(), periodNote(actor, w)));
    }
    List<EvidenceNote> supporting = new ArrayList<>();
    List<EvidenceNote> against = new ArrayList<>();
    for (EvidenceNote n : notes) {
      (n.weight() < 0 ? against : supporting).add(n);
    }
    supporting.sort(Comparator.comparingDouble(n -> -n.weight()));
    against.sort(Comparator.comparingDouble(EvidenceNote::weight));
    Likelihood l = Likelihood.of(Math.min(1, Math.max(0, probability)));
    return new Hypothesis(actor.name(), actor.attackId(), actor.stixId(), probability, l.words(),
        l.stixConfidence(), supporting, against);
  }

  private String behaviourNote(int a, String feature) {
    String used = "used by " + model.actorsWith(feature) + " of " + corpus.actors().size() + " profiled actors";
    if (model.inProfile(a, feature)) {
      int reports = model.reportsWith(a, feature);
      return used + "; in " + reports + " report" + (reports == 1 ? "" : "s") + " on this actor";
    }
    if (model.viaSoftware(a, feature)) {
      return used + "; implemented by this actor's software";
    }
    return used + "; never reported for this actor";
  }

  /** The weights of a context item scored from the knowledge base and corpus, or null for rule-scored kinds. */
  private ContextWeights weigh(Item item, ResolvedEvidence evidence) {
    return switch (item.kind()) {
      case INDICATOR -> infrastructure.weigh(item, evidence.observedFrom(), evidence.observedTo());
      case VICTIM_COUNTRY, VICTIM_SECTOR -> victims.weigh(item);
      default -> null;
    };
  }

  /**
   * Sum of the context evidence's log-likelihood ratios per actor (with the corpus's tool overlap),
   * leaving out {@linkplain EvidenceKind#plantable() plantable} kinds unless {@code includePlantable}.
   */
  private double[] contextScores(List<Item> context, List<ContextWeights> weights, List<ContextWeights> toolWeights,
      ResolvedEvidence evidence, boolean includePlantable) {
    double[] s = new double[corpus.actors().size()];
    for (int i = 0; i < context.size(); i++) {
      Item item = context.get(i);
      if (!includePlantable && item.kind().plantable()) {
        continue;
      }
      ContextWeights w = weights.get(i);
      for (int a = 0; a < s.length; a++) {
        s[a] += w != null ? w.weights()[a] : ruleScore(item, a);
      }
    }
    for (ContextWeights w : toolWeights) {
      if (w != null) {
        for (int a = 0; a < s.length; a++) {
          s[a] += w.weights()[a];
        }
      }
    }
    if (evidence.observedFrom() != null) {
      for (int a = 0; a < s.length; a++) {
        s[a] += periodScore(a, evidence);
      }
    }
    return s;
  }

  /** The weight of a kind scored by rule against the actor's claimed sponsors (language, UTC offset). */
  private double ruleScore(Item item, int a) {
    double discount = item.kind().forgeability().discount();
    return switch (item.kind()) {
      case LANGUAGE -> discount * sponsorFit(a, sponsor -> CountryClock.languages(sponsor).contains(item.feature()));
      case UTC_OFFSET -> discount * sponsorFit(a, sponsor -> {
        double[] offsets = CountryClock.offsets(sponsor);
        if (offsets == null) {
          return null;
        }
        double observed = Double.parseDouble(item.feature());
        for (double o : offsets) {
          if (Math.abs(o - observed) < 0.26) {
            return true;
          }
        }
        return false;
      });
      default -> 0;
    };
  }

  /** +log 3 when a claimed sponsor fits, -log 3 when claimed sponsors exist and none fits, else 0. */
  private double sponsorFit(int a, java.util.function.Function<String, Boolean> fits) {
    boolean known = false;
    for (String sponsor : corpus.actors().get(a).sponsorCountries()) {
      Boolean fit = fits.apply(sponsor);
      if (fit == null) {
        continue;
      }
      known = true;
      if (fit) {
        return CONSISTENT;
      }
    }
    return known ? -CONSISTENT : 0;
  }

  private String ruleNote(Item item, int a, double w) {
    AttributionCorpus.Actor actor = corpus.actors().get(a);
    return switch (item.kind()) {
      case LANGUAGE, UTC_OFFSET -> actor.sponsorCountries().isEmpty() ? "no sponsor claim known for this actor"
          : (w > 0 ? "consistent with" : w < 0 ? "inconsistent with" : "no expectation for")
              + " claimed sponsor " + String.join("/", new java.util.TreeSet<>(actor.sponsorCountries()))
              + "; cheap to plant";
      default -> "";
    };
  }

  private double periodScore(int a, ResolvedEvidence evidence) {
    if (activeYears[a] == null) {
      return 0;
    }
    int from = activeYears[a][0] - 1;
    int to = activeYears[a][1] + 1;
    int obsFrom = evidence.observedFrom().getYear();
    int obsTo = evidence.observedTo() == null ? obsFrom : evidence.observedTo().getYear();
    if (obsTo >= from && obsFrom <= to) {
      return 0.3;
    }
    int gap = obsFrom > to ? obsFrom - to : from - obsTo;
    return -Math.min(2.0, 0.5 * gap);
  }

  private static String periodNote(AttributionCorpus.Actor actor, double w) {
    if (actor.activeFrom() == null) {
      return "activity period of this actor unknown";
    }
    String span = "reported active " + actor.activeFrom().substring(0, 4) + ".." + actor.activeTo().substring(0, 4);
    return (w >= 0 ? "within " : "outside ") + span;
  }

  private static String period(ResolvedEvidence e) {
    return e.observedFrom() + ".." + (e.observedTo() == null ? e.observedFrom() : e.observedTo());
  }

  private Attribution.FalseFlagSensitivity falseFlag(double[][] x, Calibration.Amount amount, List<Item> context,
      List<ContextWeights> weights, List<ContextWeights> toolWeights, ResolvedEvidence evidence, double[] before, int top) {
    Set<String> without = new java.util.TreeSet<>();
    for (Item i : context) {
      if (i.kind() == EvidenceKind.LANGUAGE) {
        without.add("artifacts.languages");
      } else if (i.kind() == EvidenceKind.UTC_OFFSET) {
        without.add("artifacts.utc_offsets");
      } else if (i.kind() == EvidenceKind.INDICATOR) {
        without.add("indicators");
      }
    }
    if (without.isEmpty()) {
      return new Attribution.FalseFlagSensitivity(List.of(), topName(before), 0);
    }
    double[] after = ranker.probabilities(x, contextScores(context, weights, toolWeights, evidence, false), -1,
        amount);
    return new Attribution.FalseFlagSensitivity(List.copyOf(without), topName(after),
        round(Math.abs(after[top] - before[top])));
  }

  /** The most probable hypothesis's name, "unknown" when the unknown actor is. */
  private String topName(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best == p.length - 1 ? "unknown" : corpus.actors().get(best).name();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The note, saying where in the free text the item was read when it was read there. */
  private static String provenance(Item item, String note) {
    if (item.quote() == null) {
      return note;
    }
    String where = item.quote().isEmpty() ? "read from the free text"
        : "read from the free text: \"" + abbreviate(item.quote(), 200) + "\"";
    return note == null || note.isEmpty() ? where : note + "; " + where;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
