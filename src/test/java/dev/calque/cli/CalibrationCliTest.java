package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calibrate and evaluate's calibration report, on fixtures made for them. */
class CalibrationCliTest {
  private static final Path RES = Path.of("src", "test", "resources", "calibration");

  @Test
  void calibrateFitsSavedObservationsIntoTheExpectedTable(@TempDir Path out) throws IOException {
    Run r = Run.of("calibrate", "--fit-only", "--observations", RES.resolve("observations").toString(), "--out",
        out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(RES.resolve("expected/en.tsv"), StandardCharsets.UTF_8),
        Files.readString(out.resolve("en.tsv"), StandardCharsets.UTF_8));
    assertTrue(r.out().contains("en alpha held out:"), r.out());
  }

  @Test
  void calibrateWithNothingToFitIsAUsageError(@TempDir Path empty) {
    Run r = Run.of("calibrate", "--fit-only", "--observations", empty.toString(), "--out", empty.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no observations"), r.err());
  }

  @Test
  void evaluateReportsCalibrationAndDrawsItsDiagram(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("reliability.png");
    Run r = Run.of("evaluate", "--skip-languagetool", "--mqm", RES.resolve("mqm-tiny").toString(), "--chart",
        png.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("calque mqm-tiny: 6 segments"), r.out());
    assertTrue(r.out().contains("expected calibration error"), r.out());
    assertTrue(r.out().contains("precision of the top 5 per 1,000 words"), r.out());
    // "The the" at the start of a row and "for for" are doubled words raters marked or not: both are found.
    assertTrue(r.out().contains("common.repetition.word"), r.out());
    assertTrue(ImageIO.read(png.toFile()).getWidth() > 300);
    Run held = Run.of("evaluate", "--skip-languagetool", "--rows", "held-out", "--mqm",
        RES.resolve("mqm-tiny").toString());
    assertTrue(held.out().contains("(held-out rows)"), held.out());
    assertEquals(2, Run.of("evaluate", "--rows", "some", "--mqm", RES.resolve("mqm-tiny").toString()).code());
  }
}
