package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.ITSIssueType;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;

/** A LanguageTool finding keeps LanguageTool's own rule, category and issue type beside calque's. */
class LanguageToolFindingTest {
  @Test
  void languageToolFindingsReferenceTheirLanguageToolRule() {
    String text = "He go to school every day. She dont like it. I has a car, and this are my books.\n";
    List<Finding> lt = Engines.full(null).check("t.txt", text).findings().stream()
        .filter(f -> f.engine() == Engine.LANGUAGETOOL).toList();
    assertFalse(lt.isEmpty(), "LanguageTool found nothing in: " + text);
    for (Finding f : lt) {
      LanguageToolOrigin origin = f.rule().languageTool();
      assertNotNull(origin, f::toString);
      assertEquals("languagetool." + origin.rule(), f.ruleId());
      assertFalse(origin.category().isEmpty(), origin::toString);
      ITSIssueType type = ITSIssueType.getIssueType(origin.issueType());
      assertEquals(origin.issueType(), type.toString(), "an ITS issue type name");
      assertEquals(LanguageToolBridge.category(type), f.category(), "calque's MQM category comes from that type");
      assertNotNull(f.rule().description(), f::toString);
      assertEquals(List.of(f.ruleId()), f.components());
    }
  }
}
