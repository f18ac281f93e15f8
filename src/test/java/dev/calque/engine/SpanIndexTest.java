package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;

class SpanIndexTest {
  private static Finding at(int start, int end) {
    return Finding.of(RuleRef.of("x.y", "fluency/grammar")).severity(Severity.MINOR).span(start, end)
        .message("x.y says why.").confidence(0.5).engine(Engine.CALQUE).build();
  }

  @Test
  void answersAsComparingWithEveryFindingWouldIncludingEmptyAndNestedSpans() {
    Random rnd = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Finding> findings = new ArrayList<>();
      for (int i = rnd.nextInt(30); i > 0; i--) {
        int start = rnd.nextInt(200);
        findings.add(at(start, start + rnd.nextInt(rnd.nextBoolean() ? 5 : 60))); // some empty, some long
      }
      SpanIndex index = new SpanIndex(findings);
      for (int q = 0; q < 50; q++) {
        int start = rnd.nextInt(220);
        Finding probe = at(start, start + rnd.nextInt(20));
        boolean expected = findings.stream().anyMatch(f -> f.overlaps(probe));
        assertEquals(expected, index.overlapsAny(probe.start(), probe.end()), findings + " against " + probe);
      }
    }
  }

  @Test
  void aLongSpanEarlyOnCoversALaterShortOne() {
    SpanIndex index = new SpanIndex(List.of(at(0, 100), at(10, 12), at(50, 51)));
    assertTrue(index.overlapsAny(80, 90));
    assertFalse(index.overlapsAny(100, 120));
    assertFalse(new SpanIndex(List.of()).overlapsAny(0, 10));
  }
}
