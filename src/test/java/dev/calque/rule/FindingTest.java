package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final RuleRef RULE = new RuleRef("en.numbers.decimal-comma", Category.NUMBER_FORMAT,
      "Decimal comma in English", "https://example.org/rules/decimal-comma", null, List.of());

  private static Finding.Builder base() {
    return Finding.of(RULE).severity(Severity.MAJOR).span(3, 6).message("why").confidence(0.8);
  }

  @Test
  void theBuilderTakesCategoryAndEngineFromTheRule() {
    Finding f = base().suggestions(List.of(new Suggestion("2.7", 0.8))).build();
    assertEquals("en.numbers.decimal-comma", f.ruleId());
    assertEquals(Category.NUMBER_FORMAT, f.category());
    assertEquals(Engine.CALQUE, f.engine());
    assertEquals(List.of("en.numbers.decimal-comma"), f.components());
    assertFalse(f.isJoined());
    assertEquals("https://example.org/rules/decimal-comma", f.rule().url());
    assertNull(f.source());
    assertNull(f.segment());
    assertEquals("2.7", f.best().replacement());

    RuleRef lt = new RuleRef("languagetool.EN_QUOTES", Category.PUNCTUATION, "Smart quotes", null,
        new LanguageToolOrigin("EN_QUOTES", null, "TYPOGRAPHY", "Typography", "typographical"), List.of());
    assertEquals(Engine.LANGUAGETOOL, Finding.of(lt).severity(Severity.MINOR).span(0, 1).message("m")
        .confidence(0.5).build().engine());
  }

  @Test
  void withMethodsChangeOnlyTheirPart() {
    Finding f = base().build();
    Finding moved = f.withSpan(2, 7);
    assertEquals(new Span(2, 7), moved.span());
    assertEquals(f.message(), moved.message());
    Finding bilingual = f.withSource(new Span(10, 14)).withSegment("tu-3");
    assertEquals(new Span(10, 14), bilingual.source());
    assertEquals("tu-3", bilingual.segment());
    assertEquals(f.span(), bilingual.span());
    assertEquals(f.rule(), bilingual.rule());
  }

  @Test
  void invalidFindingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> base().span(5, 4).build());
    assertThrows(IllegalArgumentException.class, () -> base().confidence(1.5).build());
    assertThrows(IllegalArgumentException.class, () -> Finding.of(RULE).severity(Severity.MAJOR).span(0, 1)
        .message("m").build()); // no confidence given
    assertThrows(NullPointerException.class, () -> base().severity(null).build());
    assertThrows(IllegalArgumentException.class, () -> base().segment("").build());
    assertThrows(IllegalArgumentException.class, () -> base().source(new Span(-1, 2)).build());
    assertThrows(IllegalArgumentException.class, () -> RuleRef.of("", Category.GRAMMAR));
  }

  @Test
  void joinedRulesKeepTheHistoricalIdAndFlattenTheirComponents() {
    RuleRef a = RuleRef.of("a.x", Category.GRAMMAR);
    RuleRef b = RuleRef.of("b.y", Category.MISTRANSLATION);
    RuleRef c = RuleRef.of("c.z", Category.GRAMMAR);
    RuleRef ab = RuleRef.joined(a, b, Category.MISTRANSLATION);
    RuleRef abc = RuleRef.joined(ab, c, Category.MISTRANSLATION);
    assertEquals("a.x+b.y+c.z", abc.id());
    assertEquals(List.of(a, b, c), abc.components());
    assertEquals(List.of("a.x", "b.y", "c.z"), abc.componentIds());
    assertTrue(abc.isJoined());
  }

  @Test
  void theOlderConstructorStillBuildsAFinding() {
    Finding f = new Finding("t.rule", Category.GRAMMAR, Severity.MINOR, 0, 2, "m", List.of(), 0.5, Engine.CALQUE);
    assertEquals("t.rule", f.ruleId());
    assertEquals(Category.GRAMMAR, f.rule().category());
  }
}
