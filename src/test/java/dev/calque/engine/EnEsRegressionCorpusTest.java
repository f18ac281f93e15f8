package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Finding;

/**
 * The English-to-Spanish regression articles in corpora/regression/en-es (the project's own
 * MT-style Spanish, one per artifact family, and clean Spanish controls), diffed against their
 * expected.tsv as {@link RegressionCorpusTest} does for English. Files named *.en-es.txt are checked
 * as Spanish translated from English; the others as Spanish with the source inferred, so a clean
 * control also shows that inference does not take clean Spanish for a translation.
 * -Dregression.update=true rewrites expected.tsv; the actual findings go to
 * target/regression-en-es-actual.tsv.
 */
class EnEsRegressionCorpusTest {
  private static final Path DIR = Path.of("corpora", "regression", "en-es");
  private static final Path EXPECTED = DIR.resolve("expected.tsv");
  private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

  @Test
  void findingsMatchTheCommittedBaseline() throws IOException {
    List<String> actual = new ArrayList<>();
    actual.add("# file\tline:column\trule\ttext\tbest suggestion\tconfidence");
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        actual.addAll(findings(f));
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "regression-en-es-actual.tsv"), actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("regression.update")) {
      Files.write(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    Set<String> expected = new LinkedHashSet<>(Files.readAllLines(EXPECTED, StandardCharsets.UTF_8));
    Set<String> got = new LinkedHashSet<>(actual);
    List<String> problems = new ArrayList<>();
    for (String e : expected) {
      if (!got.contains(e)) {
        problems.add("lost:  " + e);
      }
    }
    for (String a : got) {
      if (!expected.contains(a)) {
        problems.add("added: " + a);
      }
    }
    assertTrue(problems.isEmpty(), "findings differ from corpora/regression/en-es/expected.tsv (see target/"
        + "regression-en-es-actual.tsv; rerun with -Dregression.update=true if the change is intended):\n"
        + String.join("\n", problems));
  }

  private static Checker checker(String source) {
    return CHECKERS.computeIfAbsent(String.valueOf(source), s -> Engines.runtime().checker(
        CheckOptions.forLanguage("es").withGrammar(false).withSourceLanguage(source)));
  }

  private static List<String> findings(Path f) throws IOException {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    String name = f.getFileName().toString();
    DocumentResult r = checker(name.endsWith(".en-es.txt") ? "en" : null).check(name, text);
    List<String> out = new ArrayList<>();
    for (Finding x : r.findings()) {
      if (x.confidence() < 0.5) {
        continue;
      }
      out.add(String.join("\t", name, r.lines().line(x.start()) + ":" + r.lines().column(x.start()), x.ruleId(),
          text.substring(x.start(), x.end()).replace("\n", "\\n"), x.best() == null ? "-" : x.best().replacement(),
          String.format(java.util.Locale.ROOT, "%.2f", x.confidence())));
    }
    return out;
  }
}
