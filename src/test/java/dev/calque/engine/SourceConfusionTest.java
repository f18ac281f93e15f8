package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source inference on the regression articles, with the source left to calque: an article
 * translated from one language is never taken for another (Spanish, French, Italian and Portuguese
 * share many calques), clean controls are taken for none, and each pair's articles read together
 * are recognised. A single article may stay unknown when it shows too few artifacts of its own.
 */
class SourceConfusionTest {
  private static final Path DIR = Path.of("corpora", "regression");

  @Test
  void noArticleIsTakenForAnotherSource() throws IOException {
    List<String> confused = new ArrayList<>();
    Map<String, int[]> bySource = new TreeMap<>(); // source -> {articles, inferred right, unknown}
    Map<String, StringBuilder> together = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String truth = RegressionCorpusTest.source(name);
        String inferred = Engines.light(null).check(name, text).sourceLanguage();
        int[] counts = bySource.computeIfAbsent(String.valueOf(truth), k -> new int[3]);
        counts[0]++;
        if (inferred == null) {
          counts[2]++;
        } else if (inferred.equals(truth)) {
          counts[1]++;
        } else {
          confused.add(name + " (" + (truth == null ? "clean control" : truth) + ") taken for " + inferred);
        }
        if (truth != null) {
          together.computeIfAbsent(truth, k -> new StringBuilder()).append(text).append("\n\n");
        }
      }
    }
    bySource.forEach((source, c) -> System.out.printf("source inference on the regression articles, %s: %d articles, "
        + "%d recognised, %d unknown%n", source.equals("null") ? "clean controls" : source, c[0], c[1], c[2]));
    assertEquals(List.of(), confused);
    together.forEach((source, text) -> assertEquals(source,
        Engines.light(null).check(source + " articles", text.toString()).sourceLanguage(),
        "the " + source + " articles read together"));
    assertTrue(bySource.containsKey("null"), "the corpus has clean controls");
  }
}
