package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input as text extracted from the web or typed by a hostile tester delivers it: invisible lines,
 * control characters, enormous tokens, catastrophic user regexes. Each test reproduces a reported
 * crash or data loss; the rule is that one document's trouble never costs the others, the output
 * stays valid, and every offset names whole characters.
 */
class HostileInputTest {
  private static final String ARTICLE = "The talks were held for the sake of of the relations between the two countries.\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Parses the JSON report and checks every finding's offsets against the file it names. */
  static JsonNode validReport(Run r) throws Exception {
    JsonNode root = JSON.readTree(r.out());
    for (JsonNode doc : root.path("documents")) {
      String path = doc.path("path").asText();
      String text = path.equals("-") ? null : Files.readString(Path.of(path), StandardCharsets.UTF_8);
      for (JsonNode f : doc.path("findings")) {
        int start = f.path("start").asInt();
        int end = f.path("end").asInt();
        if (text == null) {
          continue;
        }
        assertTrue(0 <= start && start <= end && end <= text.length(), f.toString());
        assertFalse(splitsPair(text, start) || splitsPair(text, end), "offset inside a surrogate pair: " + f);
        assertEquals(text.substring(start, end), f.path("text").asText(), f.toString());
      }
    }
    return root;
  }

  private static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  @Test
  void linesWithoutWordsNeitherCrashNorStopTheBatch() throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "--no-grammar", "--format", "json"));
    String[] invisible = {"\u00a0", "\ufeff", "\u200b", "\u00a0\n\u00a0\n", "Hello.\n\u200b\n", "x\u0085\u0085y\n",
        "\u2028\u2029", "\ufeff" + ARTICLE + "\u00a0\n" + ARTICLE};
    for (int i = 0; i < invisible.length; i++) {
      args.add(write("inv" + i + ".txt", invisible[i]).toString());
    }
    args.add(write("last.txt", ARTICLE).toString());
    Run r = Run.of(args.toArray(String[]::new));
    JsonNode root = validReport(r);
    assertFalse(r.err().contains("out of bounds"), r.err());
    JsonNode docs = root.path("documents");
    assertEquals("last.txt", Path.of(docs.get(docs.size() - 1).path("path").asText()).getFileName().toString(),
        "every later file is still checked");
    // A file of nothing but invisible characters is refused like a blank one; the rest are checked.
    assertEquals(5, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("inv0.txt: holds only white space"), r.err());

    Run fix = Run.of("fix", "--no-grammar", write("fix.txt", "\u00a0\n" + ARTICLE).toString());
    assertEquals(0, fix.code(), fix.err());
    assertEquals("\u00a0\nThe talks were held for the sake of the relations between the two countries.\n", fix.out());
  }

  @Test
  void paragraphsEndAtUnicodeLineSeparators() throws Exception {
    String para = "Lukashenko arrives in Beijing for talks with Xi on trade and vaccines";
    Run r = Run.of("check", "--no-grammar", "--format", "json",
        write("ls.txt", para + "\u2028" + para + "\u2029More text follows here.\n").toString());
    JsonNode f = validReport(r).path("documents").get(0).path("findings");
    assertTrue(f.toString().contains("common.repetition.paragraph"), r.out());
  }

  @Test
  void catastrophicUserRegexesCostOneParagraphNotTheRun() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("slow.yaml"), """
        rules:
          - id: my.deep-alternation
            kind: pattern
            category: style/unidiomatic
            severity: minor
            prior: 0.9
            pattern: "(?:a|b)*c"
            message: "a run of a and b ending in c"
            examples:
              fire:
                - "Here [[abac]] ends."
              clean:
                - "Nothing here."
          - id: my.nested-repetition
            kind: pattern
            category: style/unidiomatic
            severity: minor
            prior: 0.9
            pattern: "(.*a){15}!"
            message: "fifteen a then a bang"
            examples:
              fire:
                - "[[aaaaaaaaaaaaaaa!]]"
              clean:
                - "Nothing here."
        """);
    Path big = write("big.txt", "ab".repeat(50_000) + "\n" + "Short line aaaaaaaaaaaaaaa!\n"
        + "a".repeat(3_000) + "\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Run.of("check", "--no-grammar", "--format", "json", "--rules", rules.toString(), big.toString()));
    JsonNode doc = validReport(r).path("documents").get(0);
    assertEquals(1, r.code(), r.err() + r.out());
    String notes = doc.path("notes").toString();
    assertTrue(notes.contains("rule my.deep-alternation: its regular expression recursed too deeply"), notes);
    assertTrue(notes.contains("rule my.nested-repetition: its regular expression ran past its step budget"), notes);
    boolean shortLine = false;
    for (JsonNode f : doc.path("findings")) {
      shortLine |= f.path("rule").asText().equals("my.nested-repetition") && f.path("start").asInt() == 100_001;
    }
    assertTrue(shortLine, "the short line still fires: " + doc.path("findings"));
    assertFalse(r.err().contains("StackOverflow"), r.err());
  }

  /** Text with the characters LanguageTool 6 threw on (bidi, C1, line separators) sprinkled in. */
  static String sprinkled(String text, long seed) {
    String[] noise = {"\u202d", "\u2028", "\u2029", "\u0085", "\u0091", "\u200b", "\u202e", "\ufeff", "\ud83d\ude00",
        "e\u0301", "\u00a0", "\u2066", "\r"};
    java.util.Random random = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      b.append(text.charAt(i));
      if (random.nextInt(100) < 3 && !Character.isHighSurrogate(text.charAt(i))) {
        b.append(noise[random.nextInt(noise.length)]);
      }
    }
    return b.toString();
  }

  @Test
  void languageToolModeSurvivesControlAndBidiCharacters() throws Exception {
    String sample = Files.readString(Path.of("corpora/samples/es-en/lithium-deal.en.txt"));
    List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
    for (int seed = 0; seed < 6; seed++) {
      args.add(write("noisy" + seed + ".txt", sprinkled(sample, seed)).toString());
    }
    Run r = Run.of(args.toArray(String[]::new));
    JsonNode docs = validReport(r).path("documents");
    assertEquals(6, docs.size(), r.err());
    assertEquals("", r.err());
    int languageTool = 0;
    for (JsonNode d : docs) {
      for (JsonNode f : d.path("findings")) {
        languageTool += f.path("engine").asText().equals("languagetool") ? 1 : 0;
      }
    }
    assertTrue(languageTool > 0, "LanguageTool's rules still ran");
  }

  @Test
  void wordCountAndScoreDoNotDependOnTheMode() throws Exception {
    Path a = write("sample.txt", sprinkled(Files.readString(Path.of("corpora/samples/es-en/lithium-deal.en.txt")), 7));
    JsonNode light = validReport(Run.of("check", "--no-grammar", "--format", "json", a.toString()));
    JsonNode full = validReport(Run.of("check", "--format", "json", a.toString()));
    int words = light.path("documents").get(0).path("words").asInt();
    assertTrue(words > 250, "words: " + words);
    assertEquals(words, full.path("documents").get(0).path("words").asInt());
  }

  @Test
  void longTokensOfAnyScriptTakeLinearTime() throws Exception {
    Path emoji = write("emoji.txt", "\ud83d\ude00".repeat(200_000) + "\n");
    Path marks = write("marks.txt", "e" + "\u0301".repeat(200_000) + " and more\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(90),
        () -> Run.of("check", "--no-grammar", "--format", "json", emoji.toString(), marks.toString()));
    assertEquals(2, validReport(r).path("documents").size(), r.err());
  }

  @Test
  void languageToolIsSparedSentencesThatAreNotProse() throws Exception {
    Path emoji = write("emoji-lt.txt", "The talks of of Minsk.\n" + "\ud83d\ude00".repeat(20_000) + "\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Run.of("check", "--format", "json", emoji.toString()));
    JsonNode doc = validReport(r).path("documents").get(0);
    assertTrue(doc.path("notes").toString().contains("LanguageTool's rules skipped the paragraph at line 2"),
        doc.path("notes").toString());
    assertTrue(doc.path("findings").toString().contains("common.repetition.word"), "calque's rules still ran");
  }

  @Test
  void binaryTailsAndUtf16AreRefusedByName() throws Exception {
    byte[] tail = (ARTICLE.repeat(200) + "\0\0binary").getBytes(StandardCharsets.UTF_8);
    Path late = dir.resolve("late-nul.txt");
    Files.write(late, tail);
    Path le = dir.resolve("le.txt");
    Files.write(le, ("\ufeff" + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
    Path be = dir.resolve("be.txt");
    Files.write(be, ARTICLE.getBytes(StandardCharsets.UTF_16BE));
    Run r = Run.of("check", "--no-grammar", late.toString(), le.toString(), be.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("late-nul.txt: looks binary (NUL byte at offset " + ARTICLE.length() * 200 + ")"),
        r.err());
    assertTrue(r.err().contains("le.txt: looks like UTF-16LE"), r.err());
    assertTrue(r.err().contains("be.txt: looks like UTF-16BE"), r.err());
  }

  @Test
  void theTextReportShowsControlCharactersInsteadOfObeyingThem() throws Exception {
    Path a = write("esc.txt", "\u001b[2J\u001b[H The talks were held for the sake of of the \u202erelations.\n");
    Run r = Run.of("check", "--no-grammar", a.toString());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertFalse(r.out().contains("\u202e"), r.out());
    assertTrue(r.out().contains("<U+001B>[2J"), r.out());
    assertTrue(r.out().contains("<U+202E>relations"), r.out());
  }

  @Test
  void loneCarriageReturnsEndLinesInTheReport() throws Exception {
    Path a = write("cr.txt", "First line is here.\rThe talks were held for the sake of of the relations.\rLast.\r");
    Run r = Run.of("check", "--no-grammar", a.toString());
    assertTrue(r.out().contains(a + ":2:"), r.out());
    assertTrue(r.out().contains("  The talks were held for the sake [[of of]] the relations.\n"), r.out());
  }

  @Test
  void fixComposesNestedEdits() throws Exception {
    Path a = write("pct.txt", "Exports fell a 2,7% in March.\n");
    Run r = Run.of("fix", "--no-grammar", "--source-lang", "es", "--threshold", "0.5", a.toString());
    assertEquals("Exports fell by 2.7% in March.\n", r.out(), r.err());
  }

  @Test
  void inferenceEvidenceNamesEachArtifactOnce() throws Exception {
    Path a = write("attend.txt", "The doctors attend the patients. Nurses attend the patients. "
        + "Volunteers attend the patients every day at the hospital.\n");
    Run r = Run.of("check", "--no-grammar", "--format", "json", a.toString());
    String notes = validReport(r).path("documents").get(0).path("notes").toString();
    assertFalse(notes.contains("'attend', 'attend'"), notes);
    assertFalse(notes.contains("inferred as es"), "one artifact repeated is not two: " + notes);
  }

  @Test
  void usageErrorsAreShortAndHelpGoesToStderr() throws Exception {
    Run bogus = Run.of("check", "--bogus", "x.txt");
    assertEquals(2, bogus.code());
    assertEquals("calque: Unknown option: '--bogus'\nTry 'calque help check' for more information.\n",
        bogus.err().replace("\r", ""));
    Run none = Run.of();
    assertEquals(2, none.code());
    assertEquals("", none.out());
    assertTrue(none.err().contains("Usage: calque"), none.err());
    Path a = write("a.txt", ARTICLE);
    assertEquals(1, Run.of("check", "--no-grammar", "--fail-on", "MAJOR", a.toString()).code());
    Run rulesHelp = Run.of("help", "rules");
    String example = rulesHelp.out().lines().filter(l -> l.contains("rules show ")).findFirst().orElseThrow();
    String id = example.substring(example.indexOf("rules show ") + "rules show ".length()).strip();
    assertEquals(0, Run.of("rules", "show", id).code(), "the help's example id exists: " + id);
  }
}
