package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Finding;

/** The "check this name" finding records whether the document uses the same spelling again (unknown-name.recurs). */
class UnknownNameRecursTest {
  @Test
  void aSpellingUsedTwiceCarriesTheEvidenceAndOneUsedOnceDoesNot() {
    Checker c = Engines.runtime().checker(CheckOptions.defaults().withGrammar(false).withSourceLanguage("none")
        .withDefaultMinConfidence(0.01).withCalibration(false));
    String text = "The delegation met the minister Kowalcyk on Monday. Later the envoy Brzeszcot left, and "
        + "the minister Kowalcyk stayed.\n";
    List<Finding> names = c.check("t", text).findings().stream()
        .filter(f -> f.ruleId().equals("en.names.unknown-name")).toList();
    assertEquals(List.of("Kowalcyk", "Brzeszcot", "Kowalcyk"),
        names.stream().map(f -> text.substring(f.start(), f.end())).toList());
    assertEquals(List.of(true, false, true),
        names.stream().map(f -> f.evidence().contains("unknown-name.recurs")).toList());
  }
}
