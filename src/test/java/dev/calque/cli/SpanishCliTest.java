package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lang es on the command line, and the list of targets an unknown code is told. */
class SpanishCliTest {
  @TempDir
  Path dir;

  @Test
  void checkDashLangEsFindsSpanishArtifacts() throws Exception {
    Path mt = Files.writeString(dir.resolve("mt.txt"), "Unas 25,000 personas marcharon por el el centro.\n"
        + "Qué pasará ahora?\n");
    Run r = Run.of("check", "--lang", "es", "--no-grammar", mt.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("es.numbers.thousands-comma"), r.out());
    assertTrue(r.out().contains("common.repetition.word"), r.out());
    assertTrue(r.out().contains("es.punctuation.opening-question-mark"), r.out());

    Path clean = Files.writeString(dir.resolve("clean.txt"), dev.calque.engine.SpanishTargetTest.CLEAN);
    Run quiet = Run.of("check", "--lang", "es", "--no-grammar", clean.toString());
    assertEquals(0, quiet.code(), quiet.out() + quiet.err());
  }

  @Test
  void anUnknownLanguageListsTheTargets() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Texto.\n");
    Run r = Run.of("check", "--lang", "xx", "--no-grammar", a.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown language 'xx'; calque checks: en, es"), r.err());
  }

  @Test
  void theHelpListsTheTargets() {
    Run r = Run.of("check", "--help");
    String targets = String.join(", ", dev.calque.engine.Engines.runtime().languages());
    assertTrue(r.out().contains("Language of the text (" + targets + ";"), r.out());
  }

  @Test
  void rulesTestRunsSpanishExamplesInSpanish() {
    Run r = Run.of("rules", "test");
    assertEquals(0, r.code(), r.out());
  }
}
