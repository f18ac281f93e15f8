package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Finding;

/**
 * Diffs calque's findings on the regression articles in corpora/regression (the project's own
 * MT-style texts, one per artifact family, plus clean controls) against the committed
 * expected.tsv, so a rule change that adds noise or loses a catch shows up as a failing line.
 * Run with -Dregression.update=true to rewrite expected.tsv after an intended change; the actual
 * findings are always written to target/regression-actual.tsv.
 */
class RegressionCorpusTest {
  private static final Path DIR = Path.of("corpora", "regression");
  private static final Path EXPECTED = DIR.resolve("expected.tsv");

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
    Files.write(Path.of("target", "regression-actual.tsv"), actual, StandardCharsets.UTF_8);
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
    assertTrue(problems.isEmpty(), "findings differ from corpora/regression/expected.tsv (see target/"
        + "regression-actual.tsv; rerun with -Dregression.update=true if the change is intended):\n"
        + String.join("\n", problems));
  }

  /** Files named *.es-en.txt are checked as translated from Spanish; others with the source inferred. */
  private static List<String> findings(Path f) throws IOException {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    String name = f.getFileName().toString();
    Checker checker = Engines.light(name.endsWith(".es-en.txt") ? "es" : null);
    DocumentResult r = checker.check(name, text);
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
