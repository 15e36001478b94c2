package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Matching through the report index (all actors' reports in one index) finds exactly the reports
 * a scan of each actor's reports finds, ties and identical reports included, with the same sums.
 */
class ReportIndexTest {
  private static final long SEED = 11;

  @Test
  void match_throughTheIndex_equalsTheScanOfEveryActor() {
    Random random = new Random(SEED);
    for (int trial = 0; trial < 300; trial++) {
      double[] idf2 = weights(random);
      SimilarityModel.View[] views = views(random, idf2.length);
      ReportIndex index = ReportIndex.of(views, idf2);
      BitSet evidence = new BitSet();
      random.ints(1 + random.nextInt(6), 0, idf2.length).forEach(evidence::set);
      double norm = evidence.stream().mapToDouble(f -> idf2[f]).sum();
      double evidenceScale = ReportMatch.evidenceScale(norm);
      double[] overlaps = index.overlaps(evidence, idf2);

      for (int a = 0; a < views.length; a++) {
        String context = "seed " + SEED + ", trial " + trial + ", actor " + a;
        ReportMatch scanned = ReportMatch.of(views[a], evidence, idf2, evidenceScale);
        assertSame(index.match(a, overlaps, evidenceScale), scanned, context + " (all actors' overlaps)");
        assertSame(index.match(a, evidence, idf2, evidenceScale), scanned, context + " (one actor's postings)");
        assertThat(index.profileNorm(a)).as(context).isEqualTo(ReportIndex.profileNorm(views[a], idf2));
        if (scanned.best() != null) {
          // the cached length discounts give the similarity the plain formula gives
          assertThat(scanned.bestSimilarity(scanned.bestOverlap())).as(context).isEqualTo(scanned.bestOverlap()
              / Math.pow(scanned.bestNorm(), ReportMatch.REPORT_EXPONENT) / Math.pow(norm, ReportMatch.EVIDENCE_EXPONENT));
        }
      }
    }
  }

  @Test
  void reportsWith_countsTheActorsReportsHoldingTheFeature() {
    Random random = new Random(SEED);
    for (int trial = 0; trial < 100; trial++) {
      double[] idf2 = weights(random);
      SimilarityModel.View[] views = views(random, idf2.length);
      ReportIndex index = ReportIndex.of(views, idf2);
      for (int a = 0; a < views.length; a++) {
        for (int f = 0; f < idf2.length; f++) {
          int feature = f;
          long expected = Arrays.stream(views[a].reports()).filter(r -> Arrays.stream(r).anyMatch(x -> x == feature)).count();
          assertThat(index.reportsWith(a, f)).as("seed %d, trial %d, actor %d, feature %d", SEED, trial, a, f)
              .isEqualTo((int) expected);
        }
      }
    }
  }

  /** Few distinct weights, so that different reports often tie exactly. */
  private static double[] weights(Random random) {
    double[] idf2 = new double[30];
    for (int f = 0; f < idf2.length; f++) {
      idf2[f] = 0.1 + random.nextInt(4);
    }
    return idf2;
  }

  /** A few actors, some with no report, whose reports are often repeated verbatim (as synthetic documents are). */
  private static SimilarityModel.View[] views(Random random, int features) {
    SimilarityModel.View[] views = new SimilarityModel.View[1 + random.nextInt(5)];
    for (int a = 0; a < views.length; a++) {
      int[][] reports = new int[random.nextInt(25)][];
      for (int r = 0; r < reports.length; r++) {
        reports[r] = r > 0 && random.nextInt(3) == 0 ? reports[random.nextInt(r)].clone()
            : random.ints(1 + random.nextInt(8), 0, features).distinct().sorted().toArray();
      }
      BitSet union = new BitSet();
      for (int[] r : reports) {
        Arrays.stream(r).forEach(union::set);
      }
      views[a] = new SimilarityModel.View(reports, union, new BitSet(), new BitSet(), union.cardinality());
    }
    return views;
  }

  private static void assertSame(ReportMatch indexed, ReportMatch scanned, String context) {
    assertThat(indexed.best()).as(context).isSameAs(scanned.best());
    assertThat(indexed.second()).as(context).isSameAs(scanned.second());
    assertThat(indexed.bestOverlap()).as(context).isEqualTo(scanned.bestOverlap());
    assertThat(indexed.bestNorm()).as(context).isEqualTo(scanned.bestNorm());
    assertThat(indexed.bestScale()).as(context).isEqualTo(scanned.bestScale());
    assertThat(indexed.secondOverlap()).as(context).isEqualTo(scanned.secondOverlap());
    assertThat(indexed.secondNorm()).as(context).isEqualTo(scanned.secondNorm());
    assertThat(indexed.secondScale()).as(context).isEqualTo(scanned.secondScale());
  }
}
