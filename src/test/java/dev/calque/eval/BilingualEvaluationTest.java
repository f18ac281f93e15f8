package dev.calque.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.Shared;
import dev.calque.bilingual.BilingualChecker;

/**
 * The bilingual rules on the shared MQM data (skipped, saying so, when ../shared is absent): on
 * the first rows of the Spanish biomedical sets, what README reports must still hold roughly.
 */
class BilingualEvaluationTest {
  private static final int ROWS = 2500;

  private static BilingualEvaluation.Result run(String set) {
    Path dir = Shared.require("data/mqm/" + set);
    return BilingualEvaluation.run(dir, BilingualChecker.bundled(), 0.5, ROWS, new ArrayList<>());
  }

  @Test
  void omissionsAndNumbersAreFoundMoreOftenRightThanWrong() {
    for (String set : List.of("bio-en-es", "bio-es-en")) {
      BilingualEvaluation.Result r = run(set);
      for (String family : List.of("omission", "numbers")) {
        BilingualEvaluation.Score s = r.families().get(family);
        assertTrue(s.findings() >= 20, () -> set + " " + family + ": too few findings to measure\n" + r.text());
        assertTrue(s.precision() >= 0.4, () -> set + " " + family + " precision fell\n" + r.text());
        assertTrue(s.recall() >= 0.15, () -> set + " " + family + " recall fell\n" + r.text());
      }
      assertTrue(r.referencePerThousandWords() < 2, () -> set + ": too many findings on human references\n"
          + r.text());
    }
  }
}
