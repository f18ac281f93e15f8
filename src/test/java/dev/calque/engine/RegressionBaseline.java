package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import dev.calque.rule.Finding;

/**
 * A regression corpus folder (corpora/regression and its pair sub-folders): checks every .txt file
 * in it with the checker its name calls for and diffs the findings at confidence 0.5 and up against
 * the folder's expected.tsv. -Dregression.update=true rewrites expected.tsv; the actual findings are
 * always written to target/ under the given name.
 */
final class RegressionBaseline {
  private RegressionBaseline() {
  }

  static void assertMatches(Path dir, String actualName, Function<String, Checker> checkerForFile) throws IOException {
    Path expectedFile = dir.resolve("expected.tsv");
    List<String> actual = new ArrayList<>();
    actual.add("# file\tline:column\trule\ttext\tbest suggestion\tconfidence");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        actual.addAll(findings(checkerForFile.apply(name), name, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", actualName), actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("regression.update")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    Set<String> expected = new LinkedHashSet<>(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
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
    assertTrue(problems.isEmpty(), "findings differ from " + expectedFile + " (see target/" + actualName
        + "; rerun with -Dregression.update=true if the change is intended):\n" + String.join("\n", problems));
  }

  private static List<String> findings(Checker checker, String name, String text) {
    DocumentResult r = checker.check(name, text);
    List<String> out = new ArrayList<>();
    for (Finding x : r.findings()) {
      if (x.confidence() < 0.5) {
        continue;
      }
      out.add(String.join("\t", name, r.lines().line(x.start()) + ":" + r.lines().column(x.start()), x.ruleId(),
          text.substring(x.start(), x.end()).replace("\n", "\\n"), x.best() == null ? "-" : x.best().replacement(),
          String.format(Locale.ROOT, "%.2f", x.confidence())));
    }
    return out;
  }
}
