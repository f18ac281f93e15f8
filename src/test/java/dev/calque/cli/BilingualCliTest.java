package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** check on bilingual input: formats, reports, and XML that tries to hurt. */
class BilingualCliTest {
  @TempDir
  Path dir;

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/bitext/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonGivesSegmentSourceAndTargetSpans() throws Exception {
    Path x = fixture("job12.xlf");
    Run r = Run.of("check", "--no-grammar", "--format", "json", x.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out()).path("documents").get(0);
    assertEquals("xliff-1.2", doc.path("format").asText());
    assertEquals("es", doc.path("sourceLanguage").asText());
    assertEquals(3, doc.path("segments").asInt());
    JsonNode f = doc.path("findings").get(0);
    assertEquals("bilingual.numbers.changed", f.path("rule").asText());
    assertEquals("u1", f.path("segment").asText());
    assertEquals("25.000", f.path("text").asText());
    assertEquals("25.000", f.path("source").path("text").asText());
    assertEquals(7, f.path("line").asInt(), "the line of the target in the file");
    for (JsonNode n : doc.path("findings")) {
      assertFalse(n.path("rule").asText().equals("en.numbers.thousands-dot"), "the bilingual finding wins: " + n);
    }
  }

  @Test
  void aPlainPairNeedsItsSourceLanguageAndAlignsByLine() throws Exception {
    Path s = write("a.es.txt", "Unas 25.000 personas marcharon.\nEl paro subió un 3,1 %.\n");
    Path t = write("a.en.txt", "Some 25,000 people marched.\nUnemployment rose by 3.8%.\n");
    Run missing = Run.of("check", "--no-grammar", "--source", s.toString(), t.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("calque: --source needs --source-lang"), missing.err());
    Run r = Run.of("check", "--no-grammar", "--source-lang", "es", "--source", s.toString(), t.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("a.en.txt:2:22: major [bilingual.numbers.changed]"), r.out());
    assertTrue(r.out().contains("source: El paro subió un [[3,1]] %."), r.out());
  }

  @Test
  void csvHasOneRowPerFindingWithBothTexts() throws Exception {
    Run r = Run.of("check", "--no-grammar", "--format", "csv", fixture("memory.tmx").toString());
    assertEquals(1, r.code(), r.err());
    String[] rows = r.out().split("\r\n");
    assertTrue(rows[0].startsWith("file,segment,line,column,rule"), rows[0]);
    assertTrue(rows[1].contains(",t1,") && rows[1].contains("bilingual.numbers.changed"), r.out());
  }

  @Test
  void formatXliffWritesTheFileBackAnnotated() throws Exception {
    Path x = fixture("job20.xlf");
    Run r = Run.of("check", "--no-grammar", "--format", "xliff", x.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("<?xml"), r.out());
    assertTrue(r.out().contains("its:locQualityIssuesRef"), r.out());
    Run notXliff = Run.of("check", "--no-grammar", "--format", "xliff", fixture("memory.tmx").toString());
    assertEquals(2, notXliff.code());
    assertEquals("", notXliff.out());
  }

  @Test
  void anInputFormatThatDoesNotFitIsOneLine() throws Exception {
    Run r = Run.of("check", "--no-grammar", "--input-format", "tmx", fixture("job12.xlf").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not TMX"), r.err());
    Run unknown = Run.of("check", "--input-format", "docx", fixture("job12.xlf").toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown format 'docx'"), unknown.err());
  }

  @Test
  void anExternalEntityReadsNothing() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-VALUE");
    Path x = write("evil.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY s SYSTEM \"" + secret.toUri()
        + "\">]>\n<xliff version=\"1.2\"><file source-language=\"es\" target-language=\"en\"><body>"
        + "<trans-unit id=\"1\"><source>Hola</source><target>&s;</target></trans-unit></body></file></xliff>\n");
    for (String format : new String[] {"text", "json", "xliff", "csv"}) {
      Run r = Run.of("check", "--no-grammar", "--format", format, x.toString());
      assertEquals(2, r.code(), r.err());
      assertFalse((r.out() + r.err()).contains("TOP-SECRET"), r.out() + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().contains("evil.xlf:2:1: refused: a document type declaration"), r.err());
    }
  }

  @Test
  @Timeout(10)
  void anEntityBombIsRefusedFast() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 12; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path x = write("bomb.xlf", "<?xml version=\"1.0\"?>" + dtd + "]><xliff version=\"1.2\"><file><body>"
        + "<trans-unit id=\"1\"><source>a</source><target>&a11;</target></trans-unit></body></file></xliff>");
    Run r = Run.of("check", "--no-grammar", x.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("refused"), r.err());
  }

  @Test
  void malformedXmlIsOneLineWithLineAndColumnAndWritesNothing() throws Exception {
    Path x = write("broken.xlf", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file>\n  <body><trans-unit id=\"1\">"
        + "<source>a</source>\n<target>b</tarjet></trans-unit></body></file></xliff>\n");
    Run r = Run.of("check", "--no-grammar", "--format", "xliff", x.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().matches("(?s)calque: .*broken\\.xlf:5:\\d+: not well-formed XML: .*"), r.err());
    Run undeclared = Run.of("check", "--no-grammar", write("ent.xlf", "<xliff version=\"1.2\"><file><body>"
        + "<trans-unit id=\"1\"><source>a</source><target>&nbsp;</target></trans-unit></body></file></xliff>")
        .toString());
    assertEquals(2, undeclared.code());
    assertEquals(1, undeclared.err().lines().count(), undeclared.err());
  }

  @Test
  void aGlossaryMatchesInflectedFormsInBothLanguages() throws Exception {
    Path tsv = write("jobs.tsv", "es\ten\nLas vacunas llegaron ayer.\tThe jabs arrived yesterday.\n"
        + "Las vacunas llegaron ayer.\tThe vaccines arrived yesterday.\n");
    for (String glossary : new String[] {"terms-basic.tbx", "terms-v3.tbx"}) {
      Run r = Run.of("check", "--no-grammar", "--format", "json", "--glossary", fixture(glossary).toString(),
          tsv.toString());
      assertEquals(1, r.code(), r.err());
      JsonNode findings = new ObjectMapper().readTree(r.out()).path("documents").get(0).path("findings");
      assertEquals(1, findings.size(), r.out());
      assertEquals("bilingual.glossary.forbidden", findings.get(0).path("rule").asText());
      assertEquals("jabs", findings.get(0).path("text").asText());
      assertEquals("vacunas", findings.get(0).path("source").path("text").asText());
      assertEquals("2", findings.get(0).path("segment").asText());
    }
    Run bad = Run.of("check", "--glossary", write("g.csv", "a,b\n").toString(), tsv.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("calque: --glossary: "), bad.err());
  }

  @Test
  void fixCorrectsTheTranslationsOfAnXliffAndNothingElse() throws Exception {
    Path x = fixture("job12.xlf");
    String original = Files.readString(x);
    Run r = Run.of("fix", "--no-grammar", x.toString());
    assertEquals(0, r.code(), r.err());
    String expected = original.replace("<target state=\"translated\">Some 25.000 people",
        "<target state=\"translated\">Some 25,000 people");
    assertTrue(!expected.equals(original));
    assertEquals(expected, r.out());
    assertTrue(r.err().contains("1 fix applied"), r.err());
    Run inPlace = Run.of("fix", "--no-grammar", "--in-place", x.toString());
    assertEquals(0, inPlace.code(), inPlace.err());
    assertEquals(expected, Files.readString(x));
    assertEquals(original, Files.readString(dir.resolve("job12.xlf.orig")));
  }

  @Test
  void fixEscapesWhatItWritesIntoXml() throws Exception {
    Path x = write("links.xlf", "<xliff version=\"1.2\"><file source-language=\"es\" target-language=\"en\"><body>"
        + "<trans-unit id=\"1\"><source>Vea https://ejemplo.es/?a=1&amp;b=2 hoy.</source>"
        + "<target>See https://ejemplo.es/?a=1&amp;c=2 today.</target></trans-unit></body></file></xliff>");
    Run r = Run.of("fix", "--no-grammar", "--threshold", "0.8", x.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<target>See https://ejemplo.es/?a=1&amp;b=2 today.</target>"), r.out());
  }
}
