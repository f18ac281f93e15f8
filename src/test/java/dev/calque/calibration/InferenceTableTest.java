package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Engines;
import dev.calque.language.LanguageProfile;

/** The table of fitted inference thresholds: read strictly, written back the same, the profile's values as fallback. */
class InferenceTableTest {
  private static final String GOOD = "# a comment\n# " + InferenceTable.COLUMNS + "\nen\tes\t3\t2\t0.65\nen\tfr\t2\t1\t0.80\n";

  @Test
  void readsPairsAndWritesThemBackUnchanged() {
    InferenceTable t = InferenceTable.parse("t.tsv", GOOD);
    assertEquals(Optional.of(new LanguageProfile.SourceInference(3, 0.65, 2)), t.get("en", "es"));
    assertEquals(Optional.of(new LanguageProfile.SourceInference(2, 0.80, 1)), t.get("en", "fr"));
    assertEquals(Optional.empty(), t.get("en", "de"));
    assertEquals(GOOD, t.write());
    assertEquals(GOOD, InferenceTable.parse("again", t.write()).write());
  }

  @Test
  void aBadLineIsAnErrorNamingFileLineAndProblem() {
    Map<String, String> bad = Map.of(
        "en\tes\t3\t2\n", "expected 5 tab-separated columns",
        "en\tes\tthree\t2\t0.6\n", "whole numbers",
        "en\tes\t2\t3\t0.6\n", "1 <= min-specific <= min-evidence",
        "en\tes\t0\t0\t0.6\n", "1 <= min-specific <= min-evidence",
        "en\tes\t3\t2\t1.5\n", "evidence-confidence must lie in [0, 1]",
        "en\tes\t3\t2\tNaN\n", "evidence-confidence must lie in [0, 1]",
        "English\tes\t3\t2\t0.6\n", "language codes",
        "en\tes\t3\t2\t0.6\nen\tes\t2\t1\t0.7\n", "listed twice");
    bad.forEach((text, message) -> {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> InferenceTable.parse("bad.tsv",
          "# header\n" + text));
      assertTrue(e.getMessage().startsWith("bad.tsv:" + (text.split("\n").length + 1) + ": "), e.getMessage());
      assertTrue(e.getMessage().contains(message), e.getMessage());
    });
  }

  @Test
  void aPairTheTableLacksKeepsItsHandSetThresholds() {
    LanguageProfile en = Engines.runtime().profile("en");
    InferenceTable t = InferenceTable.parse("t.tsv", "en\tfr\t4\t2\t0.85\n");
    assertEquals(new LanguageProfile.SourceInference(4, 0.85, 2), t.thresholds(en, "fr"));
    assertEquals(en.sourceInference("es"), t.thresholds(en, "es"));
    assertEquals(en.sourceInference("it"), InferenceTable.EMPTY.thresholds(en, "it"));
  }

  @Test
  void theBundledTableFitsEveryPairCalqueHasOrSaysWhyNot() {
    InferenceTable t = InferenceTable.bundled();
    for (String target : Engines.runtime().languages()) {
      for (String source : Engines.runtime().sourceLanguages(target)) {
        // fitted, or said why not (too few documents that may not be taken for it)
        assertTrue(t.get(target, source).isPresent() || t.write().contains("# " + source + "-" + target
            + " keeps its hand-set thresholds"), "rules/calibration/inference.tsv has no " + source + "-" + target
            + ": run calque calibrate --inference");
      }
    }
  }
}
