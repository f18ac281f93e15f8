package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Without --source-lang, pair rules count only when the text itself shows the source language. The
 * mechanism (distinct artifacts, specific ones, ties) is shown at the profile's hand-set thresholds
 * (two artifacts, one specific, confidence 0.7) where the fitted ones of rules/calibration/inference.tsv
 * change the outcome (SourceInferenceOnMtTest measures the fitted ones on MT).
 */
class SourceInferenceTest {
  /** A light checker at the hand-set thresholds (no fitted pair). */
  private static final Checker HAND_SET = Engines.light(null).withInferenceTable(
      dev.calque.calibration.InferenceTable.EMPTY);
  @Test
  void twoSpanishArtifactsSwitchTheSpanishLexiconsOn() {
    String text = "Lukashenko, one of Putin's loyal squires, met the Asian giant's leader.\n"
        + "Beijing sent five million doses of its sera to Minsk.\n";
    DocumentResult r = HAND_SET.check("t", text); // two artifacts: the hand-set count (the fitted pair asks three)
    assertEquals("es", r.sourceLanguage());
    assertTrue(r.notes().get(0).startsWith("source language inferred as es"), r.notes().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("es-en.false-friend.escudero")));
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("es-en.false-friend.suero")));
  }

  @Test
  void aLongTextNeedsMoreArtifactsButNotWithoutBound() {
    // Eight Spanish calques spread over a long, otherwise plain text (about 12,000 words): 2.5 per
    // 1,000 words would ask for 30 distinct ones, which no finite lexicon supplies. At the hand-set
    // thresholds, whose confidence bar the test's calques were chosen against.
    String plain = "The council met on Tuesday and agreed the budget for the coming year after a long debate.\n";
    String calques = "Lukashenko, one of Putin's loyal squires, arrived in Minsk.\n"
        + "Beijing sent five million doses of its sera to the region.\n"
        + "Exports to the Asian giant grew again this spring.\n"
        + "The minister gave a reading of the talks to the press.\n"
        + "He said the city was an enclave of trade for the whole area.\n"
        + "The leader seemed immovable in his post after two decades.\n"
        + "The Congress of the Deputies approved the reform on Thursday.\n"
        + "In what goes of year, prices have risen twice.\n";
    StringBuilder text = new StringBuilder();
    String[] lines = calques.split("\n");
    for (int i = 0; i < 700; i++) {
      text.append(plain);
      if (i % 80 == 0 && i / 80 < lines.length) {
        text.append(lines[i / 80]).append('\n');
      }
    }
    DocumentResult r = HAND_SET.check("t", text.toString());
    assertEquals("es", r.sourceLanguage(), r.notes().toString());
    // the same text with two of them is still too thin for its length
    DocumentResult thin = HAND_SET.check("t", plain.repeat(700) + lines[0] + "\n" + lines[1] + "\n");
    assertNull(thin.sourceLanguage(), thin.notes().toString());
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
  void twoFrenchArtifactsSwitchTheFrenchLexiconsOn() {
    String text = "The explosion left five blessed in the market.\n"
        + "The unions called a new journey of mobilisation against the reform.\n";
    // two artifacts reach the hand-set thresholds; the fitted French pair asks for three
    DocumentResult r = HAND_SET.check("t", text);
    assertNull(Engines.light(null).check("t", text).sourceLanguage());
    assertEquals("fr", r.sourceLanguage());
    assertTrue(r.notes().get(0).startsWith("source language inferred as fr from 2 artifacts, 2 of them specific"),
        r.notes().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("fr-en.false-friend.blesse")));
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("es-en.")), r.findings().toString());
  }

  @Test
  void calquesSharedByTwoSourcesTellThemApartFromNone() {
    // Spanish 'sensible' and French 'sensible' both mean sensitive; so do 'decepción' and 'déception'
    String text = "Migration remains a sensible issue for the coalition. The draw was a great deception for the fans.\n";
    DocumentResult r = HAND_SET.check("t", text);
    assertNull(r.sourceLanguage());
    assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("es-en.") || f.ruleId().startsWith("fr-en.")),
        r.findings().toString());
    // Portuguese and Italian share them too: every source that has them is named
    assertTrue(r.notes().get(0).startsWith("source language unknown: the artifacts point to es and fr"),
        r.notes().toString());
    // the fitted thresholds, which ask for three artifacts, leave it unknown too
    assertNull(Engines.light(null).check("t", text).sourceLanguage());
  }

  @Test
  void aSharedCalqueCountsForEachSourceItPointsTo() {
    // 'sensible issue' points to Spanish and French alike; 'blessed' for injured only to French
    String text = "Migration remains a sensible issue for the coalition. Three police officers were blessed in the clashes.\n";
    DocumentResult r = HAND_SET.check("t", text); // two artifacts: the hand-set thresholds' count
    assertEquals("fr", r.sourceLanguage());
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("fr-en.false-friend.sensible")), r.findings().toString());
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

  @Test
  void aTableOfThresholdsIsWhatTheEngineUses() {
    String text = "The explosion left five blessed in the market.\n"
        + "The unions called a new journey of mobilisation against the reform.\n";
    var strict = dev.calque.calibration.InferenceTable.parse("strict.tsv", "en\tfr\t3\t3\t0.50\n");
    var loose = dev.calque.calibration.InferenceTable.parse("loose.tsv", "en\tfr\t1\t1\t0.50\n");
    assertNull(Engines.light(null).withInferenceTable(strict).check("t", text).sourceLanguage());
    assertEquals("fr", Engines.light(null).withInferenceTable(loose).check("t", text).sourceLanguage());
    // a confidence above the artifacts' own leaves them uncounted
    var picky = dev.calque.calibration.InferenceTable.parse("picky.tsv", "en\tfr\t1\t1\t0.99\n");
    assertNull(Engines.light(null).withInferenceTable(picky).check("t", text).sourceLanguage());
  }
}
