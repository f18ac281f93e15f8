package dev.calque.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property 1 and 2: `check --format json` over random files keeps its contract whatever the
 * text: exit 0/1/2 with 2 only for unreadable inputs (one stderr line each), stdout always one valid
 * JSON report listing every readable input, and every finding's span valid in the decoded text.
 */
class CheckFuzzTest {
  @Test
  void checkWithoutGrammarKeepsTheJsonContract() {
    Cli.counted("check-json-no-grammar", () -> Fuzz.forAll(Fuzz.spec("check-json-no-grammar", 120,
        DocFiles.inputs(4, Texts.document(false, 6000, 0.03)), DocFiles::shrink, DocFiles::show),
        files -> checkRun(files, "--no-grammar")));
  }

  /** LanguageTool costs 3-4 s to build (once, pooled) and much more per text: few, short inputs. */
  @Test
  void checkWithLanguageToolKeepsTheJsonContract() {
    Cli.counted("check-json-languagetool", () -> Fuzz.forAll(Fuzz.spec("check-json-languagetool", 20,
        DocFiles.inputs(2, Texts.document(false, 2000, 0)), DocFiles::shrink, DocFiles::show).shrinkFor(60_000),
        files -> checkRun(files)));
  }

  static void checkRun(List<DocFiles.Input> files, String... options) throws Exception {
    Path dir = DocFiles.tempDir();
    try {
      List<String> paths = DocFiles.write(dir, files);
      List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
      args.addAll(List.of(options));
      args.addAll(paths);
      Cli.verifyCheck(files, paths, Cli.run(args));
    } finally {
      DocFiles.delete(dir);
    }
  }
}
