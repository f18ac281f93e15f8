package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import dev.calque.analysis.Document;
import dev.calque.engine.LanguageToolBridge;
import dev.calque.engine.Engines;

/**
 * Every example of every bundled rule, run in its own target language (Engines.language) through the
 * full analysis (LanguageTool's tokenizer and disambiguator, as in grammar mode) instead of the light
 * one {@link ExampleRunner} uses: a firing
 * example must fire on its marked span with its correction, and not again on the corrected text; a
 * clean example must stay clean. Only calque's own rules run; LanguageTool's findings are not looked
 * at. All examples that behave differently are listed at once, with what the light analysis gives.
 */
class RuleExamplesFullAnalysisTest {
  @Test
  void everyExampleBehavesUnderTheFullAnalysisAsUnderTheLightOne() {
    List<String> mismatches = new ArrayList<>();
    int examples = 0;
    java.util.Map<String, List<Rule>> byLanguage = new java.util.TreeMap<>();
    for (Rule rule : Engines.runtime().bundledRules()) {
      byLanguage.computeIfAbsent(Engines.language(rule), k -> new ArrayList<>()).add(rule);
    }
    for (var entry : byLanguage.entrySet()) {
      try (LanguageToolBridge.Lease lease = Engines.runtime().borrowLanguageTool(entry.getKey(), 0)) {
        JLanguageTool full = lease.tool();
        for (Rule rule : entry.getValue()) {
          for (Example e : rule.spec().examples()) {
            examples++;
            String light = verdict(rule, e, null);
            String underFull = verdict(rule, e, full);
            if (underFull != null) {
              mismatches.add(rule.id() + (e.mustFire() ? " fire " : " clean ") + quote(e.marked()) + "\n    light: "
                  + (light == null ? "as expected" + describe(e.text(), findings(rule, e.text(), null)) : light)
                  + "\n    full:  " + underFull);
            }
          }
        }
      }
    }
    assertTrue(examples >= 400, "expected the bundled catalogue's examples, found " + examples);
    assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + examples
        + " rule examples behave differently under LanguageTool's full analysis:\n" + String.join("\n", mismatches));
  }

  /** This test's runner judges the light analysis as ExampleRunner does, so the two cannot drift apart. */
  @Test
  void underTheLightAnalysisThisRunnerAgreesWithExampleRunner() {
    List<String> disagreements = new ArrayList<>();
    for (Rule rule : Engines.runtime().bundledRules()) {
      String lang = Engines.language(rule);
      boolean runnerOk = ExampleRunner.run(rule, Engines.runtime().analyzer(lang), Engines.runtime().gazetteer(lang)).isEmpty();
      boolean oursOk = rule.spec().examples().stream().allMatch(e -> verdict(rule, e, null) == null);
      if (runnerOk != oursOk) {
        disagreements.add(rule.id() + ": ExampleRunner " + (runnerOk ? "passes" : "fails") + ", this test's runner "
            + (oursOk ? "passes" : "fails"));
      }
    }
    assertEquals(List.of(), disagreements, () -> String.join("\n", disagreements));
  }

  /**
   * Null when the example behaves (the rules of {@link ExampleRunner}), else what went wrong.
   *
   * @param full LanguageTool for the full analysis, or null for the light one
   */
  private static String verdict(Rule rule, Example e, JLanguageTool full) {
    List<Finding> found = findings(rule, e.text(), full);
    if (!e.mustFire()) {
      return found.isEmpty() ? null : "fired on the clean text" + describe(e.text(), found);
    }
    Finding hit = null;
    for (Finding f : found) {
      if (f.start() == e.start() && f.end() == e.end()) {
        hit = f;
      }
    }
    if (hit == null) {
      return "did not fire on the marked span" + describe(e.text(), found);
    }
    String best = hit.best() == null ? null : hit.best().replacement();
    if (!Objects.equals(e.correction(), best)) {
      return "fired with correction " + quote(best) + " instead of " + quote(e.correction());
    }
    String corrected = e.corrected();
    if (corrected != null && !corrected.isBlank()) {
      List<Finding> again = findings(rule, corrected, full);
      for (Finding f : again) {
        if (f.start() <= e.start() + e.correction().length() && e.start() <= f.end()) {
          return "fires again on the corrected text " + quote(corrected) + describe(corrected, again);
        }
      }
    }
    return null;
  }

  private static List<Finding> findings(Rule rule, String text, JLanguageTool full) {
    String lang = Engines.language(rule);
    Document doc = Engines.runtime().analyzer(lang).analyze("example", text, full);
    RuleContext ctx = new RuleContext(doc, Engines.runtime().morphology(lang), Engines.runtime().gazetteer(lang),
        rule.spec().sourceLanguage());
    List<Finding> out = new ArrayList<>();
    rule.check(ctx, out::add);
    return out;
  }

  private static String describe(String text, List<Finding> found) {
    if (found.isEmpty()) {
      return " (no findings)";
    }
    StringBuilder b = new StringBuilder(" (found:");
    for (Finding f : found) {
      b.append(" [").append(text, f.start(), f.end()).append("]@").append(f.start());
      if (f.best() != null) {
        b.append("->").append(quote(f.best().replacement()));
      }
    }
    return b.append(')').toString();
  }

  private static String quote(String s) {
    return s == null ? "none" : "\"" + s + "\"";
  }
}
