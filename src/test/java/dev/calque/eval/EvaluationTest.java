package dev.calque.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.calque.rule.Finding;
import dev.calque.rule.Severity;
import dev.calque.rule.Suggestion;
import dev.calque.rule.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  @Test
  void aMarkedLineGivesItsTextAndItsArtifacts() {
    Evaluation.Segment s = Evaluation.markedSegment("k", "The [[deputies]] voted the [[project of law]].");
    assertEquals("The deputies voted the project of law.", s.text());
    assertEquals(List.of(new Evaluation.Span(4, 12, "artifact"), new Evaluation.Span(23, 37, "artifact")), s.errors());
    assertEquals(List.of(), Evaluation.markedSegment("k", "A clean line [without marks].").errors());
  }

  @Test
  void findingsOffAMarkAreFalseAlarms(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("m.txt");
    Files.write(f, List.of("# a comment", "The [[deputies]] voted the bill.", "", "A clean control line."));
    // flags every word starting with "d" or "l"
    Evaluation.Report r = Evaluation.marked(f, text -> {
      List<Evaluation.Span> out = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[dl]\\w+").matcher(text);
      while (m.find()) {
        out.add(new Evaluation.Span(m.start(), m.end(), "x"));
      }
      return out;
    }, -1);
    String summary = r.summary("test");
    assertTrue(summary.contains("2 segments"), summary);
    assertTrue(summary.contains("artifacts found 1/1, findings on an artifact 1, false alarms 1"), summary);
  }

  @Test
  void aMarkMayCarryItsAcceptedCorrections() {
    Evaluation.Segment s = Evaluation.markedSegment("k",
        "The [[ancient=>former|ex-]] minister [[Keep reading=>]] said [[so]] and [[M.=>Mr|]] Attal.");
    assertEquals("The ancient minister Keep reading said so and M. Attal.", s.text());
    assertEquals(List.of(new Evaluation.Span(4, 11, "artifact"), new Evaluation.Span(21, 33, "artifact"),
        new Evaluation.Span(39, 41, "artifact"), new Evaluation.Span(46, 48, "artifact")), s.errors());
    assertEquals(List.of("former", "ex-"), s.corrections().get(0));
    assertEquals(List.of(""), s.corrections().get(1)); // deleting is the fix
    assertNull(s.corrections().get(2)); // the old format: no gold correction
    assertEquals(List.of("Mr", ""), s.corrections().get(3));
    assertEquals("The ancient minister", Evaluation.withoutMarks("The [[ancient=>former]] minister"));
  }

  @Test
  void sentencesReadTheSameUpToWhitespaceAndTheCaseOfTheChange() {
    assertTrue(SuggestionAccuracy.sameReading("It is  the worst fire.", "it is the worst fire. "));
    assertTrue(SuggestionAccuracy.sameReading("The Federal government", "The federal government"));
    assertFalse(SuggestionAccuracy.sameReading("The Federal Government", "The federal government"));
    assertFalse(SuggestionAccuracy.sameReading("The former minister", "The former minister,"));
    assertFalse(SuggestionAccuracy.sameReading("He attendeD it", "He attended it"));
  }

  @Test
  void suggestionsAreRightWhenTheFixedSentenceReadsAsAnAcceptedCorrection(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("m.txt");
    Files.write(f, List.of(
        "The [[ancient=>former]] minister spoke.", // right, and confident enough for fix
        "The [[chef=>head|chief]] of the railway resigned.", // wrong: suggests "cook"
        "They met [[the 26 January=>on 26 January]].", // a finding with no suggestion
        "[[Keep reading=>]]", // right by deleting the line
        "[[Was approved]] the budget.", // no gold correction
        "It will be [[realized=>held]] on [[the 25 of April=>25 April]].", // one finding over two marks: judged once
        "A clean line."));
    Evaluation.Report r = Evaluation.marked(f, text -> {
      List<Evaluation.Span> out = new ArrayList<>();
      add(out, text, "ancient", new Suggestion("former", 0.95));
      add(out, text, "chef", new Suggestion("cook", 0.6));
      add(out, text, "26 January", null);
      add(out, text, "Keep reading", new Suggestion("", 0.9));
      add(out, text, "Was approved", new Suggestion("Approved was", 0.9));
      add(out, text, "realized on the 25 of April", new Suggestion("held on 25 April", 0.7));
      return out;
    }, -1);
    SuggestionAccuracy s = r.suggestions();
    assertEquals(4, s.offered());
    assertEquals(3, s.right());
    assertEquals(1, s.withoutSuggestion());
    assertEquals(1, s.withoutGold());
    assertEquals(1.0, s.shareRight(0.9)); // fix's threshold keeps the two right ones
    assertEquals(3 / 4.0, s.shareRight(0), 1e-9);
    String summary = r.summary("test");
    assertTrue(summary.contains("suggestions on found artifacts: 4 applied, 3 right (75.0%)"), summary);
    assertTrue(summary.contains("at calque fix's threshold 0.90: 2 applied, 2 right (100.0%)"), summary);
    assertTrue(summary.contains("found artifacts with no suggestion 1; with a suggestion but no gold correction 1 "
        + "(left out); marks without gold corrections 1 of 7"), summary);
    assertTrue(summary.contains("0.6–0.7            1            0.600      0.000"), summary);
    assertTrue(r.examples().contains("WRONG\tx\t0.60\tchef => cook\tThe cook of the railway resigned."), r.examples()
        .toString());
  }

  /** A finding with the given best suggestion (none when null) on the first occurrence of a word. */
  private static void add(List<Evaluation.Span> out, String text, String word, Suggestion s) {
    int at = text.indexOf(word);
    if (at >= 0) {
      Finding f = new Finding("x", "calque", Severity.MINOR, at, at + word.length(), "m",
          s == null ? List.of() : List.of(s), 0.8, Engine.CALQUE);
      out.add(new Evaluation.Span(at, at + word.length(), "x", 0.8, true, f));
    }
  }
}
