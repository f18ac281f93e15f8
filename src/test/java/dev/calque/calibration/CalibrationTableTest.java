package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Confidence;

class CalibrationTableTest {
  private static final String TEXT = String.join("\n", "# made up", "prior\ta.b.c\t-\t10\t8\t0.800",
      "prior\ta.b.c\tes\t4\t4\t0.900", "family\ta.b\t-\t12\t9\t0.500", "evidence\tx.y\t-\t5\t2\t-0.300",
      "document\ta.b\tsource-unknown\t12\t9\t0.700", "");

  @Test
  void lookupsFallBackFromSourceToPooledToFamilyToHandSet() {
    CalibrationTable t = CalibrationTable.parse("t", TEXT);
    assertEquals(0.9, t.prior("a.b.c", "a.b", 0.3, "es"), 1e-12);
    assertEquals(0.8, t.prior("a.b.c", "a.b", 0.3, "fr"), 1e-12);
    assertEquals(0.8, t.prior("a.b.c", "a.b", 0.3, null), 1e-12);
    assertEquals(Confidence.sigmoid(Confidence.logit(0.3) + 0.5), t.prior("a.b.d", "a.b", 0.3, null), 1e-12);
    assertEquals(0.3, t.prior("q.r.s", "q.r", 0.3, null), 1e-12);
    assertEquals(-0.3, t.weight("x.y", 1.0), 1e-12);
    assertEquals(1.0, t.weight("x.z", 1.0), 1e-12);
    assertEquals(0.7, t.documentShift("a.b", new DocumentFeatures(1, false, true, 2)), 1e-12);
    assertEquals(0, t.documentShift("a.b", new DocumentFeatures(1, false, false, 2)), 1e-12);
    // The most favourable source and document bound what a rule can reach.
    assertEquals(Confidence.sigmoid(Confidence.logit(0.9) + 0.7), t.upperBound("a.b.c", "a.b", 0.3), 1e-12);
  }

  @Test
  void theFinalMapScalesTheSummedLogOddsAndTheBound() {
    CalibrationTable t = CalibrationTable.parse("t", TEXT + "final\tintercept\t-\t10\t3\t-0.400\nfinal\tslope\t-\t10\t3\t0.500\n");
    double z = Confidence.logit(0.8) - 0.3;
    assertEquals(Confidence.round(Confidence.sigmoid(-0.4 + 0.5 * z)), t.confidence(0.8, -0.3), 1e-12);
    assertEquals(Confidence.sigmoid(-0.4 + 0.5 * (Confidence.logit(0.9) + 0.7 + 0.2)),
        t.upperBound("a.b.c", "a.b", 0.3, 0.2), 1e-12);
    // Without one, a confidence is the prior moved by the log-odds, as everywhere else.
    assertEquals(Confidence.combine(0.8, -0.3), CalibrationTable.parse("t", TEXT).confidence(0.8, -0.3), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> CalibrationTable.parse("t", TEXT + "final\tslope\t-\t1\t1\t-1\n"));
  }

  @Test
  void writesBackWhatItRead() {
    assertEquals(TEXT, CalibrationTable.parse("t", TEXT).write());
  }

  @Test
  void aBrokenLineNamesItsPlace() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CalibrationTable.parse("t.tsv", "# c\nprior\ta\t-\tmany\t1\t0.5\n"));
    assertEquals(true, e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CalibrationTable(List.of(),
        List.of(new CalibrationTable.Entry("document", "a", "colour", 1, 1, 0.1))));
  }
}
