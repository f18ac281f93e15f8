package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Confidence;

class FinalMapTest {
  /** Rows whose outcomes follow logit p = a + b z, z spread over [-4, 4], drawn with a fixed seed. */
  private static List<double[]> rows(double a, double b, int n, long seed) {
    Random r = new Random(seed);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double z = -4 + 8 * r.nextDouble();
      out.add(new double[] {z, r.nextDouble() < Confidence.sigmoid(a + b * z) ? 1 : 0});
    }
    return out;
  }

  @Test
  void recoversAnOverconfidentScale() {
    FinalMap m = FinalMap.fit(rows(-0.5, 0.5, 4000, 1));
    assertEquals(-0.5, m.intercept(), 0.15);
    assertEquals(0.5, m.slope(), 0.1);
  }

  @Test
  void isTheIdentityWithoutRowsAndStaysIncreasing() {
    assertEquals(FinalMap.IDENTITY, FinalMap.fit(List.of()));
    // Outcomes that fall as z rises would ask for a negative slope: it stops at the floor.
    assertTrue(FinalMap.fit(rows(0, -1, 2000, 2)).slope() >= FinalMap.MIN_SLOPE);
  }

  @Test
  void aMapThatCarriesOverLowersTheOtherFoldsLossAndOneThatDoesNotIsSeenAsSuch() {
    double[] real = FinalMap.transfer(rows(-0.5, 0.5, 1000, 3), rows(-0.5, 0.5, 1000, 4));
    assertTrue(real[1] < real[0], real[0] + " -> " + real[1]);
    // Already calibrated log-odds: a map fitted on one half only fits its noise.
    double[] none = FinalMap.transfer(rows(0, 1, 300, 5), rows(0, 1, 300, 6));
    assertTrue(none[1] >= none[0] - 0.002, none[0] + " -> " + none[1]);
  }
}
