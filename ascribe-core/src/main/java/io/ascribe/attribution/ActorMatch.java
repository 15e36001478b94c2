package io.ascribe.attribution;

import java.util.BitSet;

/**
 * What one actor's view shares with one case's {@link BehaviourEvidence}: the quantities every
 * {@link SimilarityFeature} is built from, per item and (where computed in bulk) in total.
 */
final class ActorMatch {
  private final BehaviourEvidence evidence;
  private final SimilarityModel.View view;
  private final ReportMatch reports;
  private final double profileNorm;
  private final double naiveBayesTotal;
  private final FeatureModel naiveBayes;
  private final int actor;
  private final double inProfileSum;
  private final int countInProfileSum;
  private final double onlyViaSoftwareSum;
  private final double inFamilySum;
  private final double softwareInProfileSum;
  private BitSet inBest;
  private BitSet inSecond;

  /**
   * @param reports the view's reports closest to the evidence
   * @param profileNorm the IDF-squared norm of the view's profile
   * @param naiveBayesTotal the actor's naive-Bayes score over all items (computed in bulk)
   * @param naiveBayes the model that splits that score by item, for actor {@code actor}
   */
  ActorMatch(BehaviourEvidence evidence, SimilarityModel.View view, ReportMatch reports, double profileNorm,
      double naiveBayesTotal, FeatureModel naiveBayes, int actor) {
    this.evidence = evidence;
    this.view = view;
    this.reports = reports;
    this.profileNorm = profileNorm;
    // the sums of the per-item terms below, in one pass over the items (the features' fast path;
    // SimilarityModelTest checks that they equal the terms added up)
    double profile = 0;
    int count = 0;
    double via = 0;
    double family = 0;
    double software = 0;
    for (int i = 0; i < evidence.size(); i++) {
      int f = evidence.ids()[i];
      if (f < 0) {
        continue;
      }
      double w = evidence.weights()[i];
      if (view.union().get(f)) {
        profile += w;
        count++;
        if (evidence.software()[i]) {
          software += w;
        }
      } else if (view.viaSoftware().get(f)) {
        via += w;
      }
      int fam = evidence.families()[i];
      if (fam >= 0 && view.families().get(fam)) {
        family += w;
      }
    }
    this.inProfileSum = profile;
    this.countInProfileSum = count;
    this.onlyViaSoftwareSum = via;
    this.inFamilySum = family;
    this.softwareInProfileSum = software;
    this.naiveBayesTotal = naiveBayesTotal;
    this.naiveBayes = naiveBayes;
    this.actor = actor;
  }

  BehaviourEvidence evidence() {
    return evidence;
  }

  ReportMatch reports() {
    return reports;
  }

  /** The IDF-squared norm of the actor's profile (its own and its campaigns' uses). */
  double profileNorm() {
    return profileNorm;
  }

  /** Number of features in the actor's profile. */
  int profileSize() {
    return view.unionSize();
  }

  /** The actor's naive-Bayes score over all items. */
  double naiveBayesTotal() {
    return naiveBayesTotal;
  }

  /** {@link #inProfile} over all items. */
  double inProfileSum() {
    return inProfileSum;
  }

  /** {@link #countInProfile} over all items. */
  double countInProfileSum() {
    return countInProfileSum;
  }

  /** {@link #onlyViaSoftware} over all items. */
  double onlyViaSoftwareSum() {
    return onlyViaSoftwareSum;
  }

  /** {@link #inFamily} over all items. */
  double inFamilySum() {
    return inFamilySum;
  }

  /** {@link #softwareInProfile} over all items. */
  double softwareInProfileSum() {
    return softwareInProfileSum;
  }

  /** The item's IDF-squared weight when the actor's profile has it, else 0. */
  double inProfile(int item) {
    return has(view.union(), item) ? evidence.weights()[item] : 0;
  }

  /** 1 when the actor's profile has the item, else 0. */
  double countInProfile(int item) {
    return has(view.union(), item) ? 1 : 0;
  }

  /** The item's weight when it is software the actor's profile has, else 0. */
  double softwareInProfile(int item) {
    return evidence.software()[item] ? inProfile(item) : 0;
  }

  /** The item's weight when only the actor's software (not its profile) has it, else 0. */
  double onlyViaSoftware(int item) {
    return !has(view.union(), item) && has(view.viaSoftware(), item) ? evidence.weights()[item] : 0;
  }

  /** The item's weight when the actor's profile has a technique of its family, else 0. */
  double inFamily(int item) {
    int family = evidence.families()[item];
    return family >= 0 && view.families().get(family) ? evidence.weights()[item] : 0;
  }

  /** The item's weight when the best-matching report has it, else 0. */
  double inBestReport(int item) {
    if (inBest == null) {
      inBest = reports.bestMembers();
    }
    return has(inBest, item) ? evidence.weights()[item] : 0;
  }

  /** The item's weight when the second-best-matching report has it, else 0. */
  double inSecondReport(int item) {
    if (inSecond == null) {
      inSecond = reports.secondMembers();
    }
    return has(inSecond, item) ? evidence.weights()[item] : 0;
  }

  /** The item's share of the actor's naive-Bayes score. */
  double naiveBayes(int item) {
    double s = 0;
    for (FeatureModel.Term t : evidence.terms().get(item)) {
      s += naiveBayes.contribution(t, actor);
    }
    return s;
  }

  private boolean has(BitSet features, int item) {
    return evidence.known(item) && features.get(evidence.ids()[item]);
  }
}
