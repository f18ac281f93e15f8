package dev.calque.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;
import dev.calque.rule.Suggestion;

class FixerTest {
  private static Finding f(int start, int end, String repl, double conf) {
    return Finding.of(RuleRef.of("t.rule", "fluency/grammar")).severity(Severity.MINOR).span(start, end).message("m")
        .suggestions(List.of(new Suggestion(repl, conf))).confidence(conf).engine(Engine.CALQUE).build();
  }

  @Test
  void appliesOnlyConfidentSuggestionsAndKeepsEverythingElse() {
    String text = "for the sake of of the team and his sera";
    Fixer.Result r = Fixer.apply(text, List.of(f(13, 18, "of", 0.95), f(32, 40, "its vaccines", 0.56)), 0.9);
    assertEquals("for the sake of the team and his sera", r.text());
    assertEquals(1, r.edits().size());
  }

  @Test
  void overlappingEditsKeepTheMoreConfident() {
    String text = "abc def ghi";
    Fixer.Result r = Fixer.apply(text, List.of(f(0, 7, "X", 0.91), f(4, 11, "Y", 0.97)), 0.9);
    assertEquals("abc Y", r.text());
  }

  @Test
  void deletingAWholeLineTakesItsBreakAndOneBlankLine() {
    String text = "Headline\n\nHeadline\n\nBody text.\n";
    Fixer.Result r = Fixer.apply(text, List.of(f(10, 18, "", 0.95)), 0.9);
    assertEquals("Headline\n\nBody text.\n", r.text());
    String diff = UnifiedDiff.diff("a.txt", text, r.edits());
    assertTrue(diff.contains("@@ -3,2 +2,0 @@"), diff);
    assertTrue(diff.contains("-Headline"), diff);
  }

  @Test
  void deletingPartOfALineLeavesTheRest() {
    String text = "Asia Lukashenko visits Xi\nBody.";
    Fixer.Result r = Fixer.apply(text, List.of(f(0, 5, "", 0.95)), 0.9);
    assertEquals("Lukashenko visits Xi\nBody.", r.text());
  }

  @Test
  void diffOfAnInLineEditShowsOldAndNewLine() {
    String text = "one\ntwo of of three\nfour\n";
    Fixer.Result r = Fixer.apply(text, List.of(f(8, 13, "of", 0.95)), 0.9);
    assertEquals("--- a\n+++ a (fixed)\n@@ -2,1 +2,1 @@\n-two of of three\n+two of three\n",
        UnifiedDiff.diff("a", text, r.edits()));
  }
}
