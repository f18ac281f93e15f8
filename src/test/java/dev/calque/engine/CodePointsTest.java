package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;

class CodePointsTest {
  private static Finding at(int start, int end) {
    return Finding.of(RuleRef.of("languagetool.X", "fluency/grammar")).severity(Severity.MINOR).span(start, end)
        .message("m").confidence(0.5).engine(Engine.LANGUAGETOOL).build();
  }

  @Test
  void spansThatCutASurrogatePairAreWidenedToTheWholeCharacter() {
    String text = "ab\ud83d\ude00cd\ud83d\ude00";
    Finding inside = CodePoints.onBoundaries(text, at(3, 5));
    assertEquals(2, inside.start());
    assertEquals(5, inside.end());
    Finding endCut = CodePoints.onBoundaries(text, at(5, 7));
    assertEquals(5, endCut.start());
    assertEquals(8, endCut.end());
    Finding whole = at(2, 4);
    assertSame(whole, CodePoints.onBoundaries(text, whole));
  }
}
