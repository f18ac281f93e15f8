package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;

/**
 * What a document shows depends on what kind of text it is: a text that itself shows two or more
 * distinct plausible artifacts reads as raw MT and shows its alarms down to 0.35; one plausible
 * artifact, or the same one repeated, does not move the threshold; the reader's own threshold is
 * never moved.
 */
class DisplayDecisionTest {
  private static final String TEXT = "Mr Zhangwei said the the plan works. Zhangwei said \"it is fine. Zhangwei left.";

  /** As calque check asks by default: 0.5, not set by the reader. */
  private static final CheckOptions CHECK_DEFAULT = CheckOptions.defaults().withDefaultMinConfidence(0.5);

  private static Finding finding(String rule, String word, int from, double confidence) {
    int start = TEXT.indexOf(word, from);
    return Finding.of(RuleRef.of(rule, Category.SPELLING)).severity(Severity.MINOR).span(start, start + word.length())
        .message("m").confidence(confidence).build();
  }

  @Test
  void twoDistinctPlausibleArtifactsMakeRawMt() {
    List<Finding> findings = List.of(finding("en.names.unknown-name", "Zhangwei", 0, 0.4),
        finding("common.repetition.word", "the the", 0, 0.45));
    assertTrue(DisplayDecision.readsAsRawMt(TEXT, 14, findings));
    assertEquals(DisplayDecision.CHECK, DisplayDecision.threshold(CHECK_DEFAULT, TEXT, 14, findings));
  }

  @Test
  void oneArtifactRepeatedIsNotEnough() {
    List<Finding> findings = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < 3; i++) {
      Finding f = finding("en.names.unknown-name", "Zhangwei", at, 0.45);
      findings.add(f);
      at = f.end();
    }
    findings.add(finding("languagetool.EN_UNPAIRED_QUOTES", "\"", 0, 0.2)); // not plausible enough to count
    assertFalse(DisplayDecision.readsAsRawMt(TEXT, 14, findings));
    assertEquals(0.5, DisplayDecision.threshold(CHECK_DEFAULT, TEXT, 14, findings));
  }

  @Test
  void aLongTextNeedsOnePerThousandWords() {
    List<Finding> findings = List.of(finding("en.names.unknown-name", "Zhangwei", 0, 0.4),
        finding("common.repetition.word", "the the", 0, 0.45));
    assertFalse(DisplayDecision.readsAsRawMt(TEXT, 2500, findings));
  }

  @Test
  void theReadersThresholdAndTheHandSetPriorsAreLeftAlone() {
    List<Finding> findings = List.of(finding("en.names.unknown-name", "Zhangwei", 0, 0.4),
        finding("common.repetition.word", "the the", 0, 0.45));
    assertEquals(0.5, DisplayDecision.threshold(CHECK_DEFAULT.withMinConfidence(0.5), TEXT, 14, findings));
    assertEquals(0.5, DisplayDecision.threshold(CHECK_DEFAULT.withCalibration(false), TEXT, 14, findings));
    assertEquals(0.5, DisplayDecision.gate(CHECK_DEFAULT.withMinConfidence(0.5)));
    assertEquals(DisplayDecision.CHECK, DisplayDecision.gate(CHECK_DEFAULT));
  }
}
