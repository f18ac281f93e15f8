package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import dev.calque.rule.Finding;

/** Text larger than one analysis window is checked window by window with offsets into the whole. */
class LargeInputTest {
  @Test
  void findingsOfEveryWindowPointIntoTheWholeText() {
    String para = "The ministers met in Beijing for the sake of of the relations between the two countries.\n";
    StringBuilder b = new StringBuilder();
    int copies = Checker.WINDOW / para.length() * 2 + 10;
    for (int i = 0; i < copies; i++) {
      b.append(i).append(". ").append(para);
    }
    String text = b.toString();
    DocumentResult r = Engines.light(null).check("big.txt", text);
    long repeats = r.findings().stream().filter(f -> f.ruleId().equals("common.repetition.word")).count();
    assertEquals(copies, repeats);
    for (Finding f : r.findings()) {
      assertTrue(text.startsWith("of of", f.start()) || !f.ruleId().equals("common.repetition.word"));
    }
    Finding last = r.findings().get(r.findings().size() - 1);
    assertEquals(copies, r.lines().line(last.start()));
  }

  @Test
  void oneEnormousLineIsCutAtSentences() {
    String sentence = "The ministers met in Beijing for the sake of of the relations. ";
    String text = sentence.repeat(Checker.WINDOW / sentence.length() * 2 + 5);
    DocumentResult r = Engines.light(null).check("line.txt", text);
    long repeats = r.findings().stream().filter(f -> f.ruleId().equals("common.repetition.word")).count();
    assertEquals(Checker.WINDOW / sentence.length() * 2 + 5, repeats);
  }
}
