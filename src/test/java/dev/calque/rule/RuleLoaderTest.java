package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.analysis.Document;
import dev.calque.engine.Engines;
import dev.calque.rule.data.RuleFileException;
import dev.calque.rule.data.RuleLoader;
import dev.calque.rule.family.Evidence;

class RuleLoaderTest {
  private static final String GOOD = """
      rules:
        - id: en.test.colour
          kind: pattern
          category: locale/punctuation
          severity: minor
          prior: 0.6
          pattern: "colour"
          replace: ["color"]
          message: "US spelling is wanted in this house style."
          examples:
            fire:
              - text: "A [[colour]] photo."
                correction: "color"
            clean:
              - "A color photo."
      """;

  /** A java rule: the family and its params instead of a pattern. */
  private static final String JAVA = """
      rules:
        - id: en.test.doubled
          kind: java
          family: word-repetition
          category: fluency/grammar
          severity: minor
          prior: 0.6
          message: "A word printed twice in a row, as MT loops do."
          examples:
            fire:
              - text: "It was [[the the]] end."
                correction: "the"
            clean:
              - "It was the end."
      """;

  /** A lexicon rule. */
  private static final String LEXICON = """
      rules:
        - id: en.test.colour
          kind: lexicon
          category: fluency/spelling
          severity: minor
          prior: 0.6
          match: [colour]
          suggest: [color]
          message: "US spelling is wanted in this house style: '{suggestion}'."
          examples:
            fire:
              - text: "A [[colour]] photo."
                correction: "color"
            clean:
              - "A color photo."
      """;

  private final RuleLoader loader = new RuleLoader();

  @TempDir
  Path dir;

  @Test
  void loadsAWellFormedFile() {
    List<Rule> rules = loader.parse("rules/en/test.yaml", "en", GOOD);
    assertEquals(1, rules.size());
    assertEquals("en.test.colour", rules.get(0).id());
    assertEquals(List.of(), Engines.examples(rules.get(0)));
  }

  @Test
  void unknownKeyNamesFileLineAndKey() {
    String bad = GOOD.replace("    severity: minor", "    severity: minor\n    colour: red");
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", bad));
    assertTrue(e.getMessage().startsWith("x.yaml:6:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
  }

  @Test
  void badValuesNameTheKey() {
    assertMessage(GOOD.replace("locale/punctuation", "fluency/nonsense"), "x.yaml:2: category:");
    assertMessage(GOOD.replace("severity: minor", "severity: huge"), "x.yaml:2: severity:");
    assertMessage(GOOD.replace("prior: 0.6", "prior: 1.5"), "x.yaml:2: prior:");
    assertMessage(GOOD.replace("pattern: \"colour\"", "pattern: \"col(our\""), "x.yaml:2: pattern:");
    assertMessage(GOOD.replace("en.test.colour", "es-en.test.colour"), "id:");
  }

  @Test
  void everyKindRefusesKeysOfOtherKindsAtTheKeysLine() {
    assertExactly(GOOD.replace("    replace: [\"color\"]", "    replace: [\"color\"]\n    match: [colour]"),
        "x.yaml:9: key: 'match' does not apply to a pattern rule (keys of pattern rules: pattern, replace, "
            + "case-sensitive, trigger, trigger-scope)");
    assertExactly(JAVA.replace("    family:", "    match: [colour]\n    family:"),
        "x.yaml:4: key: 'match' does not apply to a java rule (keys of java rules: family, params)");
    assertExactly(LEXICON.replace("    suggest:", "    pattern: colou?r\n    suggest:"),
        "x.yaml:8: key: 'pattern' does not apply to a lexicon rule (keys of lexicon rules: match, suggest, origin, "
            + "pos, allow-capitalized, case-sensitive, context)");
    assertExactly(LINE.replace("    line:", "    replace: [x]\n    line:"),
        "x.yaml:7: key: 'replace' does not apply to a line rule (keys of line rules: line, position, within, "
            + "max-words, case-sensitive)");
    // a key left empty is still a key of the wrong kind
    assertMessage(JAVA.replace("    family:", "    pattern:\n    family:"), "x.yaml:4: key: 'pattern' does not apply");
    // the kind may come from the file's defaults
    assertMessage("defaults:\n  kind: java\n" + JAVA.replace("    kind: java\n", "").replace("    family:",
        "    line: x\n    family:"), "x.yaml:5: key: 'line' does not apply to a java rule");
  }

  @Test
  void javaRulesNameAKnownFamily() {
    assertEquals(1, loader.parse("x.yaml", "en", JAVA).size());
    assertMessage(JAVA.replace("word-repetition", "no-such-family"), "unknown family");
  }

  @Test
  void familiesRefuseParamsTheyDidNotRead() {
    assertEquals(1, loader.parse("x.yaml", "en", JAVA.replace("    family: word-repetition",
        "    family: word-repetition\n    params: {allow: [had had]}")).size());
    assertExactly(JAVA.replace("    family: word-repetition", "    family: word-repetition\n    params: {bogus: 1}"),
        "x.yaml:2: params: unknown key 'bogus' for family 'word-repetition' (it reads: allow)");
    assertExactly(JAVA.replace("    family: word-repetition", "    family: section-label-headline\n"
        + "    params: {labels: [World], window: 3}"),
        "x.yaml:2: params: unknown key 'window' for family 'section-label-headline' (it reads: labels, within)");
    assertExactly(JAVA.replace("    family: word-repetition", "    family: spanish-billions\n    params: {min: 1}"),
        "x.yaml:2: params: unknown key 'min' for family 'spanish-billions' (it reads: none)");
  }

  @Test
  void aWeightMissingFromTheEvidenceTableIsALoadError() {
    RuleLoader without = new RuleLoader(Evidence.parse("e.yaml", "lexicon.boost-near: 1.0  # a boosting word\n"));
    RuleFileException e = assertThrows(RuleFileException.class, () -> without.parse("x.yaml", "en", JAVA));
    assertEquals("x.yaml:2: evidence: no weight 'word-repetition.function-word' in e.yaml", e.getMessage());
  }

  @Test
  void lineRulesHonourCaseSensitive() {
    // The load-time check finds a pattern that matches only part of its example's line, so it shows
    // how the pattern matches: "read more:" is found in "Read more: who is she?" unless case counts.
    String partial = LINE.replace("read more\\\\s*:.*", "read more:");
    assertMessage(partial, "matches only 'Read more:'");
    String sensitive = partial.replace("    line:", "    case-sensitive: true\n    line:");
    assertEquals(1, loader.parse("x.yaml", "en", sensitive).size());
    assertMessage(sensitive.replace("read more:", "Read more:"), "matches only 'Read more:'");
  }

  @Test
  void examplesAreRequired() {
    String noClean = GOOD.replaceAll("(?m)^\\s*clean:\\n\\s*- \"A color photo.\"\\n", "");
    assertMessage(noClean, "examples: at least one example under 'clean'");
    String unmarked = GOOD.replace("[[colour]]", "colour");
    assertMessage(unmarked, "[[marked span]]");
  }

  @Test
  void rulesKeyWithoutValueIsAFileWithNoRules() {
    assertEquals(List.of(), loader.parse("x.yaml", "en", "rules:\n"));
    assertEquals(List.of(), loader.parse("x.yaml", "en", "defaults:\nrules:\n"));
    assertEquals(1, loader.parse("x.yaml", "en", "defaults:\n" + GOOD).size());
  }

  @Test
  void emptyAndCommentOnlyFilesHoldNoRules() {
    for (String text : new String[] {"", "\n", "# rules to come\n", "---\n", "~\n", "\uFEFF# with a BOM\n"}) {
      assertEquals(List.of(), loader.parse("x.yaml", "en", text), text);
    }
  }

  @Test
  void emptyListItemsAndMissingIdsNameTheLine() {
    assertMessage("rules:\n  -\n", "x.yaml:2: rules: an empty item");
    assertMessage(GOOD.replace("[\"color\"]", "[\"color\", ~]"), "x.yaml:8: replace: an empty item");
    assertMessage(GOOD + "  - kind: pattern\n", "x.yaml:16: id: required");
  }

  @Test
  void yamlSyntaxErrorsAreReportedWholeOnOneLine() {
    RuleFileException colon = assertThrows(RuleFileException.class,
        () -> loader.parse("x.yaml", "en", GOOD.replace("message: \"US spelling", "message: US: spelling")));
    assertTrue(colon.getMessage().startsWith("x.yaml:9:16: "), colon.getMessage());
    assertTrue(colon.getMessage().contains("mapping values are not allowed here"), colon.getMessage());
    RuleFileException indent = assertThrows(RuleFileException.class,
        () -> loader.parse("x.yaml", "en", "rules:\n  - id: en.test.a\n - id: en.test.b\n"));
    assertTrue(indent.getMessage().startsWith("x.yaml:3:2: "), indent.getMessage());
    assertTrue(indent.getMessage().contains("expected <block end>, but found"), indent.getMessage());
    assertTrue(indent.getMessage().contains("while parsing a block"), indent.getMessage());
    assertEquals(1, indent.getMessage().lines().count(), indent.getMessage());
  }

  @Test
  void typeErrorsSayWhatTheFileShouldHoldNotJavaClasses() {
    assertMessage(GOOD.replace("replace: [\"color\"]", "replace: color"),
        "x.yaml:8: replace: expected a list of strings, got 'color'");
    assertMessage(GOOD.replace("prior: 0.6", "prior: high"), "x.yaml:6: prior: expected a number, got 'high'");
    assertMessage(GOOD.replace("severity: minor", "severity: [minor]"), "x.yaml:5: severity: expected text, got a list");
    assertMessage(GOOD.replace("rules:", "defaults:\n  prior: {a: 1}\nrules:"),
        "x.yaml:2: defaults.prior: expected a number, got a mapping");
    assertMessage(GOOD.replace("case", "").replace("    replace:", "    case-sensitive: maybe\n    replace:"),
        "case-sensitive: expected true or false, got 'maybe'");
    assertMessage("rules: {id: x}\n", "x.yaml:1: rules: expected a list of rules");
    assertMessage("- id: x\n", "x.yaml:1: expected a mapping with 'rules:'");
    for (String bad : new String[] {GOOD.replace("replace: [\"color\"]", "replace: color"),
        GOOD.replace("prior: 0.6", "prior: high"), GOOD.replace("severity: minor", "severity: [minor]"),
        GOOD.replace("clean:", "clean: {a: b}\n        x:"), "rules: [5]\n", "rules: [{id: [x]}]\n"}) {
      RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", bad));
      assertTrue(!e.getMessage().contains("java.") && !e.getMessage().contains("`"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void duplicateKeysAndSecondDocumentsAreErrors() {
    assertMessage(GOOD.replace("    severity: minor", "    severity: minor\n    severity: major"),
        "x.yaml:6: severity: given twice");
    assertMessage(GOOD + "---\n" + GOOD, "x.yaml:16: a rule file holds one YAML document");
  }

  @Test
  void anchorsAndAliasesAreRefused() {
    String aliased = GOOD.replace("pattern: \"colour\"", "pattern: &p \"colour\"")
        .replace("message: \"US spelling is wanted in this house style.\"", "message: *p");
    assertMessage(aliased, "x.yaml:7: YAML anchors and aliases are not supported in rule files");
    assertMessage(GOOD.replace("rules:", "defaults: &d\n  prior: 0.6\nrules:"),
        "x.yaml:1: YAML anchors and aliases are not supported in rule files");
  }

  @Test
  void userRulesMayNotReuseABundledId() throws Exception {
    String bundledId = Engines.runtime().bundledRules().get(0).id();
    Files.writeString(dir.resolve("mine.yaml"), GOOD.replace("en.test.colour", bundledId));
    RuleFileException e = assertThrows(RuleFileException.class,
        () -> loader.loadDirectories(Engines.runtime().bundledRules(), List.of(dir)));
    assertEquals(dir + "/mine.yaml:2: id: '" + bundledId + "' is already a bundled rule (choose another id, or "
        + "--disable " + bundledId + " and define your own)", e.getMessage());
  }

  @Test
  void idsAreUniqueAcrossUserFilesAndFolders() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("a.yaml"), GOOD);
    Files.writeString(other.resolve("b.yaml"), GOOD);
    RuleFileException e = assertThrows(RuleFileException.class,
        () -> loader.loadDirectories(List.of(), List.of(mine, other)));
    assertEquals(other + "/b.yaml:2: id: 'en.test.colour' is already defined at " + mine + "/a.yaml:2",
        e.getMessage());
  }

  @Test
  void idsAreUniqueWithinAFileAndEachRuleKeepsItsLine() {
    String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id:"));
    assertMessage(twice, "x.yaml:16: id: 'en.test.colour' is already defined at x.yaml:2");
  }

  @Test
  void ymlFilesAreRuleFilesToo() throws Exception {
    Files.writeString(dir.resolve("a.yml"), GOOD.replace("en.test.colour", "my.test.colour"));
    Files.writeString(dir.resolve("b.yaml"), GOOD.replace("en.test.colour", "my.test.color"));
    Files.writeString(dir.resolve("notes.txt"), "not rules");
    List<Rule> rules = loader.loadDirectory(dir);
    assertEquals(List.of("my.test.colour", "my.test.color"), rules.stream().map(Rule::id).toList());
  }

  @Test
  void aFolderWithoutRuleFilesIsAnError() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "rules: not here");
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.loadDirectory(dir));
    assertEquals(dir + ": no rule files (.yaml or .yml) in this folder", e.getMessage());
  }

  @Test
  void sourceLanguageMustBeACodeThatFitsTheFolder() {
    assertMessage("source-language: spanish\n" + GOOD, "x.yaml:1: source-language: 'spanish' must be a two-letter code");
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("es-en/x.yaml", "es-en",
        "# pair\nsource-language: fr\n" + GOOD.replace("en.test", "es-en.test")));
    assertTrue(e.getMessage().startsWith("es-en/x.yaml:2: source-language: 'fr' must be a two-letter code and agree "
        + "with the folder 'es-en'"), e.getMessage());
    assertEquals(1, loader.parse("x.yaml", "en", "source-language: es\n" + GOOD).size());
  }

  @Test
  void nonUtf8FilesAreRefusedWithTheOffset() throws Exception {
    String latin = GOOD.replace("house style", "caf\u00e9 style");
    Files.write(dir.resolve("latin1.yaml"), latin.getBytes(StandardCharsets.ISO_8859_1));
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.loadDirectory(dir));
    int offset = latin.indexOf('\u00e9');
    assertEquals(dir + "/latin1.yaml: not valid UTF-8 (byte 0xE9 at offset " + offset + "); save it as UTF-8",
        e.getMessage());
  }

  /** A pattern rule with triggers: a word (by its stems) and a string (as written). */
  private static final String TRIGGERED = """
      rules:
        - id: en.test.triggered
          kind: pattern
          category: fluency/grammar
          severity: minor
          prior: 0.9
          pattern: "(?<![\\\\p{L}])(?<span>has (?<n>\\\\d+) years)(?=[,.])"
          replace: ["is ${n}"]
          trigger: [year, "yrs"]
          message: "'{match}' gives an age the way Romance languages do."
          examples:
            fire:
              - "The goalkeeper, who [[has 38 years]], retires. => is 38"
              - "Long before, in a paragraph where the trigger word comes last, the man who [[has 40 years]]. => is 40"
            clean:
              - "The club has 120 years of history."
      """;

  @Test
  void patternTriggersNameWhatAParagraphMustHoldAndFindTheMatchesAroundThem() {
    Rule rule = loader.parse("x.yaml", "en", TRIGGERED).get(0);
    assertEquals(List.of(), Engines.examples(rule));
    // a trigger the text lacks: the pattern does not run, though it would match
    Rule blind = loader.parse("x.yaml", "en", TRIGGERED.replace("[year, \"yrs\"]", "[century]")).get(0);
    Document doc = Engines.runtime().analyzer("en").analyze("t", "The man who has 40 years, the text says.",
        (org.languagetool.JLanguageTool) null);
    RuleContext ctx = new RuleContext(doc, Engines.runtime().morphology("en"), Engines.runtime().gazetteer("en"), null);
    List<Finding> found = new java.util.ArrayList<>();
    blind.check(ctx, found::add);
    assertEquals(List.of(), found);
    rule.check(ctx, found::add);
    assertEquals(1, found.size());
  }

  /**
   * A question without its opening mark: the match runs from the paragraph's or sentence's start to
   * the question mark, further than a trigger's reach, and anchors at the paragraph's start.
   */
  private static final String QUESTION = """
      rules:
        - id: en.test.question
          kind: pattern
          category: locale/punctuation
          severity: minor
          prior: 0.9
          pattern: "(?:^|(?<=[.]\\\\s))(?<span>\\\\p{L}+)[^.?\\\\n]{0,300}\\\\?"
          trigger: ["?"]
          trigger-scope: paragraph
          message: "'{match}' starts a question."
          examples:
            fire:
              - "[[Why]] would anyone write a question whose opening word lies far, far away from its closing mark, as this long and winding one does, on and on, clause after clause, before it finally stops?"
            clean:
              - "No question here."
      """;

  @Test
  void aParagraphTriggerScopeRunsThePatternOverTheWholeParagraph() {
    Rule rule = loader.parse("x.yaml", "en", QUESTION).get(0);
    assertEquals(List.of(), Engines.examples(rule));
    // near its trigger only, the match's start lies out of reach: the pattern finds another start
    Rule near = loader.parse("x.yaml", "en", QUESTION.replace("trigger-scope: paragraph", "trigger-scope: near"))
        .get(0);
    assertFalse(Engines.examples(near).isEmpty());
    assertMessage(QUESTION.replace("trigger-scope: paragraph", "trigger-scope: everywhere"),
        "x.yaml:2: trigger-scope: use near, paragraph or start");
    assertMessage(QUESTION.replace("    trigger: [\"?\"]\n", ""), "x.yaml:2: trigger-scope:");
  }

  /** A German verb-final clause: the pattern begins with its trigger words. */
  private static final String STARTS_AT_TRIGGER = """
      rules:
        - id: en.test.verb-final
          kind: pattern
          category: fluency/grammar
          severity: minor
          prior: 0.9
          pattern: "(?<![\\\\p{L}])(?:that|because) (?:he|she) (?<span>(?<obj>the \\\\p{L}+) (?<verb>\\\\p{Ll}+ed))(?=[.,])"
          replace: ["${verb} ${obj}"]
          trigger: ["that", "because"]
          trigger-scope: start
          message: "'{match}' ends its clause with the verb."
          examples:
            fire:
              - "They said that he [[the plan supported]]. => supported the plan"
              - "It failed because she [[the bill opposed]], they said. => opposed the bill"
            clean:
              - "They said that he supported the plan."
      """;

  @Test
  void aStartTriggerScopeTriesThePatternWhereEachTriggerStarts() {
    Rule rule = loader.parse("x.yaml", "en", STARTS_AT_TRIGGER).get(0);
    assertEquals(List.of(), Engines.examples(rule));
    // the same pattern with its trigger in the middle of the match never starts at it, so finds nothing
    Rule elsewhere = loader.parse("x.yaml", "en", STARTS_AT_TRIGGER.replace("trigger: [\"that\", \"because\"]",
        "trigger: [\"plan\", \"bill\"]")).get(0);
    assertFalse(Engines.examples(elsewhere).isEmpty());
  }

  @Test
  void rulesOfTheSameShapeShareTheirMatchesButKeepTheirOwnIds() {
    String two = STARTS_AT_TRIGGER + STARTS_AT_TRIGGER.replace("rules:\n", "").replace("en.test.verb-final",
        "en.test.verb-final-copy");
    List<Rule> rules = loader.parse("x.yaml", "en", two);
    assertEquals(2, rules.size());
    var doc = Engines.runtime().analyzer("en").analyze("t", "They said that he the plan supported.", null);
    RuleContext ctx = new RuleContext(doc, Engines.runtime().morphology("en"), Engines.runtime().gazetteer("en"), null);
    List<Finding> found = new ArrayList<>();
    rules.forEach(r -> r.check(ctx, found::add));
    assertEquals(List.of("en.test.verb-final", "en.test.verb-final-copy"), found.stream().map(Finding::ruleId).toList());
    assertEquals(found.get(0).start(), found.get(1).start());
    assertEquals(List.of("supported the plan"), found.get(1).suggestions().stream().map(Suggestion::replacement).toList());
  }

  /** A line rule whose examples say nothing about the correction. */
  private static final String LINE = """
      rules:
        - id: en.test.read-more
          kind: line
          category: accuracy/addition
          severity: minor
          prior: 0.9
          line: "read more\\\\s*:.*"
          message: "'{match}' is a link line of the web page."
          examples:
            fire:
              - text: "The minister resigned.\\n[[Read more: who is she?]]\\nShe starts today."
              - "[[Read more: the reform]]\\nThe reform passed."
            clean:
              - "Read more books, the minister said."
      """;

  @Test
  void lineRuleExamplesWithoutCorrectionExpectTheLineDeleted() {
    Rule rule = loader.parse("x.yaml", "en", LINE).get(0);
    assertEquals(List.of(), Engines.examples(rule));
    assertEquals("", rule.spec().examples().get(0).correction());
    assertEquals(List.of(), Engines.examples(loader.parse("x.yaml", "en",
        LINE.replace("She starts today.\"", "She starts today.\"\n          correction: \"\"")).get(0)));
    assertMessage(LINE.replace("She starts today.\"", "She starts today.\"\n          correction: \"Read\""),
        "x.yaml:2: examples: a line rule always suggests deleting the whole line");
  }

  @Test
  void aLinePatternThatMatchesOnlyPartOfItsExampleLineIsRefused() {
    assertMessage(LINE.replace("read more\\\\s*:.*", "read more:"), "x.yaml:2: line: must match the whole line, but "
        + "matches only 'Read more:' of the fire example's line 'Read more: who is she?'; add .* at the end");
    assertMessage(LINE.replace("read more\\\\s*:.*", "who is she\\\\?"), "add .* at the start");
    assertMessage(LINE.replace("read more\\\\s*:.*", "more"), "add .* at both ends");
  }

  @Test
  void otherExamplesWithoutCorrectionStillExpectNoSuggestion() {
    Rule rule = loader.parse("x.yaml", "en", GOOD.replace("          correction: \"color\"\n", "")).get(0);
    assertEquals(1, Engines.examples(rule).size(), "the rule suggests 'color', the example none");
  }

  private void assertExactly(String yaml, String expected) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", yaml));
    assertEquals(expected, e.getMessage());
  }

  private void assertMessage(String yaml, String expected) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", yaml));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
