package io.ascribe.attribution;

import java.util.BitSet;
import java.util.List;

/**
 * One case's technique and software evidence as the {@link SimilarityModel} sees it: each item's
 * feature id, kind, family and IDF-squared weight, and the norms the features divide by.
 *
 * @param ids each item's feature id (-1 for a feature no actor has)
 * @param software whether each item is software (else a technique)
 * @param families each item's technique family id (-1 for none)
 * @param weights each item's IDF-squared weight (0 for an unknown feature)
 * @param terms each item's naive-Bayes terms
 * @param set the known feature ids, as a set
 * @param norm the IDF-squared weight of all items (an unknown feature weighs as if one more actor had it)
 * @param techniqueNorm the same over the techniques
 * @param softwareNorm the weight of the known software
 * @param scale how much the evidence's length discounts every report's similarity,
 *     {@link ReportMatch#evidenceScale} of {@code norm} (computed once per case, not per actor)
 */
record BehaviourEvidence(int[] ids, boolean[] software, int[] families, double[] weights,
    List<List<FeatureModel.Term>> terms, BitSet set, double norm, double techniqueNorm, double softwareNorm,
    double scale) {

  /** Number of items. */
  int size() {
    return ids.length;
  }

  /** True when some actor has the item's feature. */
  boolean known(int item) {
    return ids[item] >= 0;
  }
}
