package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import dev.calque.Shared;
import dev.calque.rule.Finding;

/**
 * The user's sample article (../shared, third-party text): the three artifacts they named. Skipped,
 * saying so, where ../shared is absent; LanguageToolBridgeTest and LanguageToolGrammarModeTest cover
 * LanguageTool's path on the bundled sample without it.
 */
class SampleArticleTest {
  @Test
  void findsTheThreeNamedArtifactsWithTheRightTopSuggestion() throws Exception {
    assertNamedArtifacts(Engines.light("es"));
  }

  @Test
  void languageToolsRulesDoNotDisplaceThem() throws Exception {
    assertNamedArtifacts(Engines.full("es"));
  }

  /**
   * With no source given, as a copy editor first runs it: the article must read as Spanish-sourced,
   * or the pair lexicons never run. The first fit of the inference thresholds, aimed at sentences
   * read alone, left it unknown.
   */
  @Test
  void itsSourceIsInferredWhenNoneIsGiven() throws Exception {
    Path sample = Shared.require("samples/es-en/belarus-china-visit.en.txt");
    DocumentResult r = Engines.light(null).check(sample.toString(), Files.readString(sample));
    assertEquals("es", r.sourceLanguage(), r.notes().toString());
    assertNamedArtifacts(Engines.light(null));
  }

  private static void assertNamedArtifacts(Checker checker) throws Exception {
    Path sample = Shared.require("samples/es-en/belarus-china-visit.en.txt");
    String text = Files.readString(sample);
    DocumentResult r = checker.check(sample.toString(), text);
    List<Finding> visible = r.findings().stream().filter(f -> f.confidence() >= 0.5).toList();
    String all = visible.stream().map(f -> text.substring(f.start(), f.end()) + " -> "
        + (f.best() == null ? "-" : f.best().replacement()) + " [" + f.ruleId() + "]").collect(Collectors.joining("\n"));

    assertTop(text, visible, "for the sake of of", "of of", "of", all);
    assertTop(text, visible, "loyal squires", "squires", "henchmen", all);
    assertTop(text, visible, "his sera", "his sera", "its vaccines", all);
  }

  private static void assertTop(String text, List<Finding> findings, String context, String span, String expected,
      String all) {
    int at = text.indexOf(context) + context.indexOf(span);
    Finding f = findings.stream().filter(x -> x.start() == at && x.end() == at + span.length()).findFirst()
        .orElse(null);
    assertTrue(f != null, "no finding on '" + span + "'; found:\n" + all);
    assertEquals(expected, f.best().replacement(), all);
  }
}
