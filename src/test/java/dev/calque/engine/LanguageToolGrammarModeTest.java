package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Category;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;

/**
 * Grammar mode (the default: calque's rules and LanguageTool's over one full analysis) end to end
 * through the Checker, against --no-grammar on the same text: calque's findings are the same in both
 * modes, LanguageTool's are added where no calque finding covers them, findings stay sorted and their
 * offsets point into the text. Uses the bundled sample and sentences written here; nothing from
 * ../shared. The Checkers are the shared ones of {@link Engines}.
 */
class LanguageToolGrammarModeTest {
  /** Errors only LanguageTool catches, none of them a calque artifact. */
  private static final String OWN_ERRORS =
      "He go to school every days. The goverment met  the delegation of Alexander lukashenko (in Madrid ) and "
          + "Mr Zhytomyrski.";

  private static Checker grammar() {
    return Engines.full("es");
  }

  private static Checker noGrammar() {
    return Engines.light("es");
  }

  private static String show(String text, List<Finding> findings) {
    return findings.stream().map(f -> f.engine().label() + " " + f.ruleId() + " [" + text.substring(f.start(), f.end())
        + "]@" + f.start()).collect(Collectors.joining("\n"));
  }

  private static List<Finding> of(List<Finding> findings, Engine engine) {
    return findings.stream().filter(f -> f.engine() == engine).toList();
  }

  /** A calque finding as compared across modes: rule, span, best suggestion and confidence. */
  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + "@" + f.start() + "-" + f.end() + "->"
        + (f.best() == null ? "-" : f.best().replacement()) + " " + f.confidence()).toList();
  }

  private static Finding at(String text, List<Finding> findings, String span) {
    int start = text.indexOf(span);
    assertTrue(start >= 0, span);
    return findings.stream().filter(f -> f.start() == start && f.end() == start + span.length()).findFirst()
        .orElseThrow(() -> new AssertionError("no finding on '" + span + "':\n" + show(text, findings)));
  }

  @Test
  void languageToolsFindingsAppearOnlyInGrammarMode() {
    String text = OWN_ERRORS;
    List<Finding> found = grammar().check("own.txt", text).findings();
    Finding go = at(text, found, "go");
    assertEquals("languagetool", go.engine().label());
    assertEquals("languagetool.HE_VERB_AGR", go.ruleId());
    assertEquals(Category.GRAMMAR, go.category());
    Finding spelling = at(text, found, "goverment");
    assertEquals(Category.SPELLING, spelling.category());
    assertEquals("government", spelling.best().replacement());
    assertEquals(Category.PUNCTUATION, at(text, found, "  ").category());
    assertEquals(")", at(text, found, " )").best().replacement());
    for (String name : List.of("lukashenko", "Zhytomyrski")) {
      int s = text.indexOf(name);
      // "Check this name" (en.names.unknown-name) may point at it; nothing may call it a misspelling.
      assertTrue(found.stream().noneMatch(f -> f.start() < s + name.length() && s < f.end()
          && !f.ruleId().equals("en.names.unknown-name")),
          name + " is a name, not a misspelling:\n" + show(text, found));
    }
    assertEquals(List.of(), of(noGrammar().check("own.txt", text).findings(), Engine.LANGUAGETOOL),
        "--no-grammar runs no LanguageTool rule");
  }

  @Test
  void aLanguageToolMatchOverlappingACalqueFindingIsDropped() {
    String text = "The minister spoke for the sake of of both economies.";
    // LanguageTool on its own flags the doubled word ...
    LanguageToolBridgeTest.Bridged b = LanguageToolBridgeTest.bridge(text);
    assertEquals("languagetool.ENGLISH_WORD_REPEAT_RULE", b.at("of of").ruleId());
    // ... and so does calque; only calque's finding is shown.
    List<Finding> found = grammar().check("t.txt", text).findings();
    assertEquals(1, found.size(), show(text, found));
    assertEquals("common.repetition.word", found.get(0).ruleId());
    assertEquals(Engine.CALQUE, found.get(0).engine());
    assertEquals("of", found.get(0).best().replacement());
  }

  @Test
  void adjacentCalqueFindingsAreJoinedInGrammarModeToo() {
    String text = "China sent Belarus doses of his sera last week.";
    for (Checker c : List.of(grammar(), noGrammar())) {
      List<Finding> found = c.check("t.txt", text).findings();
      Finding joined = at(text, found, "his sera");
      assertEquals("en.pronoun.possessive-leak+es-en.false-friend.suero", joined.ruleId());
      assertEquals("its vaccines", joined.best().replacement());
      assertEquals(1, found.size(), show(text, found));
    }
  }

  @Test
  void onTheBundledSampleEveryLanguageToolMatchYieldsToTheCalqueFindingItOverlaps() throws IOException {
    String text = Files.readString(LanguageToolBridgeTest.SAMPLE);
    DocumentResult light = noGrammar().check("sample.txt", text);
    DocumentResult full = grammar().check("sample.txt", text);
    assertEquals(keys(light.findings()), keys(of(full.findings(), Engine.CALQUE)),
        "calque's findings on the sample differ between --no-grammar and grammar mode");
    assertTrue(light.findings().size() >= 20, show(text, light.findings()));
    assertEquals(light.words(), full.words());

    // LanguageTool does match on the sample (the thousands dots, the doubled "of", the dash in the
    // time stamp), but each match overlaps a calque finding, so none is shown.
    List<Finding> raw = LanguageToolBridgeTest.bridge(text).findings();
    assertTrue(raw.size() >= 5, "LanguageTool's matches on the sample: " + show(text, raw));
    for (Finding lt : raw) {
      assertTrue(full.findings().stream().anyMatch(f -> f.engine() == Engine.CALQUE && f.overlaps(lt)),
          "no calque finding overlaps " + lt.ruleId() + " at " + lt.start());
    }
    assertEquals(List.of(), of(full.findings(), Engine.LANGUAGETOOL), show(text, full.findings()));
  }

  @Test
  void theSampleWithErrorsOfOurOwnGetsTheSameCalqueFindingsPlusLanguageTools() throws IOException {
    String text = Files.readString(LanguageToolBridgeTest.SAMPLE).stripTrailing() + "\n\n" + OWN_ERRORS + "\n";
    int own = text.indexOf(OWN_ERRORS);
    DocumentResult light = noGrammar().check("sample.txt", text);
    DocumentResult full = grammar().check("sample.txt", text);
    List<Finding> calque = of(full.findings(), Engine.CALQUE);
    List<Finding> lt = of(full.findings(), Engine.LANGUAGETOOL);

    assertEquals(keys(light.findings()), keys(calque), "calque's findings differ between the modes");
    assertEquals(List.of(), of(light.findings(), Engine.LANGUAGETOOL));
    List<String> spans = lt.stream().map(f -> text.substring(f.start(), f.end())).toList();
    assertEquals(List.of("go", "days", "goverment", "  ", " )"), spans, show(text, full.findings()));
    assertTrue(lt.stream().allMatch(f -> f.start() >= own), "LanguageTool's findings are all in our paragraph");
    assertEquals(light.findings().size() + lt.size(), full.findings().size());
    assertWellFormed(text, full.findings());
  }

  /** Sorted by position, offsets inside the text on character boundaries, no LanguageTool finding over calque's. */
  private static void assertWellFormed(String text, List<Finding> findings) {
    List<String> problems = new ArrayList<>();
    Finding prev = null;
    for (Finding f : findings) {
      if (prev != null && (f.start() < prev.start() || (f.start() == prev.start() && f.end() < prev.end()))) {
        problems.add("out of order: " + f.ruleId() + "@" + f.start() + " after " + prev.ruleId() + "@" + prev.start());
      }
      prev = f;
      if (!(0 <= f.start() && f.start() < f.end() && f.end() <= text.length())) {
        problems.add("span outside the text: " + f);
        continue;
      }
      if (CodePoints.splitsPair(text, f.start()) || CodePoints.splitsPair(text, f.end())) {
        problems.add("span splits a character: " + f);
      }
      if (!Category.isKnown(f.category())) {
        problems.add("unknown category: " + f);
      }
      if (f.ruleId().startsWith("languagetool.") != (f.engine() == Engine.LANGUAGETOOL)) {
        problems.add("rule id and engine disagree: " + f);
      }
      if (f.engine() == Engine.LANGUAGETOOL) {
        for (Finding g : findings) {
          if (g.engine() == Engine.CALQUE && g.overlaps(f)) {
            problems.add(f.ruleId() + "@" + f.start() + " overlaps calque's " + g.ruleId() + "@" + g.start());
          }
        }
      }
    }
    assertFalse(findings.isEmpty());
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }
}
