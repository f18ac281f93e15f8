package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;
import dev.calque.analysis.Document;
import dev.calque.lexicon.EntityMention;
import dev.calque.rule.Category;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;

/**
 * LanguageTool's matches as calque passes them on, checked on the bridge alone (no calque rules, no
 * merge): grammar and typography matches become findings of engine languagetool with an MQM category
 * and the prior rules/languagetool/en.yaml gives them; spelling alarms are kept for near-typos of
 * common words and dropped for names. Each "dropped" case first checks that LanguageTool itself does
 * raise the alarm, so the test fails if the bridge stops filtering, not only if LanguageTool changes.
 * Uses the bundled sample and sentences written here; nothing from ../shared.
 */
class LanguageToolBridgeTest {
  static final Path SAMPLE = Path.of("corpora", "samples", "es-en", "lithium-deal.en.txt");
  private static final String SPELLING_RULE = "MORFOLOGIK_RULE_EN_US";
  private static JsonNode policy;

  @BeforeAll
  static void readPolicy() throws IOException {
    policy = new ObjectMapper(new YAMLFactory()).readTree(Path.of("rules", "languagetool", "en.yaml").toFile());
  }

  /** What the bridge made of a text, beside LanguageTool's own matches on it. */
  record Bridged(String text, List<Finding> findings, List<RuleMatch> raw, RuleContext context) {
    Finding at(String span) {
      int start = text.indexOf(span);
      assertTrue(start >= 0, span);
      return findings.stream().filter(f -> f.start() == start && f.end() == start + span.length()).findFirst()
          .orElseThrow(() -> new AssertionError("no finding on '" + span + "'; found: " + show()));
    }

    boolean anyOn(String word) {
      int start = text.indexOf(word);
      assertTrue(start >= 0, word);
      return findings.stream().anyMatch(f -> f.start() < start + word.length() && start < f.end());
    }

    RuleMatch rawOn(String word) {
      int start = text.indexOf(word);
      return raw.stream().filter(m -> m.getFromPos() <= start && start + word.length() <= m.getToPos()).findFirst()
          .orElse(null);
    }

    String show() {
      return findings.stream().map(f -> f.ruleId() + " [" + text.substring(f.start(), f.end()) + "]")
          .collect(Collectors.joining(", "));
    }
  }

  /**
   * Runs the bridge as the Checker does: the text analysed in full by a pooled LanguageTool (the one
   * Engines.full uses), then LanguageTool's rules over that analysis.
   */
  static Bridged bridge(String text) {
    try (LanguageToolBridge.Lease lease = Engines.runtime().borrowLanguageTool("en", CheckOptions.defaults().minConfidence())) {
      Document doc = Engines.runtime().analyzer("en").analyze("test", text, lease.tool());
      RuleContext ctx = new RuleContext(doc, Engines.runtime().morphology("en"), Engines.runtime().gazetteer("en"), null);
      List<Finding> found = LanguageToolBridge.check(lease, ctx);
      List<RuleMatch> raw;
      try {
        raw = lease.tool().check(text);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(List.of(), ctx.problems(), "the bridge reported a problem");
      return new Bridged(text, found, raw, ctx);
    }
  }

  private static double prior(String section, String key) {
    JsonNode v = policy.path(section).path(key);
    assertTrue(v.isNumber(), "rules/languagetool/en.yaml has no number at " + section + "." + key);
    return v.asDouble();
  }

  private static String categoryOf(RuleMatch m) {
    return m.getRule().getCategory().getId().toString();
  }

  @Test
  void aGrammarErrorBecomesALanguageToolFindingWithItsCategoryAndPrior() {
    Bridged b = bridge("He go to school every days.");
    Finding go = b.at("go");
    assertEquals("languagetool.HE_VERB_AGR", go.ruleId());
    assertEquals(Engine.LANGUAGETOOL, go.engine());
    assertEquals(Category.GRAMMAR, go.category());
    assertEquals("goes", go.best().replacement());
    assertEquals(prior("category-priors", categoryOf(b.rawOn("go"))), go.confidence(), 1e-9,
        "HE_VERB_AGR takes its LanguageTool category's prior from en.yaml");
    assertFalse(go.message().contains("<suggestion>"), go.message());

    Finding days = b.at("days");
    assertEquals("languagetool.EVERY_EACH_SINGULAR", days.ruleId());
    assertEquals(Category.GRAMMAR, days.category());
    assertEquals("day", days.best().replacement());
  }

  @Test
  void aDoubledSpaceAndASpaceBeforeAParenthesisArePunctuation() {
    Bridged b = bridge("The minister spoke  to reporters (in the capital ) on Friday.");
    Finding spaces = b.at("  ");
    assertEquals("languagetool.CONSECUTIVE_SPACES", spaces.ruleId());
    assertEquals(Category.PUNCTUATION, spaces.category());
    assertEquals(" ", spaces.best().replacement());
    Finding paren = b.at(" )");
    assertEquals("languagetool.COMMA_PARENTHESIS_WHITESPACE", paren.ruleId());
    assertEquals(Category.PUNCTUATION, paren.category());
    assertEquals(")", paren.best().replacement());
    assertEquals(prior("category-priors", categoryOf(b.rawOn(" )"))), paren.confidence(), 1e-9);
  }

  @Test
  void aRulePriorInTheYamlWinsOverTheCategoryPrior() {
    Bridged b = bridge("He said it was a a mistake.");
    Finding repeat = b.at("a a");
    assertEquals("languagetool.ENGLISH_WORD_REPEAT_RULE", repeat.ruleId());
    assertEquals(prior("rule-priors", "ENGLISH_WORD_REPEAT_RULE"), repeat.confidence(), 1e-9);
    assertEquals("a", repeat.best().replacement());
  }

  @Test
  void aMisspeltCommonWordIsReportedWithItsCorrection() {
    Bridged b = bridge("The goverment announced a new plan on Monday.");
    Finding f = b.at("goverment");
    assertEquals("languagetool." + SPELLING_RULE, f.ruleId());
    assertEquals(Category.SPELLING, f.category());
    assertEquals("government", f.best().replacement());
    assertTrue(f.confidence() > prior("category-priors", categoryOf(b.rawOn("goverment"))),
        "a typo one edit from its correction is more likely an error than the spelling prior: " + f.confidence());
    assertEquals(1, b.findings().size(), b.show());
  }

  @Test
  void spellingIsKeptOnlyForNearTypos() {
    Bridged b = bridge("The goverment, the goverrnmet, the blorptastic mood and the fjordlandish coast.");
    // One edit and two edits from "government": both kept, the farther one less confident.
    Finding one = b.at("goverment");
    Finding two = b.at("goverrnmet");
    assertEquals("government", two.best().replacement());
    assertTrue(two.confidence() < one.confidence(), one.confidence() + " vs " + two.confidence());
    // LanguageTool flags both of these; its best guess is far away or missing: a rare word, not a typo.
    for (String word : List.of("blorptastic", "fjordlandish")) {
      assertNotNull(b.rawOn(word), "LanguageTool itself flags " + word);
      assertFalse(b.anyOn(word), word + " was passed on: " + b.show());
    }
  }

  @Test
  void aCapitalisedUnknownNameIsNotReportedAsMisspelt() {
    Bridged b = bridge("Mr Zhytomyrski met the delegation in the capital yesterday.");
    RuleMatch raw = b.rawOn("Zhytomyrski");
    assertNotNull(raw, "LanguageTool itself flags Zhytomyrski");
    assertEquals(SPELLING_RULE, raw.getRule().getId());
    assertFalse(b.anyOn("Zhytomyrski"), b.show());
  }

  @Test
  void gazetteerNamesAreNotReportedAsMisspelt() {
    // A lower-case surname inside a known name (as MT sometimes writes it): only the gazetteer saves it.
    Bridged named = bridge("The talks with Alexander lukashenko and Alyaksandr Lukashenka and BelTA ended.");
    for (String word : List.of("lukashenko", "Alyaksandr", "Lukashenka", "BelTA")) {
      assertNotNull(named.rawOn(word), "LanguageTool itself flags " + word);
      assertFalse(named.anyOn(word), word + " was passed on: " + named.show());
    }
    int at = named.text().indexOf("Alexander lukashenko");
    assertTrue(named.context().mentions().stream().map(EntityMention::start).anyMatch(s -> s == at),
        "the gazetteer knows Alexander Lukashenko");
    assertEquals(List.of(), named.findings(), named.show());

    // The same word outside a known name is a spelling finding.
    Bridged bare = bridge("The talks with president lukashenko ended.");
    assertEquals("languagetool." + SPELLING_RULE, bare.at("lukashenko").ruleId());
  }

  @Test
  void onTheBundledSampleEveryMatchBecomesAWellFormedFindingAndNamesAreLeftAlone() throws IOException {
    String text = Files.readString(SAMPLE);
    Bridged b = bridge(text);
    assertFalse(b.findings().isEmpty(), "LanguageTool finds something in the sample");
    for (Finding f : b.findings()) {
      assertEquals(Engine.LANGUAGETOOL, f.engine(), f.toString());
      assertTrue(f.ruleId().startsWith("languagetool."), f.toString());
      assertTrue(Category.isKnown(f.category()), f.toString());
      assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f.toString());
      assertTrue(f.confidence() > 0 && f.confidence() <= 1, f.toString());
      assertTrue(f.suggestions().size() <= 3, f.toString());
      assertFalse(f.message().isBlank() || f.message().contains("<suggestion>"), f.message());
    }
    // "2.000 million euros": the Spanish thousands dot, flagged with the English form.
    Finding dot = b.at("2.000");
    assertEquals("languagetool.COMMA_PERIOD_CONFUSION", dot.ruleId());
    assertEquals(Category.PUNCTUATION, dot.category());
    assertEquals("2,000", dot.best().replacement());
    // LanguageTool calls these names misspelt; the bridge keeps none of them.
    for (String name : List.of("Moncloa", "EPE")) {
      RuleMatch raw = b.rawOn(name);
      assertNotNull(raw, "LanguageTool itself flags " + name);
      assertEquals(SPELLING_RULE, raw.getRule().getId());
      assertFalse(b.anyOn(name), name + " was passed on: " + b.show());
    }
    assertTrue(b.findings().stream().noneMatch(f -> f.category().equals(Category.SPELLING)), b.show());
  }
}
