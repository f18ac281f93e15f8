package dev.calque.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTextTest {
  @Test
  void namesAreCapitalisedWordsAndRunsInsideSentences() {
    assertEquals(List.of("Mijail", "Ramos", "Mijail Ramos", "Portavela"),
        ReferenceText.names("The striker Mijail Ramos left Portavela."));
  }

  @Test
  void aWordOpeningASentenceOrLineIsNoName() {
    assertEquals(List.of("Barrado"), ReferenceText.names("Rain fell. Coach Barrado smiled.\nToday it rained."));
  }

  @Test
  void aPossessiveCountsAsTheName() {
    assertEquals(List.of("Ferrer"), ReferenceText.names("It was Ferrer's plan."));
    assertEquals(List.of("O'Brien"), ReferenceText.names("Ask for O\u2019Brien."), "curly apostrophes read as straight");
    assertEquals(List.of("Côte"), ReferenceText.names("Exports from Côte d'Ivoire grew."),
        "a lower-case word is no name");
  }

  @Test
  void wordsAreLowerCasedLikeTheIndex() {
    assertEquals(List.of("the", "royal", "house"), ReferenceText.words(ReferenceText.analyzer(), "The Royal House"));
  }
}
