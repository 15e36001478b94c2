package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Matching through the report index finds exactly the reports a full scan finds, ties included. */
class ReportIndexTest {

  @Test
  void match_throughTheIndex_equalsTheScan() {
    Random random = new Random(11);
    double[] idf2 = new double[40];
    for (int f = 0; f < idf2.length; f++) {
      idf2[f] = 0.1 + random.nextInt(5);
    }
    for (int trial = 0; trial < 500; trial++) {
      int[][] reports = new int[random.nextInt(30)][];
      for (int r = 0; r < reports.length; r++) {
        reports[r] = random.ints(1 + random.nextInt(8), 0, idf2.length).distinct().sorted().toArray();
      }
      BitSet evidence = new BitSet();
      random.ints(1 + random.nextInt(6), 0, idf2.length).forEach(evidence::set);
      double evidenceNorm = evidence.stream().mapToDouble(f -> idf2[f]).sum();
      SimilarityModel.View view = new SimilarityModel.View(reports, new BitSet(), new BitSet(), new BitSet(), 0);

      ReportMatch scanned = ReportMatch.of(view, null, evidence, idf2, evidenceNorm);
      ReportMatch indexed = ReportMatch.of(view, ReportIndex.of(view, idf2), evidence, idf2, evidenceNorm);

      assertThat(indexed.best()).isSameAs(scanned.best());
      assertThat(indexed.second()).isSameAs(scanned.second());
      assertThat(indexed.bestOverlap()).isEqualTo(scanned.bestOverlap());
      assertThat(indexed.bestNorm()).isEqualTo(scanned.bestNorm());
      assertThat(indexed.secondOverlap()).isEqualTo(scanned.secondOverlap());
      assertThat(indexed.secondNorm()).isEqualTo(scanned.secondNorm());
    }
  }
}
