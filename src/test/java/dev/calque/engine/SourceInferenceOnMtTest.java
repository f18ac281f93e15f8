package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import dev.calque.Shared;
import dev.calque.eval.Evaluation;
import dev.calque.eval.MqmSet;

/**
 * Source inference cannot be fooled by machine translation: no document of the shared TED zh-en set
 * (each system's translation of a talk, read as one document; skipped when ../shared is absent) is
 * taken for Spanish, French or any source but Chinese, however often it repeats a name; WMT21 news
 * translated from Russian (a language calque has no pair for) is never given a source, and news
 * translated from Chinese only ever Chinese. The project's held-out sentences of each pair, read
 * together, are still recognised.
 */
class SourceInferenceOnMtTest {
  @Test
  void chineseSourcedTranslationIsNeverInferredAsAnotherSource() {
    MqmSet set = MqmSet.read(Shared.require("data/mqm/ted2021-zh-en"), -1);
    Checker checker = Engines.light(null);
    Map<String, List<String>> inferred = new TreeMap<>();
    int documents = 0;
    for (MqmSet.Document d : set.documents()) {
      documents++;
      Checker.SourceInferenceResult r = checker.inferSource(List.of(d.text()));
      if (r != null && r.language() != null && !r.language().equals("zh")) {
        inferred.computeIfAbsent(r.language(), k -> new ArrayList<>()).add(d.name() + " " + r.evidence());
      }
    }
    System.out.printf("source inference on TED zh-en: %d documents, %d inferred as another source %s%n", documents,
        inferred.values().stream().mapToInt(List::size).sum(), inferred.keySet());
    assertEquals(Map.of(), inferred, "Chinese-sourced documents taken for another pair's source (with their evidence)");
  }

  @Test
  void eachPairsHeldOutSentencesReadTogetherAreRecognised() throws IOException {
    Path dir = Path.of("corpora", "heldout");
    for (String source : List.of("fr", "pt", "it", "de")) {
      List<String> lines = new ArrayList<>();
      for (String l : Files.readAllLines(dir.resolve(source + "-en.txt"), StandardCharsets.UTF_8)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          lines.add(Evaluation.withoutMarks(l));
        }
      }
      Checker.SourceInferenceResult r = Engines.light(null).inferSource(lines);
      System.out.printf("source inference on the held-out %s-en sentences read together: %s %s%n", source,
          r == null ? null : r.language(), r == null ? "" : r.specific());
      assertEquals(source, r == null ? null : r.language(), source + "-en held-out sentences");
    }
  }

  /**
   * WMT21 news translated from Russian and from Chinese, each system's output read as one feed and in
   * 20-line documents. Russian: never a source (calque has no ru-en pair). Chinese: never a source but
   * Chinese, although Chinese MT of news about Germany shows German calques ("15 o'clock", "rescue
   * forces": at the hand-set thresholds each feed was taken for German), and each whole feed is
   * recognised as Chinese ("new crown pneumonia", "the reporter learned").
   */
  @Test
  void newsIsNeverTakenForASourceItWasNotTranslatedFrom() throws IOException {
    Checker checker = Engines.light(null);
    List<String> wrong = new ArrayList<>();
    List<String> feedsRecognised = new ArrayList<>();
    int documents = 0;
    for (String pair : List.of("ru-en", "zh-en")) {
      String truth = pair.equals("zh-en") ? "zh" : null;
      Path dir = Shared.require("data/wmt21-news/" + pair);
      try (var files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().contains(".hyp.")).sorted().toList()) {
          List<String> docs = new ArrayList<>(Evaluation.cleanDocuments(f, -1).values());
          String feed = Files.readString(f, StandardCharsets.UTF_8);
          docs.add(feed);
          for (String d : docs) {
            documents++;
            Checker.SourceInferenceResult r = checker.inferSource(List.of(d));
            String got = r == null ? null : r.language();
            if (got != null && !got.equals(truth)) {
              wrong.add(f.getFileName() + " (" + d.length() + " chars) as " + got + " " + r.evidence());
            }
            if (d == feed && got != null && got.equals(truth)) {
              feedsRecognised.add(f.getFileName().toString());
            }
          }
        }
      }
    }
    System.out.printf("source inference on WMT21 ru-en and zh-en MT: %d documents, %d taken for another source; "
        + "whole feeds recognised: %s%n", documents, wrong.size(), feedsRecognised);
    assertEquals(List.of(), wrong);
    assertEquals(3, feedsRecognised.size(), "each zh-en system's whole output recognised as Chinese: " + feedsRecognised);
  }
}
