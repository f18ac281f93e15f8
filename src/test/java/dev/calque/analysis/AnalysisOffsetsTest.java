package dev.calque.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Engines;

/** Token and sentence spans must be exact UTF-16 indices into the text as read, whatever it holds. */
class AnalysisOffsetsTest {
  private static Document analyze(String text) {
    return Engines.runtime().analyzer("en").analyze("t", text, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Café Zürich: the naïve señor paid 3,5 €. Then he left.",
      "The 🇧🇾 flag 👍🏽 waved over Minsk. Leaders smiled 😀 twice.",
      "Xi said 中国 and 习近平 twice. 北京 hosted the talks.",
      "Line one ends here.\r\nLine two — with a dash.\r\n\r\nLine four\u00a0has a nbsp.",
      "\uFEFFBOM first. Then «guillemets» and ¿questions?",
      "  Leading spaces.\n\n\n   Trailing spaces.   \n"})
  void tokensAndSentencesPointAtTheirText(String text) {
    Document doc = analyze(text);
    assertTrue(doc.tokens().size() > 3);
    for (Token t : doc.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()), "token " + t);
      assertTrue(!t.text().isBlank());
    }
    for (Sentence s : doc.sentences()) {
      String st = text.substring(s.start(), s.end());
      assertEquals(st.strip(), st, "sentence spans are trimmed");
      for (Token t : doc.tokens(s)) {
        assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence");
      }
    }
    for (Paragraph p : doc.paragraphs()) {
      assertTrue(!text.substring(p.start(), p.end()).contains("\n"), "a paragraph is one line");
    }
  }

  @Test
  void lineAndColumnCountCrLfAsOneBreak() {
    String text = "ab\r\ncd\n\nef";
    LineIndex idx = new LineIndex(text);
    assertEquals(1, idx.line(0));
    assertEquals(2, idx.line(text.indexOf('c')));
    assertEquals(1, idx.column(text.indexOf('c')));
    assertEquals(4, idx.line(text.indexOf('e')));
    Document doc = analyze(text);
    assertEquals(List.of(1, 2, 4), doc.paragraphs().stream().map(Paragraph::line).toList());
  }

  @Test
  void morphologyAndStemsComeFromLanguageToolAndLucene() {
    Document doc = analyze("Putin's loyal squires renounced the plans.");
    Token squires = doc.tokens().stream().filter(t -> t.text().equals("squires")).findFirst().orElseThrow();
    assertEquals("squire", squires.stem());
    assertTrue(squires.is(dev.calque.language.WordClass.NOUN, dev.calque.language.Form.PLURAL));
    Token renounced = doc.tokens().stream().filter(t -> t.text().equals("renounced")).findFirst().orElseThrow();
    assertTrue(Engines.runtime().morphology("en").formStems("renounce").contains(renounced.stem()));
    assertTrue(Engines.runtime().morphology("en").formStems("give").contains(Engines.runtime().morphology("en").stem("gave")));
    assertEquals("henchmen", Engines.runtime().morphology("en").inflect("henchman", "NNS"));
  }
}
