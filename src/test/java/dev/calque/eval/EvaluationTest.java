package dev.calque.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
