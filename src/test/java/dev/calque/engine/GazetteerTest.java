package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import dev.calque.lexicon.EntityType;
import dev.calque.lexicon.Gazetteer;

class GazetteerTest {
  private final Gazetteer g = Engines.runtime().gazetteer("en");

  @Test
  void foldedExactLookAlikeAndFuzzyLookups() {
    assertTrue(g.size() > 500);
    assertEquals(EntityType.AGENCY, g.exact("belta").orElseThrow().type());
    assertEquals("Alexander Lukashenko", g.exact("Alexander Lukashenko").orElseThrow().name());
    assertEquals("Pedro Sánchez", g.exact("PEDRO SÁNCHEZ").orElseThrow().name());
    assertEquals("Viktor Orbán", g.exact("viktor orbán").orElseThrow().name());
    assertEquals("BelTA", g.lookalike("BeITA").orElseThrow().name());
    assertEquals("Berlin", g.lookalike("Ber1in").orElseThrow().name());
    assertTrue(g.lookalike("BelTA").isEmpty(), "a known name is no look-alike of itself");
    assertTrue(g.lookalike("Banana").isEmpty());
    assertEquals("Lukashenko", g.fuzzy("Lukashenka").orElseThrow().name());
    assertTrue(g.fuzzy("Qwertyuiop").isEmpty());
  }
}
