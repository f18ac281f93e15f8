package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.Shared;

/** calibrate --inference: the committed thresholds come out of the committed data and the shared data, byte for byte. */
class InferenceCalibrationCliTest {
  private static final Path COMMITTED = Path.of("rules", "calibration", "inference.tsv");

  @Test
  void theCommandReproducesTheCommittedTable(@TempDir Path dir) throws IOException {
    Path data = Shared.require("data");
    Run r = Run.of("calibrate", "--inference", "--fresh", "--data", data.toString(), "--inference-observations",
        dir.resolve("obs").toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8),
        Files.readString(dir.resolve("out/inference.tsv"), StandardCharsets.UTF_8),
        "rules/calibration/inference.tsv is not what calque calibrate --inference --fresh fits now: rerun it and "
            + "commit the table (and the numbers it changes in README and docs/source-inference.md)");
  }

  @Test
  void theProjectsOwnDocumentsAloneFitTheSameTableTwice(@TempDir Path dir) throws IOException {
    String[] args = {"calibrate", "--inference", "--data", dir.resolve("no-shared-data").toString(),
        "--inference-observations", dir.resolve("obs").toString(), "--out", dir.resolve("out").toString()};
    Run first = Run.of(args);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("no shared data (skipped"), first.out());
    String table = Files.readString(dir.resolve("out/inference.tsv"), StandardCharsets.UTF_8);
    // the saved observations are reused, and the same observations give the same table
    Run again = Run.of(args);
    assertTrue(again.out().contains("inference observations saved in"), again.out());
    assertEquals(table, Files.readString(dir.resolve("out/inference.tsv"), StandardCharsets.UTF_8));
    assertTrue(table.contains("\nen\tfr\t"), table);
    // fitted to take no fitting document for a source it was not translated from
    assertTrue(table.lines().filter(l -> l.startsWith("#   fit ")).allMatch(l -> l.endsWith("/0")), table);
  }

  @Test
  void nothingToFitIsAUsageError(@TempDir Path empty) {
    Run r = Run.of("calibrate", "--inference", "--fit-only", "--inference-observations", empty.toString(), "--out",
        empty.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no inference observations"), r.err());
  }
}
