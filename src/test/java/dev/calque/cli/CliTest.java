package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through picocli with injected writers. */
class CliTest {
  private static final String ARTICLE = "Asia Lukashenko visits Xi and backs the plan\n\n"
      + "The talks were held for the sake of of the relations between the two countries.\n";

  /** A user rule that fires on "colour". */
  private static final String HOUSE_RULE = """
      rules:
        - id: my.house.colour
          kind: pattern
          category: locale/punctuation
          severity: minor
          prior: 0.9
          pattern: "colour"
          replace: ["color"]
          message: "This house writes US spelling."
          examples:
            fire:
              - "A [[colour]] photo. => color"
            clean:
              - "A color photo."
      """;

  @TempDir
  Path dir;

  @Test
  void batchSourceInfersTheSourceOnceFromAllTheFiles() throws Exception {
    // one French calque per article: too little for each alone, enough for the feed
    Path a = write("feed-a.txt", "The explosion left five blessed in the market.\n");
    Path b = write("feed-b.txt", "The unions called a new journey of mobilisation.\n");
    Path c = write("feed-c.txt", "The ancient minister spoke on Tuesday.\n");
    Path d = write("feed-d.txt", "Police interpellated three suspects on Monday.\n");
    Run each = Run.of("check", "--no-grammar", a.toString(), b.toString(), c.toString(), d.toString());
    assertFalse(each.out().contains("fr-en."), each.out());
    Run batch = Run.of("check", "--no-grammar", "--batch-source", a.toString(), b.toString(), c.toString(),
        d.toString());
    assertTrue(batch.err().contains("source language inferred across the files as fr"), batch.err());
    assertTrue(batch.out().contains("fr-en.false-friend.blesse") && batch.out().contains("fr-en.false-friend.ancien"),
        batch.out());
    Run none = Run.of("check", "--no-grammar", "--batch-source", write("plain.txt", "The minister spoke.\n").toString());
    assertTrue(none.err().contains("the files together show no source language"), none.err());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonOutputFollowsTheContract() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run r = Run.of("check", "--no-grammar", "--format", "json", a.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("calque", root.path("tool").path("name").asText());
    JsonNode doc = root.path("documents").get(0);
    assertEquals(a.toString(), doc.path("path").asText());
    assertEquals("en", doc.path("language").asText());
    assertTrue(doc.path("words").asInt() > 10);
    JsonNode findings = doc.path("findings");
    assertTrue(findings.size() >= 2, r.out());
    int lastStart = -1;
    for (JsonNode f : findings) {
      int start = f.path("start").asInt();
      int end = f.path("end").asInt();
      assertTrue(start >= lastStart, "sorted by start");
      lastStart = start;
      assertEquals(ARTICLE.substring(start, end), f.path("text").asText());
      assertTrue(f.path("confidence").asDouble() > 0 && f.path("confidence").asDouble() <= 1);
      assertEquals("calque", f.path("engine").asText());
      assertTrue(f.has("rule") && f.has("category") && f.has("severity") && f.has("message") && f.has("line")
          && f.has("column") && f.has("suggestions"));
    }
    JsonNode rep = null;
    for (JsonNode f : findings) {
      if (f.path("rule").asText().equals("common.repetition.word")) {
        rep = f;
      }
    }
    assertTrue(rep != null, r.out());
    assertEquals("of of", rep.path("text").asText());
    assertEquals("of", rep.path("suggestions").get(0).path("replacement").asText());
    assertEquals(3, rep.path("line").asInt());
  }

  @Test
  void textOutputShowsWhereWhatAndTheFix() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run r = Run.of("check", "--no-grammar", a.toString());
    assertTrue(r.out().contains(a + ":3:"), r.out());
    assertTrue(r.out().contains("[[of of]]"), r.out());
    assertTrue(r.out().contains("suggestion: \"of\""), r.out());
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheRestIsChecked() throws Exception {
    Path good = write("good.txt", ARTICLE);
    Path empty = write("empty.txt", "");
    Path binary = dir.resolve("bin.dat");
    Files.write(binary, new byte[] {1, 2, 0, 3, 'a'});
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 con leche".getBytes(StandardCharsets.ISO_8859_1));
    Run r = Run.of("check", "--no-grammar", dir.resolve("missing.txt").toString(), dir.toString(), empty.toString(),
        binary.toString(), latin1.toString(), good.toString());
    assertEquals(2, r.code());
    String[] lines = r.err().strip().split("\n");
    assertEquals(5, lines.length, r.err());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertTrue(r.err().contains("is a directory"), r.err());
    assertTrue(r.err().contains("empty.txt: is empty"), r.err());
    assertTrue(r.err().contains("looks binary (NUL byte at offset 2)"), r.err());
    assertTrue(r.err().contains("not valid UTF-8 (byte 0xE9 at offset 3)"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(r.out().contains("good.txt:3:"), "the good file is still checked");
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run lang = Run.of("check", "--lang", "xx", a.toString());
    assertEquals(2, lang.code());
    assertTrue(lang.err().contains("unknown language 'xx'"), lang.err());
    assertEquals(2, Run.of("check", "--format", "yaml", a.toString()).code());
    assertEquals(2, Run.of("check", "--fail-on", "huge", "--no-grammar", a.toString()).code());
    assertEquals(2, Run.of("check").code());
  }

  @Test
  void malformedRuleFolderIsAClearError() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("bad.yaml"), "rules:\n  - id: my.rule\n    kindd: pattern\n");
    Run r = Run.of("check", "--no-grammar", "--rules", rules.toString(), write("a.txt", ARTICLE).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.yaml:3: unknown key 'kindd'"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  @Test
  void ruleFilesWithNoRulesAreFine() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("a.yaml"), "rules:\n");
    Files.writeString(rules.resolve("b.yaml"), "");
    Files.writeString(rules.resolve("c.yaml"), "# my house rules, to come\n");
    Run r = Run.of("check", "--no-grammar", "--rules", rules.toString(), write("a.txt", ARTICLE).toString());
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("[[of of]]"), r.out());
  }

  @Test
  void yamlErrorsAreOneLineWithFileAndLine() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Path a = write("a.txt", ARTICLE);
    Files.writeString(rules.resolve("bad.yaml"), "rules:\n  - id: my.rule\n    message: Note: this\n");
    Run syntax = Run.of("check", "--no-grammar", "--rules", rules.toString(), a.toString());
    assertEquals(2, syntax.code());
    assertEquals("calque: rule file error: " + rules.resolve("bad.yaml") + ":3:18: YAML syntax: mapping values are not "
        + "allowed here; a value that contains ': ' must be in quotes\n", syntax.err());
    Files.writeString(rules.resolve("bad.yaml"), "rules:\n  - id: my.rule\n    prior: likely\n");
    Run type = Run.of("check", "--no-grammar", "--rules", rules.toString(), a.toString());
    assertEquals(2, type.code());
    assertEquals("calque: rule file error: " + rules.resolve("bad.yaml") + ":3: prior: expected a number, got 'likely'\n",
        type.err());
    Files.writeString(rules.resolve("bad.yaml"), "rules:\n  - id: &x my.rule\n");
    Run alias = Run.of("check", "--no-grammar", "--rules", rules.toString(), a.toString());
    assertEquals(2, alias.code());
    assertEquals("calque: rule file error: " + rules.resolve("bad.yaml") + ":2: YAML anchors and aliases are not "
        + "supported in rule files\n", alias.err());
  }

  @Test
  void ymlRuleFilesAreLoadedAndNonUtf8OnesRefused() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("house.yml"), HOUSE_RULE);
    Path a = write("a.txt", "The talks were held in Beijing, said the colour sergeant.\n");
    Run yml = Run.of("check", "--no-grammar", "--rules", rules.toString(), a.toString());
    assertEquals(1, yml.code(), yml.err());
    assertTrue(yml.out().contains("my.house.colour"), yml.out());
    Files.write(rules.resolve("latin1.yaml"), "# caf\u00e9\nrules:\n".getBytes(StandardCharsets.ISO_8859_1));
    Run latin = Run.of("check", "--no-grammar", "--rules", rules.toString(), a.toString());
    assertEquals(2, latin.code());
    assertEquals("calque: rule file error: " + rules.resolve("latin1.yaml") + ": not valid UTF-8 (byte 0xE9 at offset 5);"
        + " save it as UTF-8\n", latin.err());
  }

  @Test
  void aUserRuleMayNotReuseABundledId() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("mine.yaml"), HOUSE_RULE.replace("my.house.colour", "common.repetition.word"));
    Run r = Run.of("check", "--no-grammar", "--rules", rules.toString(), write("a.txt", ARTICLE).toString());
    assertEquals(2, r.code());
    assertEquals("calque: rule file error: " + rules.resolve("mine.yaml") + ":2: id: 'common.repetition.word' is already "
        + "a bundled rule (choose another id, or --disable common.repetition.word and define your own)\n", r.err());
    Run list = Run.of("rules", "list", "--rules", rules.toString());
    assertEquals(2, list.code());
    assertTrue(list.err().contains("is already a bundled rule"), list.err());
  }

  @Test
  void failOnAndMinConfidenceDecideTheExitStatus() throws Exception {
    Path clean = write("clean.txt", "The talks were held in Beijing on Tuesday.\n");
    assertEquals(0, Run.of("check", "--no-grammar", clean.toString()).code());
    Path a = write("a.txt", ARTICLE);
    assertEquals(1, Run.of("check", "--no-grammar", "--fail-on", "major", a.toString()).code());
    assertEquals(0, Run.of("check", "--no-grammar", "--fail-on", "critical", a.toString()).code());
    assertEquals(0, Run.of("check", "--no-grammar", "--min-confidence", "1", a.toString()).code());
  }

  @Test
  void standardInputIsReadWithADash() {
    Run r = Run.withStdin(ARTICLE, "check", "--no-grammar", "--format", "json", "-");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("\"path\" : \"-\""), r.out());
  }

  @Test
  void disableSwitchesOffByIdPrefixOrCategory() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run r = Run.of("check", "--no-grammar", "--disable", "common.repetition.word,accuracy/addition", a.toString());
    assertEquals(0, r.code(), r.out());
  }

  @Test
  void unknownEnableOrDisableNamesAreUsageErrorsWithSuggestions() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run typo = Run.of("check", "--no-grammar", "--disable", "common.repetition.wrod", a.toString());
    assertEquals(2, typo.code(), typo.out());
    assertTrue(typo.err().startsWith("calque: --disable: no rule id, id prefix or category matches "
        + "'common.repetition.wrod' (did you mean 'common.repetition.word'?)"), typo.err());
    assertFalse(typo.err().contains("Exception"), typo.err());
    Run category = Run.of("check", "--no-grammar", "--enable", "fluency/speling,spelling", a.toString());
    assertEquals(2, category.code());
    assertTrue(category.err().contains("'fluency/speling' (did you mean 'fluency/spelling'?)"), category.err());
    assertTrue(category.err().contains("'spelling' (did you mean 'fluency/spelling'?)"), category.err());
    Run prefix = Run.of("fix", "--no-grammar", "--disable", "es-em.", a.toString());
    assertEquals(2, prefix.code());
    assertTrue(prefix.err().contains("did you mean 'es-en.'?"), prefix.err());
    Run lt = Run.of("check", "--no-grammar", "--disable", "languagetool.en_quotes", a.toString());
    assertEquals(2, lt.code());
    assertTrue(lt.err().contains("did you mean 'languagetool.EN_QUOTES'?"), lt.err());
  }

  @Test
  void knownSelectorsOfAnyLanguageAndLanguageToolIdsAreAccepted() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("house.yaml"), HOUSE_RULE);
    for (String selector : new String[] {"common.repetition.word", "es-en.", "es-en", "es-en.false-friend", "fluency",
        "fluency/spelling", "languagetool.EN_QUOTES", "languagetool", "my.house.colour", "my."}) {
      Run r = Run.of("check", "--no-grammar", "--rules", rules.toString(), "--source-lang", "none", "--disable",
          selector, a.toString());
      assertTrue(r.code() < 2, selector + ": " + r.err());
    }
  }

  @Test
  void everyCommandsHelpRendersWithoutPicocliFormatWarnings() {
    // picocli formats option descriptions with String.format and reports a failure (a bare '%') on
    // System.err, not on the command's own stream, and then prints the text unformatted
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
      var commands = Main.commandLine(sink, sink, java.io.InputStream.nullInputStream(), dev.calque.engine.Engines::runtime)
          .getSubcommands().keySet();
      assertTrue(commands.containsAll(java.util.List.of("check", "calibrate", "index")), commands.toString());
      for (String command : commands) {
        if (command.equals("help")) {
          continue;
        }
        Run r = Run.of(command, "--help");
        assertEquals(0, r.code(), command + ": " + r.err());
        assertTrue(r.out().startsWith("Usage: calque " + command), command + ": " + r.out());
      }
    } finally {
      System.setErr(saved);
    }
    String warnings = captured.toString(StandardCharsets.UTF_8);
    assertFalse(warnings.contains("Could not format"), warnings);
  }

  @Test
  void enablingAnOffByDefaultRuleShowsItsFindingsUnlessMinConfidenceIsGiven() throws Exception {
    Path a = write("a.txt", "They met for the fifth time - the second face to face - since the war began.\n");
    String rule = "en.punctuation.spaced-hyphen-dash";
    Run off = Run.of("check", "--no-grammar", a.toString());
    assertFalse(off.out().contains(rule), off.out());
    for (String selector : new String[] {rule, "en.punctuation.", "fluency/punctuation"}) {
      Run on = Run.of("check", "--no-grammar", "--format", "json", "--enable", selector, a.toString());
      assertEquals(1, on.code(), on.err());
      assertTrue(on.out().contains("\"rule\" : \"" + rule + "\""), selector + ": " + on.out());
    }
    Run explicit = Run.of("check", "--no-grammar", "--enable", rule, "--min-confidence", "0.5", a.toString());
    assertEquals(0, explicit.code(), explicit.out());
    assertFalse(explicit.out().contains(rule), explicit.out());
  }

  @Test
  void fixPrintsTheCorrectedTextOrADiffAndKeepsABackup() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Run fixed = Run.of("fix", "--no-grammar", a.toString());
    assertEquals(0, fixed.code(), fixed.err());
    assertTrue(fixed.out().contains("for the sake of the relations"), fixed.out());
    assertFalse(fixed.out().contains("of of"));
    Run diff = Run.of("fix", "--no-grammar", "--diff", a.toString());
    assertTrue(diff.out().contains("-The talks were held for the sake of of the"), diff.out());
    assertTrue(diff.out().contains("+The talks were held for the sake of the"), diff.out());
    Run inPlace = Run.of("fix", "--no-grammar", "--in-place", a.toString());
    assertEquals(0, inPlace.code(), inPlace.err());
    assertEquals(ARTICLE, Files.readString(dir.resolve("a.txt.orig")));
    assertEquals(fixed.out(), Files.readString(a));
  }

  @Test
  void rulesCommandListsShowsAndTests() {
    Run list = Run.of("rules", "list");
    assertEquals(0, list.code());
    assertTrue(list.out().contains("es-en.false-friend.escudero"));
    Run show = Run.of("rules", "show", "es-en.false-friend.escudero");
    assertTrue(show.out().contains("fires:") && show.out().contains("clean:"), show.out());
    Run test = Run.of("rules", "test", "common.repetition.word", "es-en.false-friend.escudero");
    assertEquals(0, test.code(), test.out());
    assertTrue(test.out().contains("0 problems"), test.out());
    assertEquals(2, Run.of("rules", "show", "no.such.rule").code());
  }

  @Test
  void lineRuleExamplesNeedNoCorrection() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("debris.yaml"), """
        rules:
          - id: my.debris.read-more
            kind: line
            category: accuracy/addition
            severity: minor
            prior: 0.9
            line: "read more:.*"
            message: "'{match}' is a link line of the web page."
            examples:
              fire:
                - "The minister resigned.\\n[[Read more: who is she?]]\\nShe starts today."
              clean:
                - "Read more books, the minister said."
        """);
    Run test = Run.of("rules", "test", "--rules", rules.toString(), "my.debris.read-more");
    assertEquals(0, test.code(), test.out() + test.err());
    assertTrue(test.out().contains("1 rules, 2 examples, 0 problems"), test.out());
    Run show = Run.of("rules", "show", "--rules", rules.toString(), "my.debris.read-more");
    assertTrue(show.out().contains("(deleted)"), show.out());
  }

  @Test
  void helpTeaches() {
    Run help = Run.of("check", "--help");
    assertEquals(0, help.code());
    for (String option : new String[] {"--source-lang", "--format", "--min-confidence", "--no-grammar", "--fail-on",
        "--enable", "--disable", "--rules", "Examples:"}) {
      assertTrue(help.out().contains(option), option);
    }
  }
}
