package dev.calque.rule.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final String TABLE = """
      # a comment line
      word-repetition.function-word: 1.0   # a doubled function word

      possessive-leak.far-from-antecedent: -0.7  # far from its antecedent
      """;

  @Test
  void weightsAreReadByNameAndReadsAreTracked() {
    Evidence e = Evidence.parse("t.yaml", TABLE);
    assertEquals(Set.of("word-repetition.function-word", "possessive-leak.far-from-antecedent"), e.names());
    assertEquals(-0.7, e.weight("possessive-leak.far-from-antecedent"));
    assertEquals(Set.of("word-repetition.function-word"), e.unread());
  }

  @Test
  void aMissingNameIsAnError() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Evidence.parse("t.yaml", TABLE).weight("word-repetition.content-word"));
    assertEquals("evidence: no weight 'word-repetition.content-word' in t.yaml", x.getMessage());
  }

  @Test
  void eachWeightNeedsItsCommentAndOneLine() {
    IllegalStateException bare = assertThrows(IllegalStateException.class,
        () -> Evidence.parse("t.yaml", TABLE.replace("   # a doubled function word", "")));
    assertEquals("t.yaml:2: expected 'family.name: weight  # what the evidence is', one weight a line with its "
        + "comment", bare.getMessage());
    assertThrows(IllegalStateException.class, () -> Evidence.parse("t.yaml", "lexicon.boost: high  # why\n"));
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> Evidence.parse("t.yaml", TABLE + "word-repetition.function-word: 2  # again\n"));
    assertEquals("t.yaml:5: word-repetition.function-word: given twice", twice.getMessage());
  }

  @Test
  void theBundledTableLoads() {
    assertEquals(1.0, Evidence.parse(Evidence.FILE, TABLE).weight("word-repetition.function-word"));
    assertEquals(false, Evidence.bundled().names().isEmpty());
  }
}
