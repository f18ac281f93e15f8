package dev.calque.language.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.calque.analysis.Morphology;
import dev.calque.analysis.Reading;
import dev.calque.engine.Engines;
import dev.calque.language.Form;
import dev.calque.language.WordClass;

/**
 * The Spanish profile against the tags LanguageTool 6.8's Spanish tagger really returns (each word
 * below is tagged, not a tag written by hand), and its lookup keys and unknown-word plurals.
 */
class SpanishProfileTest {
  private static final Morphology ES = Engines.runtime().morphology("es");

  /** The word has a reading with this tag, and the profile maps it to this class and these forms. */
  private static void reads(String word, String tag, WordClass c, Form... forms) {
    Reading r = ES.readings(word).stream().filter(x -> tag.equals(x.pos())).findFirst()
        .orElseThrow(() -> new AssertionError(word + " has no reading " + tag + ": " + ES.readings(word)));
    assertEquals(c, ES.wordClass(r), word + " " + tag);
    assertEquals(forms.length == 0 ? Set.of() : Set.of(forms), ES.profile().forms(r.pos()), word + " " + tag);
  }

  @Test
  void nounsAndNames() {
    reads("gobierno", "NCMS000", WordClass.NOUN);
    reads("gobiernos", "NCMP000", WordClass.NOUN, Form.PLURAL);
    reads("Madrid", "NPCNG00", WordClass.PROPER_NOUN);
    reads("Pedro", "NPMSSP0", WordClass.PROPER_NOUN);
  }

  @Test
  void verbs() {
    reads("dijo", "VMIS3S0", WordClass.VERB, Form.PAST);
    reads("decía", "VMII3S0", WordClass.VERB, Form.PAST);
    reads("dice", "VMIP3S0", WordClass.VERB, Form.PRESENT_THIRD);
    reads("dicen", "VMIP3P0", WordClass.VERB, Form.PRESENT);
    reads("hablando", "VMG0000", WordClass.VERB, Form.GERUND);
    reads("hablado", "VMP00SM", WordClass.VERB, Form.PARTICIPLE);
    reads("elegidas", "VMP00PF", WordClass.VERB, Form.PARTICIPLE, Form.PLURAL);
    reads("hablaría", "VMIC3S0", WordClass.VERB);
    reads("hable", "VMSP3S0", WordClass.VERB);
    // haber and estar are tagged VA (auxiliary); ser VS, a copula like English "is".
    reads("ha", "VAIP3S0", WordClass.AUXILIARY, Form.PRESENT_THIRD);
    reads("habían", "VAII3P0", WordClass.AUXILIARY, Form.PAST);
    reads("está", "VAIP3S0", WordClass.AUXILIARY, Form.PRESENT_THIRD);
    reads("es", "VSIP3S0", WordClass.VERB, Form.PRESENT_THIRD);
  }

  @Test
  void modifiersAndFunctionWords() {
    reads("grande", "AQ0CS0", WordClass.ADJECTIVE);
    reads("grandes", "AQ0CP0", WordClass.ADJECTIVE, Form.PLURAL);
    reads("primero", "AO0MS0", WordClass.ADJECTIVE);
    reads("rápidamente", "RG", WordClass.ADVERB);
    reads("no", "RN", WordClass.ADVERB);
    reads("por", "SPS00", WordClass.ADPOSITION);
    reads("del", "SP:DA", WordClass.ADPOSITION);
    reads("y", "CC", WordClass.CONJUNCTION);
    reads("porque", "CS", WordClass.CONJUNCTION);
    reads("el", "DA0MS0", WordClass.DETERMINER);
    reads("los", "DA0MP0", WordClass.DETERMINER, Form.PLURAL);
    reads("este", "DD0MS0", WordClass.DETERMINER);
    reads("su", "DP3CS0", WordClass.POSSESSIVE);
    reads("sus", "DP3CP0", WordClass.POSSESSIVE, Form.PLURAL);
    reads("qué", "DT0CN0", WordClass.RELATIVE);
    reads("mil", "DN0CP0", WordClass.NUMBER, Form.PLURAL);
    reads("él", "PP3MS000", WordClass.PRONOUN);
    reads("les", "PP3CPD00", WordClass.PRONOUN, Form.PLURAL);
    reads("se", "P0000000", WordClass.PRONOUN);
    reads("cuyo", "PR0MS000", WordClass.RELATIVE);
    reads("que", "PR0CN000", WordClass.RELATIVE);
    reads("quién", "PT0CS000", WordClass.RELATIVE);
    assertEquals(WordClass.NUMBER, ES.profile().wordClass("Z"));
    assertEquals(WordClass.OTHER, ES.profile().wordClass("I"));
    assertEquals(WordClass.OTHER, ES.profile().wordClass(null));
    assertEquals(Set.of(), ES.profile().forms(null));
  }

  @Test
  void lookupKeysStemAndIgnoreAccentsButKeepTheEnye() {
    assertEquals(ES.stem("política"), ES.stem("politica"));
    assertEquals(ES.stem("política"), ES.stem("Políticas"));
    assertNotEquals(ES.stem("año"), ES.stem("ano"));
  }

  @Test
  void unknownWordsTakeTheRegularPlural() {
    SpanishProfile p = new SpanishProfile();
    assertEquals(Set.of("dron", "drones", "drons"), p.unknownWordForms("dron"));
    assertEquals(Set.of("blog", "bloges", "blogs"), p.unknownWordForms("blog"));
    assertEquals(Set.of("selfi", "selfis"), p.unknownWordForms("selfi"));
    assertEquals(Set.of("cuscuz", "cuscuces"), p.unknownWordForms("cuscuz"));
    assertEquals(Set.of("bíceps"), p.unknownWordForms("bíceps"));
    assertTrue(ES.forms("independentismo").contains("independentismos"));
  }
}
