package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;
import dev.calque.engine.Engines;
import dev.calque.rule.Finding;

/**
 * Property 4: Checker.check takes any Java string, unpaired surrogates included (a UTF-8 file cannot
 * hold them, but the API can be handed one), without throwing, and every finding is a valid span.
 */
class EngineFuzzTest {
  /** A text and the source language the checker assumes (null: inferred; "es": pair rules on). */
  record Case(String source, String text) {
    String show() {
      return "source " + source + ", text " + Show.java(text);
    }
  }

  @Test
  void engineTakesAnyJavaStringWithoutGrammar() {
    Cli.counted("engine-api-no-grammar", () -> Fuzz.forAll(Fuzz.spec("engine-api-no-grammar", 250,
        cases(Texts.document(true, 6000, 0.02)), c -> Texts.shrink(c.text(), false).map(t -> new Case(c.source(), t)),
        Case::show), c -> verify(Engines.light(c.source()), c.text())));
  }

  @Test
  void engineTakesAnyJavaStringWithLanguageTool() {
    Cli.counted("engine-api-languagetool", () -> Fuzz.forAll(Fuzz.spec("engine-api-languagetool", 20,
        cases(Texts.document(true, 1500, 0)), c -> Texts.shrink(c.text(), false).map(t -> new Case(c.source(), t)),
        Case::show), c -> verify(Engines.full(c.source()), c.text())));
  }

  private static Fuzz.Gen<Case> cases(Fuzz.Gen<String> text) {
    return (Random r) -> new Case(r.nextBoolean() ? null : "es", text.next(r));
  }

  static void verify(Checker checker, String text) {
    DocumentResult r = checker.check("doc.txt", text);
    Cli.DOCUMENTS.incrementAndGet();
    check(r.text().equals(text), "result text is not the input", "");
    int last = -1;
    for (Finding f : r.findings()) {
      Cli.verifySpan(text, f.start(), f.end(), f.engine().label() + " " + f.ruleId(), f.toString());
      check(f.start() >= last, "findings not sorted by start", f.toString());
      last = f.start();
      check(r.lines().line(f.start()) == Cli.line(text, f.start()), "line disagrees with start", f.toString());
      check(f.confidence() > 0 && f.confidence() <= 1, "confidence out of (0,1]", f.toString());
    }
  }
}
