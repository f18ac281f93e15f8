package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A check whose caller gives up stops early with CheckCancelled, and leaves nothing behind. */
class CheckCancellationTest {
  private static final String TEXT = "The minister said that that the plan was was ready.\n"
      + "He go to the meeting on Wednesday, and the the talks went on.\n";

  @Test
  void aCancelledCheckStopsWithCheckCancelledNotACheckFailure() {
    CheckCancelled e = assertThrows(CheckCancelled.class, () -> Engines.light(null).check("a.txt", TEXT, () -> true));
    assertTrue(e.getMessage().startsWith("a.txt"), e.getMessage());
  }

  @Test
  void cancellationIsAskedBetweenRulesSoItStopsMidwayThroughTheDocument() {
    AtomicInteger asked = new AtomicInteger();
    assertThrows(CheckCancelled.class, () -> Engines.light(null).check("a.txt", TEXT, () -> asked.incrementAndGet() > 3));
    assertEquals(4, asked.get(), "stopped at the first question answered yes");
  }

  @Test
  void languageToolIsCancelledTooAndItsInstanceServesTheNextCheck() {
    Checker full = Engines.full(null);
    full.check("warm.txt", TEXT); // builds the pooled instance outside the measured part
    AtomicInteger ownRules = new AtomicInteger();
    Engines.light(null).check("a.txt", TEXT, () -> ownRules.incrementAndGet() < 0);
    AtomicInteger all = new AtomicInteger();
    full.check("a.txt", TEXT, () -> all.incrementAndGet() < 0);
    assertTrue(all.get() > ownRules.get() + 10, "LanguageTool asks too: " + all.get() + " vs " + ownRules.get());
    // Cancel once calque's own rules are done, while LanguageTool is at work.
    int limit = ownRules.get() + 5;
    AtomicInteger asked = new AtomicInteger();
    assertThrows(CheckCancelled.class, () -> full.check("a.txt", TEXT, () -> asked.incrementAndGet() > limit));
    // The instance went back to the pool without the request's callback: a plain check runs in full.
    DocumentResult after = full.check("b.txt", TEXT);
    assertTrue(after.findings().stream().anyMatch(f -> f.ruleId().startsWith("languagetool.")),
        "LanguageTool still reports on the next check: " + after.findings());
  }

  @Test
  void anUncancelledCheckIsTheSameAsAPlainOne() {
    DocumentResult plain = Engines.light(null).check("a.txt", TEXT);
    DocumentResult watched = Engines.light(null).check("a.txt", TEXT, () -> false);
    assertEquals(plain.findings(), watched.findings());
    assertFalse(plain.findings().isEmpty());
  }
}
