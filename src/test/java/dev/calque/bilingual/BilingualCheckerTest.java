package dev.calque.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.calque.rule.Category;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.Span;

/** The bilingual API end to end with the bundled rules. */
class BilingualCheckerTest {
  /** The number rules: these tests are about numbers (other rules have their own tests). */
  private static final BilingualChecker CHECKER = new BilingualChecker(BilingualChecker.bundled().rules().stream()
      .filter(r -> r.id().startsWith("bilingual.numbers.")).toList());

  private static List<Finding> check(String source, String target) {
    return CHECKER.check("s1", source, "es", target, "en");
  }

  private static String describe(String target, List<Finding> found) {
    List<String> out = new ArrayList<>();
    for (Finding f : found) {
      out.add(f.ruleId() + " [" + target.substring(f.start(), f.end()) + "] " + f.message());
    }
    return String.join("\n", out);
  }

  @Test
  void localeFormatsOfTheSameNumbersAreClean() {
    String source = "El PIB creció un 2,7 % y unas 25.000 personas recibirán 2.000 millones de euros.";
    String target = "GDP grew 2.7% and some 25,000 people will receive 2 billion euros.";
    List<Finding> found = check(source, target);
    assertEquals(List.of(), found, () -> describe(target, found));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "La inflación fue del 2,7 %.|Inflation was 2.7 per cent.",
      "Llegaron 1.234.567,5 toneladas.|1,234,567.5 tonnes arrived.",
      "Unos 2,5 millones de personas votaron.|Some 2.5 million people voted.",
      "Unos 2,5 millones de personas votaron.|Some 2,500,000 people voted.",
      "Costó 3.000 millones.|It cost $3bn.",
      "Costó 1.500 millones.|It cost 1.5 billion.",
      "Hubo 1.000 heridos.|There were a thousand injured.",
      "El 2 de marzo de 2023 votaron 2 millones.|On 2 March 2023, two million voted.",
      "Entre 2020 y 2021, el 10 % de los 300 pueblos.|Between 2020 and 2021, 10% of the 300 villages.",
      "La versión 1.2.3 del COVID-19 y el G20.|Version 1.2.3, Covid and the G20.",
      "La cifra llegó a 4.176.000 casos.|The figure reached 4.18 million cases.",
      "Unos 30.000 soldados.|Some 30 000 troops.",
      "En los años 90 creció.|In the 1990s it grew.",
      "Costó 1,2 millones de libras y un muro de 5 metros.|It cost £1.2m and a 5m wall.",
      "Llámenos al +34 91 123 45 67.|Call us on +34 91 123 45 67.",
  })
  void sameValuesInAnotherWritingAreClean(String source, String target) {
    List<Finding> found = check(source, target);
    assertEquals(List.of(), found, () -> describe(target, found));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|en|Quelque 25 000 personnes et 1 234 567,5 euros.|Some 25,000 people and 1,234,567.5 euros.",
      "fr|en|En 2019 300 personnes sont venues.|In 2019 300 people came.",
      "fr|en|Un budget de 1,5 milliard.|A budget of 1.5 billion.",
      "en|es|Some 25,000 people and 2.7% of 2 billion.|Unas 25.000 personas y el 2,7 % de 2.000 millones.",
      "de|en|Das kostet 2,5 Milliarden Euro und 3.000 Euro.|It costs 2.5 billion euros and 3,000 euros.",
      "es-MX|en|Unas 25,000 personas y el 2.7 %.|Some 25,000 people and 2.7%.",
  })
  void otherPairsReadEachTextInItsOwnConvention(String from, String to, String source, String target) {
    List<Finding> found = CHECKER.check("s", source, from, target, to);
    assertEquals(List.of(), found, () -> describe(target, found));
  }

  @Test
  void aSourceNumberWrittenTheTargetsWayIsReportedInTheTargetsWay() {
    List<Finding> found = CHECKER.check("s", "Cuesta 2,5 millones.", "es", "Es kostet 2,5 Milliarden.", "de");
    assertEquals(1, found.size());
    assertEquals("2,5 Millionen", found.get(0).best().replacement());
    List<Finding> fr = CHECKER.check("s", "Unas 25.000 personas.", "es", "Quelque 25.000,5 personnes.", "fr");
    assertEquals("25\u202F000", fr.get(0).best().replacement(), "French groups with a narrow no-break space");
  }

  @Test
  void aChangedNumberPointsAtBothTextsAndTheSegment() {
    String source = "Unas 25.000 personas se manifestaron.";
    String target = "Some 25.000 people marched.";
    List<Finding> found = check(source, target);
    assertEquals(1, found.size(), () -> describe(target, found));
    Finding f = found.get(0);
    assertEquals("bilingual.numbers.changed", f.ruleId());
    assertEquals(new Span(5, 11), f.span());
    assertEquals(new Span(5, 11), f.source());
    assertEquals("s1", f.segment());
    assertEquals(Engine.CALQUE, f.engine());
    assertEquals(Category.MISTRANSLATION, f.category());
    assertEquals("25,000", f.best().replacement());
    assertEquals("'25.000' reads as 25 in the translation, but the source's '25.000' is 25,000.", f.message());
    assertTrue(f.confidence() > 0.9, "a number carried over verbatim: " + f.confidence());
  }

  @Test
  void aMissingNumberCoversTheWholeTarget() {
    String source = "El paro subió un 3,1 % y el 2 % restante no cambió.";
    String target = "Unemployment rose and the remaining 2% did not change.";
    List<Finding> found = check(source, target);
    assertEquals(1, found.size(), () -> describe(target, found));
    Finding f = found.get(0);
    assertEquals("bilingual.numbers.missing", f.ruleId());
    assertEquals(Category.OMISSION, f.category());
    assertEquals(new Span(0, target.length()), f.span());
    assertEquals(new Span(17, 20), f.source());
    assertNull(f.best());
  }

  @Test
  void withoutASegmentIdFindingsHaveNone() {
    List<Finding> found = CHECKER.check(null, "Murieron 14 personas.", "es", "40 people died.", "en");
    assertEquals(1, found.size());
    assertNull(found.get(0).segment());
    assertEquals("14", found.get(0).best().replacement());
  }

  @Test
  void numbersAreComparedWithinAlignedSpansOnly() {
    // Two sentences aligned one to one: the 3 of the first source sentence is missing from the
    // first target sentence even though the second target sentence has a 3.
    String source = "Llegaron 3 barcos. Salieron 5.";
    String target = "Ships arrived. 3 and 5 left.";
    Alignment two = new Alignment(List.of(new Alignment.Link(new Span(0, 18), new Span(0, 14)),
        new Alignment.Link(new Span(19, 30), new Span(15, 28))));
    List<Finding> found = CHECKER.check(new BilingualContext("s2", source, "es", target, "en", two));
    assertEquals(1, found.size(), () -> describe(target, found));
    assertEquals("bilingual.numbers.missing", found.get(0).ruleId());
    assertEquals(new Span(0, 14), found.get(0).span());
    assertEquals(new Span(9, 10), found.get(0).source());
    assertEquals(List.of(), check(source, target), "aligned whole, the 3 is there");
    assertEquals(two.links().get(1), two.linkForSource(25));
    assertNull(two.linkForSource(18));
  }

  @Test
  void aContextRefusesBadInput() {
    assertThrows(IllegalArgumentException.class, () -> BilingualContext.of("", "a", "es", "b", "en"));
    assertThrows(IllegalArgumentException.class, () -> BilingualContext.of("s", "a", "spanish!", "b", "en"));
    assertThrows(IllegalArgumentException.class, () -> new BilingualContext("s", "a", "es", "b", "en",
        new Alignment(List.of(new Alignment.Link(new Span(0, 5), new Span(0, 1))))));
  }
}
