package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import dev.calque.rule.Finding;

/**
 * Spanish as a target, through the engine: the Spanish rules and the common ones on Spanish text,
 * with the Spanish profile's function words, and LanguageTool's Spanish module.
 */
public class SpanishTargetTest {
  private static final Map<String, Checker> LIGHT = new ConcurrentHashMap<>();

  private static Checker light(String lang) {
    return LIGHT.computeIfAbsent(lang, l -> Engines.runtime().checker(CheckOptions.forLanguage(l).withGrammar(false)));
  }

  /** Clean news-like Spanish, written for this test: Spanish numbers, quotes and question marks. */
  public static final String CLEAN = """
      El Ayuntamiento de Valencia aprobó el martes un plan para renovar el alumbrado público de 40 barrios.
      La inversión, de 12,5 millones de euros, se repartirá en tres años, según explicó la concejala de Urbanismo.
      Unas 25.000 farolas serán sustituidas por luminarias de bajo consumo antes de 2027.
      El consistorio calcula que la factura eléctrica bajará un 38 % a partir del segundo año.
      «Es una decisión que llevábamos tiempo preparando», afirmó la concejala en rueda de prensa.
      La oposición criticó que el proyecto no incluya a las pedanías del sur de la ciudad.
      ¿Llegará la reforma a todos los vecinos? El equipo de gobierno asegura que sí, aunque no da fechas.
      Las obras comenzarán en septiembre por los barrios de Benimaclet y Ruzafa.
      Los comerciantes pidieron que los trabajos se hagan de noche para no afectar a las ventas.
      El pleno votará el proyecto definitivo el próximo jueves a las 10.30 horas.
      """;

  /** The same kind of text with the artifacts of English-trained MT and of page extraction. */
  static final String ARTIFACTS = """
      Unas 25,000 personas se manifestaron por el el centro de Madrid.
      La inflación subió al 2.7% en marzo, según el instituto de estadística.
      Qué pasará con los precios en verano?
      Más información: Las claves de la crisis
      Foto: EFE/Juan Pérez
      La alcaldesa dijo que era «una decisión difícil.»
      """;

  private static Map<String, String> byRule(List<Finding> findings, String text) {
    Map<String, String> out = new TreeMap<>();
    for (Finding f : findings) {
      out.merge(f.ruleId(), text.substring(f.start(), f.end()), (a, b) -> a + " | " + b);
    }
    return out;
  }

  @Test
  void cleanSpanishNewsRaisesNothing() {
    DocumentResult r = light("es").check("clean.txt", CLEAN);
    assertEquals(Map.of(), byRule(r.findings(), CLEAN));
    assertEquals("es", r.language());
  }

  @Test
  void spanishArtifactsAreFound() {
    DocumentResult r = light("es").check("mt.txt", ARTIFACTS);
    assertEquals(Map.of(
        "common.repetition.word", "el el",
        "es.numbers.thousands-comma", "25,000",
        "es.numbers.decimal-point", "2.7",
        "es.typography.percent-space", "%",
        "es.punctuation.opening-question-mark", "Qué",
        "es.boilerplate.more-information", "Más información: Las claves de la crisis",
        "es.boilerplate.photo-credit", "Foto: EFE/Juan Pérez",
        "es.punctuation.point-inside-quotes", ".»"), byRule(r.findings(), ARTIFACTS));
  }

  @Test
  void theEnglishRulesDoNotRunOnSpanish() {
    DocumentResult r = light("es").check("mt.txt", "El fondo recibirá 2.000 millones de euros, «un día histórico».");
    assertEquals(Map.of(), byRule(r.findings(), r.text()));
  }

  /** Word repetition reads its function words and legitimate doubles from the target's profile. */
  @Test
  void repetitionFollowsTheTargetProfile() {
    String text = "Lo anunció por el el gobierno regional.";
    Finding es = only(light("es").check("a.txt", text).findings(), "common.repetition.word");
    String content = "Lo anunció por el gobierno gobierno regional.";
    Finding noun = only(light("es").check("a.txt", content).findings(), "common.repetition.word");
    assertEquals("el el", text.substring(es.start(), es.end()));
    // 'el' is a function word of Spanish and the finding says so by its evidence (how much that
    // weighs is calibration's business: the fitted Spanish weight is learned from bio-en-es).
    assertEquals(java.util.List.of("word-repetition.function-word"), es.evidence(),
        "'el' is a function word of Spanish");
    assertEquals(java.util.List.of(), noun.evidence(), "'gobierno' is not");
    // "had had" is grammatical English; Spanish has no such double, so "había había" is a stutter.
    assertEquals(1, light("es").check("b.txt", "El tren ya había había salido.").findings().size());
    assertEquals(List.of(), light("en").check("c.txt", "She had had enough of the delays.").findings());
  }

  private static Finding only(List<Finding> findings, String id) {
    List<Finding> of = findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    assertEquals(1, of.size(), () -> id + " in " + findings);
    return of.get(0);
  }

  /** LanguageTool's Spanish module runs under --lang es, with the Spanish policy's priors. */
  @Test
  void languageToolsSpanishRulesRun() {
    String text = "El gobirno aprobó ayer el plan de vivienda para los jóvenes.";
    DocumentResult r = Engines.runtime().checker(CheckOptions.forLanguage("es")).check("lt.txt", text);
    Finding typo = r.findings().stream().filter(f -> f.ruleId().startsWith("languagetool.")
        && text.substring(f.start(), f.end()).equals("gobirno")).findFirst()
        .orElseThrow(() -> new AssertionError("no LanguageTool finding on 'gobirno': " + r.findings()));
    assertEquals("gobierno", typo.best().replacement());
  }
}
