package dev.calque.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Diffs calque's findings on the regression articles in corpora/regression (the project's own
 * MT-style texts, one per artifact family, plus clean controls) against the committed
 * expected.tsv, so a rule change that adds noise or loses a catch shows up as a failing line.
 * Run with -Dregression.update=true to rewrite expected.tsv after an intended change; the actual
 * findings are always written to target/regression-actual.tsv.
 */
class RegressionCorpusTest {
  /** Files named *.es-en.txt are checked as translated from Spanish, and so on; others with the source inferred. */
  @Test
  void findingsMatchTheCommittedBaseline() throws IOException {
    RegressionBaseline.assertMatches(Path.of("corpora", "regression"), "regression-actual.tsv",
        name -> Engines.light(source(name)));
  }

  /** The source a file names (*.fr-en.txt: fr), or null (clean controls: the source is inferred). */
  static String source(String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(".*\\.([a-z]{2})-en\\.txt").matcher(name);
    return m.matches() ? m.group(1) : null;
  }
}
