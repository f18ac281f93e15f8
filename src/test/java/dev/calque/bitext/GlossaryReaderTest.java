package dev.calque.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.io.InputException;

/** TBX-Basic, TBX v3 Core and CSV glossaries into one shape: admitted and forbidden terms by language. */
class GlossaryReaderTest {
  @Test
  void tbxBasicAdmitsTermsAndForbidsDeprecatedOnes() throws Exception {
    Glossary g = GlossaryReader.read("t", BitextReaderTest.fixture("terms-basic.tbx"));
    assertEquals(2, g.entries().size());
    Glossary.Entry vaccine = g.entries().get(0);
    assertEquals(List.of("vacuna"), vaccine.admitted("es", true));
    assertEquals(List.of("vaccine"), vaccine.admitted("en-GB", false));
    assertEquals(List.of("jab"), vaccine.forbidden("en"));
    assertEquals(List.of("clinical trial"), g.entries().get(1).admitted("en", false));
  }

  @Test
  void tbxV3CoreReadsConceptsAndSupersededTerms() throws Exception {
    Glossary g = GlossaryReader.read("t", BitextReaderTest.fixture("terms-v3.tbx"));
    assertEquals(1, g.entries().size());
    assertEquals(List.of("jab"), g.entries().get(0).forbidden("en"));
    assertEquals(List.of("vacuna"), g.entries().get(0).admitted("es", true));
  }

  @Test
  void csvWithRolesAlternativesAndQuotes() throws Exception {
    Glossary g = GlossaryReader.read("g.csv", "source,target,forbidden\nvacuna,vaccine|vaccination,\"jab, shot\"\n"
        + ",,\"\"\"the Asian giant\"\"\"\n");
    assertEquals(2, g.entries().size());
    assertEquals(List.of("vaccine", "vaccination"), g.entries().get(0).admitted("en", false));
    assertEquals(List.of("jab, shot"), g.entries().get(0).forbidden("en"));
    assertEquals(List.of("\"the Asian giant\""), g.entries().get(1).forbidden("de"));
  }

  @Test
  void csvHeadedByLanguagesAppliesToThemOnly() throws Exception {
    Glossary g = GlossaryReader.read("g.csv", "es,en\nvacuna,vaccine\n");
    assertEquals(List.of("vacuna"), g.entries().get(0).admitted("es", true));
    assertEquals(List.of(), g.entries().get(0).admitted("fr", true));
  }

  @Test
  void badGlossariesSayWhere() {
    InputException header = assertThrows(InputException.class, () -> GlossaryReader.read("g.csv", "a,b\nx,y\n"));
    assertTrue(header.getMessage().startsWith("g.csv:1: the header"), header.getMessage());
    InputException half = assertThrows(InputException.class, () -> GlossaryReader.read("g.csv",
        "source,target\nvacuna,\n"));
    assertTrue(half.getMessage().startsWith("g.csv:2:"), half.getMessage());
    InputException dtd = assertThrows(InputException.class, () -> GlossaryReader.read("g.tbx",
        "<?xml version=\"1.0\"?><!DOCTYPE martif SYSTEM \"file:///etc/passwd\"><martif/>"));
    assertTrue(dtd.getMessage().contains("refused"), dtd.getMessage());
  }
}
