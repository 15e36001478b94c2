package io.ascribe.attribution;

import java.util.function.ToDoubleFunction;

/**
 * The similarity features the {@link Ranker} weighs, each defined once. A feature is a sum over
 * the evidence items of each item's term, scaled linearly (divided by a norm), so one definition
 * gives both the feature ({@link #value}) and each item's share of it ({@link #share}), which is
 * what the per-evidence explanations show. Profile size alone belongs to no item.
 *
 * <p>The order is the order of the ranker's weights: weights cached under a home depend on it, so
 * a new feature goes last.
 */
enum SimilarityFeature {
  BEST_REPORT_SIMILARITY("best_report_similarity",
      "overlap with the actor's most similar report, over report norm^0.3 x evidence norm^0.7",
      ActorMatch::inBestReport, m -> m.reports().bestOverlap(),
      (m, sum) -> m.reports().bestSimilarity(sum)),
  PROFILE_COSINE("profile_cosine",
      "cosine between the evidence and the actor's profile",
      ActorMatch::inProfile, ActorMatch::inProfileSum,
      (m, sum) -> m.profileNorm() == 0 || m.evidence().norm() == 0 ? 0
          : sum / Math.sqrt(m.profileNorm() * m.evidence().norm())),
  PROFILE_COVERAGE("profile_coverage",
      "share of the evidence's weight in the actor's profile",
      ActorMatch::inProfile, ActorMatch::inProfileSum, (m, sum) -> ratio(sum, m.evidence().norm())),
  LOG_PROFILE_SIZE("log_profile_size",
      "log(1 + number of techniques and software in the actor's profile)",
      m -> Math.log1p(m.profileSize())),
  VIA_SOFTWARE_COVERAGE("via_software_coverage",
      "share of the evidence's weight that only the actor's software implements",
      ActorMatch::onlyViaSoftware, ActorMatch::onlyViaSoftwareSum, (m, sum) -> ratio(sum, m.evidence().norm())),
  ITEM_COVERAGE("item_coverage",
      "share of the items (unweighted) in the actor's profile",
      ActorMatch::countInProfile, ActorMatch::countInProfileSum, (m, sum) -> ratio(sum, m.evidence().size())),
  FAMILY_COVERAGE("family_coverage",
      "share of the techniques' weight whose family (parent technique) the actor uses",
      ActorMatch::inFamily, ActorMatch::inFamilySum, (m, sum) -> ratio(sum, m.evidence().techniqueNorm())),
  NAIVE_BAYES("naive_bayes",
      "multinomial naive-Bayes log-likelihood ratio, per item",
      ActorMatch::naiveBayes, ActorMatch::naiveBayesTotal, (m, sum) -> ratio(sum, m.evidence().size())),
  SOFTWARE_COVERAGE("software_coverage",
      "share of the software's weight in the actor's profile",
      ActorMatch::softwareInProfile, ActorMatch::softwareInProfileSum, (m, sum) -> ratio(sum, m.evidence().softwareNorm())),
  SECOND_REPORT_SIMILARITY("second_report_similarity",
      "overlap with the actor's second most similar report, scaled as the best one",
      ActorMatch::inSecondReport, m -> m.reports().secondOverlap(),
      (m, sum) -> m.reports().secondSimilarity(sum));

  /** An item's term: its unscaled share of the feature for the matched actor. */
  @FunctionalInterface
  interface ItemTerm {
    double of(ActorMatch m, int item);
  }

  /** Turns a sum of item terms into the feature; linear in the sum, so it also scales one term. */
  @FunctionalInterface
  interface Scale {
    double apply(ActorMatch m, double sum);
  }

  private final String id;
  private final String explanation;
  private final ItemTerm term;
  private final ToDoubleFunction<ActorMatch> bulkSum;
  private final Scale scale;
  private final ToDoubleFunction<ActorMatch> ownedByNoItem;

  /** A feature whose sum of item terms is added up item by item. */
  SimilarityFeature(String id, String explanation, ItemTerm term, Scale scale) {
    this(id, explanation, term, null, scale, null);
  }

  /**
   * A feature whose sum of item terms the match computes in bulk ({@code bulkSum}: the same sum,
   * by a faster path or in another order); the model's tests check that the two agree.
   */
  SimilarityFeature(String id, String explanation, ItemTerm term, ToDoubleFunction<ActorMatch> bulkSum, Scale scale) {
    this(id, explanation, term, bulkSum, scale, null);
  }

  /** A feature of the actor alone, which no item owns. */
  SimilarityFeature(String id, String explanation, ToDoubleFunction<ActorMatch> ownedByNoItem) {
    this(id, explanation, null, null, null, ownedByNoItem);
  }

  private SimilarityFeature(String id, String explanation, ItemTerm term, ToDoubleFunction<ActorMatch> bulkSum,
      Scale scale, ToDoubleFunction<ActorMatch> ownedByNoItem) {
    this.id = id;
    this.explanation = explanation;
    this.term = term;
    this.bulkSum = bulkSum;
    this.scale = scale;
    this.ownedByNoItem = ownedByNoItem;
  }

  /** The feature's name, as in the documentation. */
  String id() {
    return id;
  }

  /** What the feature measures, in a line. */
  String explanation() {
    return explanation;
  }

  /** True when the feature is a sum over items (all but profile size). */
  boolean perItem() {
    return term != null;
  }

  /** The feature's value for the matched actor. */
  double value(ActorMatch m) {
    if (term == null) {
      return ownedByNoItem.applyAsDouble(m);
    }
    double sum;
    if (bulkSum != null) {
      sum = bulkSum.applyAsDouble(m);
    } else {
      sum = 0;
      for (int i = 0; i < m.evidence().size(); i++) {
        sum += term.of(m, i);
      }
    }
    return scale.apply(m, sum);
  }

  /** Item {@code item}'s share of the feature: the values of all items sum to {@link #value} (bar profile size). */
  double share(ActorMatch m, int item) {
    return term == null ? 0 : scale.apply(m, term.of(m, item));
  }

  /** All features of the matched actor, in order. */
  static double[] vector(ActorMatch m) {
    SimilarityFeature[] all = values();
    double[] x = new double[all.length];
    for (int d = 0; d < all.length; d++) {
      x[d] = all[d].value(m);
    }
    return x;
  }

  private static double ratio(double sum, double norm) {
    return norm == 0 ? 0 : sum / norm;
  }
}
