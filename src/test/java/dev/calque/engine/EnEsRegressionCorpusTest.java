package dev.calque.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The English-to-Spanish regression articles in corpora/regression/en-es (the project's own
 * MT-style Spanish, one per artifact family, and clean Spanish controls), diffed against their
 * expected.tsv as {@link RegressionCorpusTest} does for English. Files named *.en-es.txt are checked
 * as Spanish translated from English; the others as Spanish with the source inferred, so a clean
 * control also shows that inference does not take clean Spanish for a translation.
 */
class EnEsRegressionCorpusTest {
  private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

  @Test
  void findingsMatchTheCommittedBaseline() throws IOException {
    RegressionBaseline.assertMatches(Path.of("corpora", "regression", "en-es"), "regression-en-es-actual.tsv",
        name -> checker(name.endsWith(".en-es.txt") ? "en" : null));
  }

  private static Checker checker(String source) {
    return CHECKERS.computeIfAbsent(String.valueOf(source), s -> Engines.runtime().checker(
        CheckOptions.forLanguage("es").withGrammar(false).withSourceLanguage(source)));
  }
}
