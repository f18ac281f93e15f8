package dev.calque.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoverageTest {
  @Test
  void cognatesAcrossSpellingHabits() {
    assertTrue(Coverage.cognates(Coverage.skeleton("pacientes"), Coverage.skeleton("patients")));
    assertTrue(Coverage.cognates(Coverage.skeleton("fármacos"), Coverage.skeleton("pharmacological")));
    assertTrue(Coverage.cognates(Coverage.skeleton("2.000"), Coverage.skeleton("2,000")));
    assertFalse(Coverage.cognates(Coverage.skeleton("vecinos"), Coverage.skeleton("residents")));
    assertFalse(Coverage.cognates(Coverage.skeleton("2.000"), Coverage.skeleton("3,000")));
  }

  @Test
  void lexiconNumbersAndCognatesCoverWordsAndTheGapIsTheRestInOrder() {
    String source = "La muerte de 12 pacientes preocupa a los vecinos del barrio norte.";
    Coverage c = Coverage.of(BilingualContext.of(null, source, "es", "The death of 12 patients worries the city.",
        "en"));
    // muerte (lexicon), 12 (number), pacientes (cognate) covered; preocupa, vecinos, barrio, norte not.
    assertEquals(7, c.content());
    assertEquals(3, c.covered());
    assertEquals(4, c.longestGap().words());
    assertEquals("preocupa a los vecinos del barrio norte", source.substring(c.longestGap().span().start(),
        c.longestGap().span().end()));
  }
}
