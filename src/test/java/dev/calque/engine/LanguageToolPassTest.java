package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;

/**
 * A document large enough for a helper thread (LanguageTool's analysis and rules on two leases at
 * once) gets exactly the findings and notes it gets on one lease: the same paragraphs, the same
 * matches, in the same order. Uses the bundled sample and sentences written here.
 */
class LanguageToolPassTest {
  @Test
  void helperChangesNothing() throws IOException {
    String sample = Files.readString(LanguageToolBridgeTest.SAMPLE);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 2 * LanguageToolPass.HELPER_MIN; i++) {
      // a paragraph with a sentence too long for LanguageTool, and one of format characters only
      String tooLong = i == 3 ? "word ".repeat(1_100) + "\n" : "";
      sb.append(sample).append("\n\nHe go to school every days, copy ").append(i).append(".\n\u200b\n").append(tooLong);
    }
    String text = sb.toString();
    CheckOptions options = CheckOptions.defaults().withLanguage("en").withSourceLanguage("es").withGrammar(true);
    Calque two = new Calque(1);
    DocumentResult helped = two.checker(options).check("big.txt", text);
    DocumentResult alone = new Calque(0).checker(options).check("big.txt", text);
    assertTrue(helped.findings().stream().filter(f -> f.engine() == Engine.LANGUAGETOOL).count() > 10,
        "LanguageTool found too little to compare");
    assertEquals(keys(alone.findings()), keys(helped.findings()));
    assertEquals(alone.notes(), helped.notes());
    assertEquals(alone.words(), helped.words());
    assertTrue(helped.notes().stream().anyMatch(n -> n.contains("over the 5000-character limit")), helped.notes().toString());
    assertEquals(2, two.languageToolInstances(), "no helper lease on a large document");
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.engine() + " " + f.ruleId() + "@" + f.start() + "-" + f.end() + " "
        + f.message() + " " + f.confidence()).toList();
  }
}
