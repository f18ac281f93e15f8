package dev.calque.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.engine.Engines;

/**
 * The fit on a small fixture of made-up observations (src/test/resources/calibration/observations):
 * the table it gives is the committed expected one byte for byte, and it behaves as shrinkage should.
 */
class FitTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "calibration", "observations");
  static final Path EXPECTED = Path.of("src", "test", "resources", "calibration", "expected", "en.tsv");
  /** Hand-set weights of the fixture's evidence, as evidence.yaml and the LanguageTool policy would give them. */
  static final Map<String, Double> HAND = Map.of("word-repetition.function-word", 1.0,
      "phrase-repetition.more-than-two-copies", 1.5, "unknown-name.gazetteer-attests", -2.0,
      "spelling-evidence.one-edit", 0.4, "spelling-evidence.two-edits", -0.2);

  static List<Observation> fixture() throws IOException {
    List<Observation> all = new ArrayList<>();
    for (String set : List.of("alpha", "beta")) {
      all.addAll(Observation.read(Files.readString(FIXTURE.resolve("en").resolve(set + ".tsv"), StandardCharsets.UTF_8)));
    }
    return all;
  }

  static CalibrationTable fit(List<Observation> obs) {
    return Fit.fit("en", obs, HAND::get);
  }

  @Test
  void theFixtureGivesTheExpectedTableByteForByte() throws IOException {
    String table = fit(fixture()).write();
    if (Boolean.getBoolean("calibration.update")) {
      Files.createDirectories(EXPECTED.getParent());
      Files.writeString(EXPECTED, table, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), table,
        "rerun with -Dcalibration.update=true if the fit was changed on purpose");
    assertEquals(table, fit(fixture()).write(), "a second fit must give the same bytes");
  }

  @Test
  void theCommandFitsSavedObservationsIntoTheSameTable(@TempDir Path out) throws IOException {
    Calibrate c = new Calibrate(Engines.runtime(), FIXTURE, 1, -1, line -> { });
    assertEquals(List.of("en"), c.languages());
    // The runtime's own hand-set weights are those the fixture assumes.
    assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), c.fit("en").write());
  }

  @Test
  void heldOutRowsAreNotFitted() throws IOException {
    List<Observation> obs = fixture();
    List<Observation> flipped = new ArrayList<>();
    for (Observation o : obs) {
      flipped.add(o.heldOut() ? new Observation(o.set(), o.unit(), true, o.source(), o.rule(), o.family(),
          o.handPrior(), o.evidence(), o.features(), !o.supported()) : o);
    }
    // Only the comment counting held-out findings may differ.
    assertEquals(entries(fit(obs)), entries(fit(flipped)));
    List<Observation> fittedFlipped = new ArrayList<>();
    for (Observation o : obs) {
      fittedFlipped.add(!o.heldOut() && o.rule().equals("common.repetition.word") ? new Observation(o.set(), o.unit(),
          false, o.source(), o.rule(), o.family(), o.handPrior(), o.evidence(), o.features(), !o.supported()) : o);
    }
    assertNotEquals(entries(fit(obs)), entries(fit(fittedFlipped)));
  }

  @Test
  void priorsFollowTheDataAndRareRulesStayNearTheirFamily() throws IOException {
    CalibrationTable t = fit(fixture());
    // Word repetition is supported about 90% of the time in the fixture, comma alarms about 5%.
    double word = t.prior("common.repetition.word", "common.repetition", 0.6, null);
    double comma = t.prior("languagetool.COMMA_COMPOUND_SENTENCE", "languagetool:PUNCTUATION", 0.25, null);
    assertTrue(word > 0.75, "word repetition prior " + word);
    assertTrue(comma < 0.15, "comma prior " + comma);
    // A rule with no observations keeps its hand-set prior, moved by its family's fitted offset.
    double unseen = t.prior("common.repetition.paragraph", "common.repetition", 0.85, null);
    double offset = t.entries().stream().filter(e -> e.kind().equals("family") && e.key().equals("common.repetition"))
        .findFirst().orElseThrow().value();
    assertEquals(dev.calque.rule.Confidence.sigmoid(dev.calque.rule.Confidence.logit(0.85) + offset), unseen, 1e-9);
    // One observation moves a rule far less from its family than thirty do.
    List<Observation> more = new ArrayList<>(fixture());
    for (int i = 0; i < 30; i++) {
      more.add(new Observation("alpha", "doc9/" + i, false, "-", i == 0 ? "common.repetition.rare"
          : "common.repetition.often", "common.repetition", 0.6, List.of(), new DocumentFeatures(0, false, true, 0),
          false));
    }
    more.add(new Observation("alpha", "doc9/x", false, "-", "common.repetition.often", "common.repetition", 0.6,
        List.of(), new DocumentFeatures(0, false, true, 0), false));
    CalibrationTable t2 = fit(more);
    double family = t2.prior("common.repetition.none", "common.repetition", 0.6, null);
    double rare = t2.prior("common.repetition.rare", "common.repetition", 0.6, null);
    double often = t2.prior("common.repetition.often", "common.repetition", 0.6, null);
    assertTrue(family - rare < (family - often) / 3, family + ", one: " + rare + ", thirty: " + often);
  }

  @Test
  void observationsRoundTripThroughTheirFile() throws IOException {
    List<Observation> obs = fixture();
    assertEquals(obs, Observation.read(Observation.write(obs)));
  }

  private static List<CalibrationTable.Entry> entries(CalibrationTable t) {
    return t.entries();
  }
}
