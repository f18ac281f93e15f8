package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Checker;
import dev.calque.engine.Engines;
import dev.calque.engine.SourceTally;
import dev.calque.language.LanguageProfile;

/**
 * What the fit replays is what the engine decides: on the project's labelled documents, the saved
 * evidence replayed through the thresholds gives the source a check infers, under the bundled table
 * and under the hand-set thresholds alike.
 */
class InferenceReplayTest {
  @Test
  void replayedEvidenceDecidesAsTheEngineDoes() {
    List<InferenceDocuments.Labelled> docs = new ArrayList<>(InferenceDocuments.regression(Path.of("corpora",
        "regression")));
    docs.addAll(InferenceDocuments.heldout(Path.of("corpora", "heldout")));
    docs.removeIf(d -> !d.target().equals("en"));
    assertTrue(docs.size() > 50, "labelled documents: " + docs.size());
    LanguageProfile en = Engines.runtime().profile("en");
    for (InferenceTable table : List.of(InferenceTable.bundled(), InferenceTable.EMPTY)) {
      Map<String, LanguageProfile.SourceInference> t = new TreeMap<>();
      Engines.runtime().sourceLanguages("en").forEach(s -> t.put(s, table.thresholds(en, s)));
      Checker live = Engines.light(null).withInferenceTable(table);
      int inferred = 0;
      for (InferenceDocuments.Labelled d : docs) {
        InferenceObservation o = new InferenceObservation(d.set(), d.name(), d.group(), d.target(), d.truth(),
            SourceTally.words(d.text()), d.heldOut(), live.sourceEvidence(d.text()));
        String engine = live.check(d.name(), d.text()).sourceLanguage();
        assertEquals(engine, InferenceFit.decide(o, t), d.name());
        inferred += engine == null ? 0 : 1;
      }
      assertTrue(inferred > 10, "documents inferred: " + inferred);
    }
  }

  @Test
  void everySettingTriedKeepsSpecificWithinDistinct() {
    List<LanguageProfile.SourceInference> grid = InferenceFit.grid();
    assertTrue(grid.stream().allMatch(t -> t.minSpecific() >= 1 && t.minSpecific() <= t.minEvidence()));
    // strictest first: the fit starts there, and ties go to the stricter
    for (int i = 1; i < grid.size(); i++) {
      assertTrue(InferenceFit.strictness(grid.get(i - 1), grid.get(i)) > 0, grid.get(i - 1) + " then " + grid.get(i));
    }
  }
}
