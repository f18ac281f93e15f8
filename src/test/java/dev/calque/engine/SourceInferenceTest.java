package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Without --source-lang, pair rules count only when the text itself shows the source language. */
class SourceInferenceTest {
  @Test
  void twoSpanishArtifactsSwitchTheSpanishLexiconsOn() {
    String text = "Lukashenko, one of Putin's loyal squires, met the Asian giant's leader.\n"
        + "Beijing sent five million doses of its sera to Minsk.\n";
    DocumentResult r = Engines.light(null).check("t", text);
    assertEquals("es", r.sourceLanguage());
    assertTrue(r.notes().get(0).startsWith("source language inferred as es"), r.notes().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("es-en.false-friend.escudero")));
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("es-en.false-friend.suero")));
  }

  @Test
  void oneAmbiguousHintIsNotEnough() {
    String text = "The minister said the plan was a sensible issue to raise, and left for Brussels.\n";
    DocumentResult r = Engines.light(null).check("t", text);
    assertNull(r.sourceLanguage());
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("es-en.")), r.findings().toString());
    assertTrue(r.notes().get(0).startsWith("source language unknown"), r.notes().toString());
  }

  @Test
  void noneSwitchesPairRulesOff() {
    String text = "Lukashenko, one of Putin's loyal squires, met the Asian giant's leader.\n";
    DocumentResult r = Engines.runtime().checker(CheckOptions.defaults().withGrammar(false).withSourceLanguage(CheckOptions.NO_SOURCE))
        .check("t", text);
    assertNull(r.sourceLanguage());
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("es-en.")));
    assertTrue(r.notes().isEmpty(), r.notes().toString());
  }
}
