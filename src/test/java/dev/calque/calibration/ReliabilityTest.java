package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
  private static List<Reliability.Outcome> outcomes(double confidence, int supported, int of) {
    List<Reliability.Outcome> out = new ArrayList<>();
    for (int i = 0; i < of; i++) {
      out.add(new Reliability.Outcome(confidence, i < supported));
    }
    return out;
  }

  @Test
  void perfectlyCalibratedBinsHaveNoError() {
    List<Reliability.Outcome> o = new ArrayList<>(outcomes(0.8, 8, 10));
    o.addAll(outcomes(0.25, 1, 4));
    assertEquals(0, new Reliability(o).ece(), 1e-12);
  }

  @Test
  void theErrorIsTheFindingWeightedGap() {
    List<Reliability.Outcome> o = new ArrayList<>(outcomes(0.9, 5, 10)); // gap 0.4 over 10 findings
    o.addAll(outcomes(0.15, 3, 10)); // gap 0.15 over 10
    Reliability r = new Reliability(o);
    assertEquals((0.4 * 10 + 0.15 * 10) / 20, r.ece(), 1e-12);
    assertEquals(0.5, r.precisionAtLeast(0.5), 1e-12);
    assertEquals(10, r.countAtLeast(0.5));
    assertTrue(r.table().contains("0.9–1.0"), r.table());
  }

  @Test
  void precisionAtARateKeepsTheMostConfident() {
    List<Reliability.Outcome> o = new ArrayList<>(outcomes(0.3, 0, 5));
    o.addAll(outcomes(0.95, 2, 2));
    Reliability r = new Reliability(o);
    assertEquals(1.0, r.precisionAtRate(1, 2000), 1e-12); // two findings for 2,000 words: both top ones
    assertEquals(2 / 6.0, r.precisionAtRate(3, 2000), 1e-12);
    assertTrue(Double.isNaN(r.precisionAtRate(1, 100)));
  }

  @Test
  void theIntervalHoldsTheEstimateAndWidensWhenFindingsComeInClusters() {
    // 40 findings at 0.3, 12 supported; in clusters of ten the outcomes of a unit go together.
    List<Reliability.Outcome> single = new ArrayList<>();
    List<Reliability.Outcome> clustered = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean supported = i % 10 < 3;
      single.add(new Reliability.Outcome(0.3 + (i % 4) * 0.01, supported));
      clustered.add(new Reliability.Outcome(0.3 + (i % 4) * 0.01, i < 12, "unit" + (i / 10)));
    }
    Reliability a = new Reliability(single);
    Reliability b = new Reliability(clustered);
    assertEquals(a.ece(), b.ece(), 1e-12);
    double[] ia = a.eceInterval();
    double[] ib = b.eceInterval();
    assertTrue(ia[0] <= a.ece() && a.ece() <= ia[1], a.eceWithInterval("findings"));
    assertTrue(ib[1] - ib[0] > 2 * (ia[1] - ia[0]), a.eceWithInterval("findings") + " vs " + b.eceWithInterval("units"));
    assertEquals(b.eceWithInterval("units"), new Reliability(clustered).eceWithInterval("units"), "same draws every run");
    assertTrue(b.eceWithInterval("units").endsWith("over 4 units)"), b.eceWithInterval("units"));
  }
}
