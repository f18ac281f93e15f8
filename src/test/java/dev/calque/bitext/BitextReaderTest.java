package dev.calque.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.io.InputException;

/** Every format into the one segment model: ids, languages, masked codes, skipped units, offsets. */
class BitextReaderTest {
  static String fixture(String name) {
    try (InputStream in = BitextReaderTest.class.getResourceAsStream("/bitext/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Bitext read(String name) throws InputException {
    return BitextReader.read(name, fixture(name), null);
  }

  @Test
  void xliff12UnitsLanguagesStatesNotesAndSkippedUnits() throws Exception {
    Bitext b = read("job12.xlf");
    assertEquals(BitextFormat.XLIFF12, b.format());
    assertEquals("es", b.sourceLanguage());
    assertEquals("en", b.targetLanguage());
    assertEquals(List.of("u1", "u3", "u4"), b.segments().stream().map(Segment::id).toList());
    Segment u1 = b.segments().get(0);
    assertEquals("Some 25.000 people visited the museum in March.", u1.target().text());
    assertEquals("translated", u1.state());
    assertEquals(List.of("Figures from the annual report."), u1.notes());
    assertEquals(List.of("open", "close"), u1.target().codes().stream().map(InlineCode::kind).toList());
    assertEquals(List.of("1 unit marked translate=\"no\" not checked",
        "1 segment without a translation yet not checked"), b.notes());
    Segment u3 = b.segments().get(1);
    assertEquals("Pulse \uFFFCGuardar\uFFFC para seguir.", u3.source().text(), "native code masked, never read");
    assertEquals(2, u3.source().codes().size());
    Segment u4 = b.segments().get(2);
    assertEquals("The price rose by 3% & more.", u4.target().text());
    int amp = u4.target().text().indexOf('&');
    assertEquals("&amp;", b.text().substring(u4.target().rawStart(amp), u4.target().rawEnd(amp + 1)),
        "offsets map back to the file's own bytes");
  }

  @Test
  void xliff2SegmentsTakeUnitSlashSegmentIds() throws Exception {
    Bitext b = read("job20.xlf");
    assertEquals(BitextFormat.XLIFF2, b.format());
    assertEquals(List.of("u1/s1", "u1/s2", "u3"), b.segments().stream().map(Segment::id).toList());
    assertEquals("Pulse \uFFFCGuardar para seguir.", b.segments().get(1).source().text());
    assertEquals(List.of(), b.segments().get(1).target().codes(), "the target lost its placeholder");
    assertEquals(List.of("Figures from the annual report."), b.segments().get(0).notes());
    assertEquals("1 unit marked translate=\"no\" not checked", b.notes().get(0));
  }

  @Test
  void tmxPairsTheHeaderSourceWithTheOtherLanguage() throws Exception {
    Bitext b = read("memory.tmx");
    assertEquals(BitextFormat.TMX, b.format());
    assertEquals("es", b.sourceLanguage());
    assertEquals("en", b.targetLanguage());
    assertEquals(List.of("t1", "t2"), b.segments().stream().map(Segment::id).toList());
    assertEquals("Press \uFFFCSave\uFFFC.", b.segments().get(1).target().text());
  }

  @Test
  void tsvWithALanguageHeader() throws Exception {
    Bitext b = read("pairs.tsv");
    assertEquals(BitextFormat.TSV, b.format());
    assertEquals("es", b.sourceLanguage());
    assertEquals(List.of("2", "3"), b.segments().stream().map(Segment::id).toList());
    Segment s = b.segments().get(1);
    assertEquals("The price rose by 3%.", b.text().substring(s.target().rawStart(0), s.target().rawEnd(
        s.target().text().length())));
  }

  @Test
  void tsvWithoutHeaderHasNoLanguagesAndAnIdColumn() throws Exception {
    Bitext b = BitextReader.read("x.tsv", "a1\tHola.\tHello.\n", null);
    assertNull(b.sourceLanguage());
    assertEquals("a1", b.segments().get(0).id());
    assertEquals("Hola.", b.segments().get(0).source().text());
  }

  @Test
  void plainPairsAlignByLineThenParagraphThenSentence() throws Exception {
    Bitext lines = BitextReader.pair("s", "Uno.\nDos.\n", "t", "One.\nTwo.\n");
    assertEquals(List.of("1", "2"), lines.segments().stream().map(Segment::id).toList());
    Bitext paragraphs = BitextReader.pair("s", "Uno.\nDos.\n\nTres.\n", "t", "One. Two.\n\nThree.\n");
    assertEquals(2, paragraphs.segments().size());
    assertTrue(paragraphs.notes().get(0).startsWith("aligned by paragraph"), paragraphs.notes().toString());
    String source = "El gobierno aprobó ayer el presupuesto. La oposición votó en contra del plan. "
        + "El ministro defendió las cuentas ante la prensa.";
    String target = "The government approved the budget yesterday.\nThe opposition voted against the plan. "
        + "The minister defended the accounts before the press.\n";
    Bitext sentences = BitextReader.pair("s", source, "t", target);
    assertEquals(3, sentences.segments().size(), sentences.segments().toString());
    assertEquals("The opposition voted against the plan.", sentences.segments().get(1).target().text());
    assertEquals("La oposición votó en contra del plan.", sentences.segments().get(1).source().text());
    assertTrue(sentences.notes().get(0).matches("aligned by sentence: .*confidence 1\\.00"), sentences.notes()
        .toString());
  }

  @Test
  void sentencesEndWhereTheLanguageSaysSoAGermanOrdinalDateIsNotAnEnd() throws Exception {
    String source = "Der Streik beginnt am 3. März und dauert drei Tage. Danach wird in Berlin weiter verhandelt.\n";
    String target = "The strike begins on 3 March and lasts three days.\nAfter that, talks continue in Berlin.\n";
    Bitext b = BitextReader.pair("s", source, "de", "t", target, "en");
    assertEquals(2, b.segments().size(), b.segments().toString());
    assertEquals("Der Streik beginnt am 3. März und dauert drei Tage.", b.segments().get(0).source().text());
    assertEquals("Danach wird in Berlin weiter verhandelt.", b.segments().get(1).source().text());
    assertTrue(b.notes().get(0).matches("aligned by sentence: 2 source and 2 translated sentences.*"),
        b.notes().toString());
  }

  @Test
  void aPairThatCannotBeAlignedIsRefusedWithItsConfidence() {
    // Short sentences first in the source, the long one first in the translation: no alignment by length fits.
    String longOne = "This sentence runs on and on with clause after clause, far longer than any other here. ";
    String source = "Uno.\nDos.\nTres.\nCuatro.\n" + longOne.repeat(4) + "\n";
    String target = longOne.repeat(4) + "\nOne. Two. Three. Four.\n";
    InputException e = assertThrows(InputException.class, () -> BitextReader.pair("s", source, "t", target));
    assertTrue(e.getMessage().contains("confidence"), e.getMessage());
  }

  @Test
  void formatsAreDetectedFromContentNotOnlyNames() {
    assertEquals(BitextFormat.XLIFF12, BitextFormat.detect("a.txt", fixture("job12.xlf")));
    assertEquals(BitextFormat.XLIFF2, BitextFormat.detect("a", fixture("job20.xlf")));
    assertEquals(BitextFormat.TMX, BitextFormat.detect("a.xml", fixture("memory.tmx")));
    assertEquals(BitextFormat.TSV, BitextFormat.detect("a.tsv", "a\tb\nc\td\n"));
    assertNull(BitextFormat.detect("a.txt", "a\tb\nc\td\n"), "prose with tabs stays prose");
    assertNull(BitextFormat.detect("a.txt", "<p>html</p>"));
  }

  @Test
  void xliff12SegmentedBySegSourceGivesOneSegmentPerMarker() throws Exception {
    Bitext b = read("segmented12.xlf");
    assertEquals(List.of("7/1", "7/2"), b.segments().stream().map(Segment::id).toList());
    assertEquals("Salieron 5.", b.segments().get(1).source().text());
    assertEquals("Six left.", b.segments().get(1).target().text());
    assertEquals("es-ES", b.sourceLanguage());
  }
}
