package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;
import dev.calque.rule.Span;
import dev.calque.rule.Suggestion;

class FindingMergerTest {
  private static Finding f(String id, int start, int end, String repl, double conf, Engine engine) {
    return Finding.of(RuleRef.of(id, "fluency/grammar")).severity(Severity.MAJOR).span(start, end)
        .message(id + " says why.").suggestions(repl == null ? List.of() : List.of(new Suggestion(repl, conf)))
        .confidence(conf).engine(engine).build();
  }

  @Test
  void adjacentCalqueFindingsJoinIntoOneSuggestion() {
    String text = "doses of his sera to";
    List<Finding> out = FindingMerger.merge(text, List.of(f("a.pronoun", 9, 12, "its", 0.7, Engine.CALQUE),
        f("b.sera", 13, 17, "vaccines", 0.8, Engine.CALQUE)), List.of());
    assertEquals(1, out.size());
    assertEquals("its vaccines", out.get(0).best().replacement());
    assertEquals("a.pronoun+b.sera", out.get(0).ruleId());
    assertEquals(0.56, out.get(0).best().confidence(), 1e-9);
    assertEquals(9, out.get(0).start());
    assertEquals(17, out.get(0).end());
    assertEquals(List.of("a.pronoun", "b.sera"), out.get(0).components());
    assertTrue(out.get(0).isJoined());
  }

  @Test
  void aChainOfJoinsListsEverySingleRuleOnce() {
    String text = "aa bb cc";
    List<Finding> out = FindingMerger.merge(text, List.of(f("r.a", 0, 2, "A", 0.9, Engine.CALQUE),
        f("r.b", 3, 5, "B", 0.9, Engine.CALQUE), f("r.c", 6, 8, "C", 0.9, Engine.CALQUE)), List.of());
    assertEquals(1, out.size());
    assertEquals("r.a+r.b+r.c", out.get(0).ruleId());
    assertEquals(List.of("r.a", "r.b", "r.c"), out.get(0).components());
    assertEquals("A B C", out.get(0).best().replacement());
  }

  @Test
  void aJoinedFindingAnswersToBothSourceSpans() {
    String text = "his sera";
    List<Finding> out = FindingMerger.merge(text, List.of(
        f("a.pronoun", 0, 3, "its", 0.7, Engine.CALQUE).withSource(new Span(10, 13)).withSegment("s1"),
        f("b.sera", 4, 8, "vaccines", 0.8, Engine.CALQUE).withSource(new Span(14, 20)).withSegment("s1")), List.of());
    assertEquals(new Span(10, 20), out.get(0).source());
    assertEquals("s1", out.get(0).segment());
  }

  @Test
  void languageToolYieldsToCalqueOnOverlap() {
    String text = "for the sake of of the";
    List<Finding> out = FindingMerger.merge(text, List.of(f("c.rep", 13, 18, "of", 0.9, Engine.CALQUE)),
        List.of(f("languagetool.REPEAT", 16, 18, "", 0.6, Engine.LANGUAGETOOL),
            f("languagetool.OTHER", 0, 3, "For", 0.6, Engine.LANGUAGETOOL)));
    assertEquals(List.of("languagetool.OTHER", "c.rep"), out.stream().map(Finding::ruleId).toList());
  }

  @Test
  void findingsInsideALineToDeleteAreDropped() {
    String text = "Asia Lukashenko visits Xi";
    List<Finding> out = FindingMerger.merge(text, List.of(f("dup.paragraph", 0, 25, "", 0.85, Engine.CALQUE),
        f("label", 0, 5, "", 0.8, Engine.CALQUE)), List.of());
    assertEquals(List.of("dup.paragraph"), out.stream().map(Finding::ruleId).toList());
  }

  @Test
  void sameSpanKeepsTheMoreConfident() {
    List<Finding> out = FindingMerger.merge("abc def", List.of(f("low", 0, 3, "x", 0.6, Engine.CALQUE),
        f("high", 0, 3, "y", 0.9, Engine.CALQUE)), List.of());
    assertEquals(List.of("high"), out.stream().map(Finding::ruleId).toList());
  }
}
