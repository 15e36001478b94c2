package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reported probability shares are rounded to thousandths and still sum to 1, in their order. */
class ReportedSharesTest {
  @Test
  void of_manySmallSharesThatEachRoundUp_stillSumToOne() {
    // one actor at 0.9946, six at 0.0006 (each rounds to 0.001 alone: 1.0006 in all), unknown the rest
    double[] exact = {0.9946, 0.0006, 0.0006, 0.0006, 0.0006, 0.0006, 0.0006, 1 - 0.9946 - 6 * 0.0006};

    double[] reported = ReportedShares.of(exact);

    assertThat(Arrays.stream(reported).sum()).isCloseTo(1.0, within(1e-9));
    for (int i = 1; i < 7; i++) {
      assertThat(reported[i]).isLessThanOrEqualTo(reported[i - 1]);
    }
    for (int i = 0; i < exact.length; i++) {
      assertThat(reported[i]).isCloseTo(exact[i], within(0.001 + 1e-12));
    }
  }

  @Test
  void of_sharesAlreadyInThousandths_areKept() {
    assertThat(ReportedShares.of(new double[] {0.7, 0.2, 0.1})).containsExactly(0.7, 0.2, 0.1);
  }
}
