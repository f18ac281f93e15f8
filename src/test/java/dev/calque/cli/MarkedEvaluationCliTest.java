package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --marked end to end: the checker's findings bring their suggestions to the measurement. */
class MarkedEvaluationCliTest {
  @Test
  void suggestionsOnMarkedArtifactsAreJudgedAgainstTheirCorrections(@TempDir Path dir) throws IOException {
    Path marked = dir.resolve("fr-en.txt");
    Files.write(marked, List.of("# sentences written for this test",
        "The [[ancient=>former]] minister of the Interior was questioned by the police on Tuesday.",
        "The [[ancient=>new]] minister of Justice answered the questions of the press.", // a gold no rule would give
        "The new bridge over the river opened on Monday."), StandardCharsets.UTF_8);
    Path examples = dir.resolve("examples.tsv");
    Run r = Run.of("evaluate", "--skip-languagetool", "--source-lang", "fr", "--marked", marked.toString(),
        "--examples", examples.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("artifacts found 2/2"), r.out());
    assertTrue(r.out().contains("suggestions on found artifacts: 2 applied, 1 right (50.0%)"), r.out());
    assertTrue(r.out().contains("expected calibration error"), r.out());
    List<String> lines = Files.readAllLines(examples, StandardCharsets.UTF_8);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("RIGHT\t") && l.endsWith("The former minister of the "
        + "Interior was questioned by the police on Tuesday.")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("WRONG\t")), lines.toString());
  }
}
